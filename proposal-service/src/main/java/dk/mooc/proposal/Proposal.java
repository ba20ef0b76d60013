package dk.mooc.proposal;

import dk.mooc.platform.problem.ProblemException;
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
 * A MOOC proposal: the instructor's application to the steering committee. Its id is the MOOC id that
 * follows the MOOC through every service. State changes go through the methods below, which enforce the
 * workflow; an illegal one is a 409 problem.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String title;

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
    public ProposalStatus status;

    /** Optimistic lock; exposed as the ETag. */
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    public static Proposal draft(UUID id, String instructorId, String instructorName, String instructorEmail,
                                 String department, OffsetDateTime now) {
        Proposal p = new Proposal();
        p.id = id;
        p.instructorId = instructorId;
        p.instructorName = instructorName;
        p.instructorEmail = instructorEmail;
        p.department = department;
        p.status = ProposalStatus.DRAFT;
        p.createdAt = now;
        p.updatedAt = now;
        return p;
    }

    public void edit(String title, String summary, boolean newContent, String courseCode,
                     String plannedLaunchSemester, Integer expectedEnrolments, OffsetDateTime now) {
        if (status != ProposalStatus.DRAFT) {
            throw ProblemException.illegalTransition("The proposal is " + status.name().toLowerCase()
                    + "; only a draft can be edited");
        }
        this.title = title;
        this.summary = summary;
        this.newContent = newContent;
        this.courseCode = newContent ? null : courseCode;
        this.plannedLaunchSemester = plannedLaunchSemester;
        this.expectedEnrolments = expectedEnrolments;
        this.updatedAt = now;
    }

    public void submit(OffsetDateTime now) {
        if (status != ProposalStatus.DRAFT) {
            throw ProblemException.illegalTransition("The proposal is " + status.name().toLowerCase()
                    + "; only a draft can be submitted to the steering committee");
        }
        status = ProposalStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    public boolean ownedBy(String userId) {
        return instructorId.equals(userId);
    }
}
