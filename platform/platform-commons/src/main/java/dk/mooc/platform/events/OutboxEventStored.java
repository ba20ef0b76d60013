package dk.mooc.platform.events;

/** Fired inside the writing transaction; observed after commit to wake the relay at once. */
public record OutboxEventStored(String topic) {
}
