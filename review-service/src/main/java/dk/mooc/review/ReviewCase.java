package dk.mooc.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The steering committee's review of one submitted proposal version: one case per round (a resubmission
 * after "revision requested" opens the next round). Holds the proposal snapshot carried by the event, so
 * the committee never needs to call proposal-service.
 */
@Entity
@Table(name = "review_case")
public class ReviewCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "mooc_id", nullable = false)
    public UUID moocId;

    @Column(nullable = false)
    public int round;

    @Column(name = "proposal_version", nullable = false)
    public int proposalVersion;

    @Column(name = "proposal_title", nullable = false, length = 200)
    public String proposalTitle;

    @Column(columnDefinition = "text")
    public String summary;

    @Column(nullable = false, length = 100)
    public String department;

    @Column(name = "instructor_id", nullable = false, length = 100)
    public String instructorId;

    @Column(name = "instructor_name", nullable = false, length = 200)
    public String instructorName;

    @Column(name = "instructor_email", length = 200)
    public String instructorEmail;

    @Column(name = "new_content", nullable = false)
    public boolean newContent;

    @Column(name = "course_code", length = 20)
    public String courseCode;

    @Column(name = "planned_launch_semester", length = 20)
    public String plannedLaunchSemester;

    @Column(name = "expected_enrolments")
    public Integer expectedEnrolments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ReviewCaseStatus status;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "close_reason", length = 2000)
    public String closeReason;

    /** Closes an open case without a decision; a closed case stays closed. */
    public boolean close(String reason, OffsetDateTime now) {
        if (status != ReviewCaseStatus.OPEN) {
            return false;
        }
        status = ReviewCaseStatus.CLOSED;
        closedAt = now;
        closeReason = reason;
        return true;
    }

    @Version
    @Column(nullable = false)
    public long version;
}
