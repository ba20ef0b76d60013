package dk.mooc.platform.events;

/**
 * An event that can never be processed as it is (malformed envelope or data, or data that breaks a rule).
 * It is not retried: it goes straight to the dead-letter topic with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
