package dk.mooc.production;

import dk.mooc.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A comment in a feedback round; the instructor resolves it (or declines it, saying why). */
@Entity
@Table(name = "feedback_comment")
public class FeedbackComment extends PanacheEntityBase {

    @Schema(name = "FeedbackAuthorRole", description = "Who wrote the comment: a consultant or the invited colleague")
    public enum AuthorRole { CONSULTANT, COLLEAGUE }

    @Schema(name = "FeedbackResolution", description = "OPEN until the instructor resolves or declines it")
    public enum Resolution { OPEN, RESOLVED, DECLINED }

    @Id
    public UUID id;

    @Column(name = "mooc_id", nullable = false)
    public UUID moocId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public FeedbackRound.Round round;

    @Column(name = "author_id", nullable = false, length = 100)
    public String authorId;

    @Column(nullable = false, length = 200)
    public String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false, length = 20)
    public AuthorRole authorRole;

    @Column(nullable = false, length = 4000)
    public String text;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Resolution resolution = Resolution.OPEN;

    @Column(name = "resolution_note", length = 2000)
    public String resolutionNote;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolved_by", length = 200)
    public String resolvedBy;

    @Version
    @Column(nullable = false)
    public long version;

    public void resolve(Resolution outcome, String note, String by, OffsetDateTime now) {
        if (outcome == Resolution.OPEN) {
            throw ProblemException.invalid("resolution", "must be RESOLVED or DECLINED");
        }
        if (outcome == Resolution.DECLINED && (note == null || note.isBlank())) {
            throw ProblemException.invalid("note", "say why the comment is declined");
        }
        resolution = outcome;
        resolutionNote = note == null || note.isBlank() ? null : note.strip();
        resolvedAt = now;
        resolvedBy = by;
    }
}
