package dk.mooc.analytics;

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

/**
 * The study board's review of one launched MOOC for one semester: opened when the semester's reviews are read or
 * due, completed once with the board's decision (continue, revise, retire).
 */
@Entity
@Table(name = "semester_review")
public class SemesterReview extends PanacheEntityBase {

    @Schema(name = "SemesterReviewStatus", description = "OPEN until the study board decides, then COMPLETED")
    public enum Status { OPEN, COMPLETED }

    @Id
    public UUID id;

    @Column(name = "mooc_id", nullable = false)
    public UUID moocId;

    @Column(nullable = false, length = 20)
    public String semester;

    @Column(nullable = false, length = 100)
    public String department;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public ReviewOutcome outcome;

    @Column(length = 4000)
    public String comments;

    @Column(name = "decided_by_username", length = 100)
    public String decidedByUsername;

    @Column(name = "decided_by_name", length = 200)
    public String decidedByName;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public Semester semester() {
        return Semester.parse(semester);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Records the decision; the caller checked that the review is open and the comments are there when needed. */
    public void complete(ReviewOutcome outcome, String comments, String username, String name, OffsetDateTime at) {
        if (!isOpen()) {
            throw new IllegalStateException("review " + id + " is already completed");
        }
        this.status = Status.COMPLETED;
        this.outcome = outcome;
        this.comments = comments;
        this.decidedByUsername = username;
        this.decidedByName = name;
        this.completedAt = at;
    }
}
