package dk.mooc.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The latest submitted version of a proposal, as proposal-service's events carry it: what a production starts
 * from when the committee approves (event-carried state, so no service calls another).
 */
@Entity
@Table(name = "proposal_snapshot")
public class ProposalSnapshot extends PanacheEntityBase {

    /** The fields production-service reads from mooc.proposal.submitted/resubmitted.v1. */
    public record Facts(String title, String department, Instructor instructor, boolean newContent, String courseCode,
                        String plannedLaunchSemester, Integer expectedEnrolments, Resources resources,
                        List<Member> team, Consultant consultant) {
    }

    /** A team member as the application lists them (role INSTRUCTOR, TEACHING_ASSISTANT, STUDENT_ASSISTANT). */
    public record Member(String name, String email, String role) {
    }

    /** The LearningLab consultant who gave the consultation (absent in snapshots from before it was published). */
    public record Consultant(String id, String name, String email) {
    }

    public record Instructor(String id, String name, String email) {
    }

    public record Resources(Integer staffHours, Integer assistants, Integer videoBudgetDkk) {
    }

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Column(name = "proposal_version", nullable = false)
    public int proposalVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Facts data;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
