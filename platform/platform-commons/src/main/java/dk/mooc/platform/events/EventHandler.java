package dk.mooc.platform.events;

/** Applies one received event; runs inside the inbox's transaction. */
@FunctionalInterface
public interface EventHandler {
    void handle(IncomingEvent event);
}
