package dk.mooc.platform.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One queued e-mail (see {@link Mailbox}). */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 320)
    public String recipient;

    @Column(nullable = false, length = 300)
    public String subject;

    @Column(name = "text_body", nullable = false, columnDefinition = "text")
    public String textBody;

    @Column(name = "html_body", columnDefinition = "text")
    public String htmlBody;

    /** The MOOC id the mail is about, for tracing. */
    @Column(name = "subject_ref", length = 100)
    public String subjectRef;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "failed_at")
    public OffsetDateTime failedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = 2000)
    public String lastError;
}
