package dk.mooc.platform.mail;

/** Fired inside the writing transaction; observed after commit to send at once. */
public record MailQueued(String recipient) {
}
