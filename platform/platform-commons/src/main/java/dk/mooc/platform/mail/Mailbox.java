package dk.mooc.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Queues e-mail in the caller's transaction (the mail twin of the event outbox). {@link MailSender} sends it
 * after commit and retries while the mail server is unavailable. Links in mails point into the SPA.
 */
@ApplicationScoped
public class Mailbox {

    @Inject
    Event<MailQueued> queued;

    @Inject
    @ConfigProperty(name = "mooc.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queue(String recipient, String subject, String textBody, String moocId) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient");
        }
        OutgoingMail m = new OutgoingMail();
        m.id = UUID.randomUUID();
        m.recipient = recipient;
        m.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        m.textBody = textBody;
        m.subjectRef = moocId;
        m.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        m.nextAttemptAt = m.createdAt;
        m.persist();
        queued.fire(new MailQueued(recipient));
        return m.id;
    }

    /** An absolute link into the SPA, e.g. {@code link("/proposals/" + id)}. */
    public String link(String path) {
        return publicUrl.replaceAll("/+$", "") + (path.startsWith("/") ? path : "/" + path);
    }
}
