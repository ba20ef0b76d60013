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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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

    @Column(length = 200)
    public String topic;

    @Column(columnDefinition = "text")
    public String summary;

    @Column(name = "target_learners", length = 2000)
    public String targetLearners;

    @Column(name = "impact_potential", length = 4000)
    public String impactPotential;

    @Column(length = 4000)
    public String uniqueness;

    @Column(name = "research_environment", length = 4000)
    public String researchEnvironment;

    @Column(name = "teacher_background", length = 4000)
    public String teacherBackground;

    @Column(length = 4000)
    public String phases;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<TeamMember> team = new ArrayList<>();

    @Column(name = "staff_hours")
    public Integer staffHours;

    @Column(name = "assistant_count")
    public Integer assistants;

    @Column(name = "video_budget_dkk")
    public Integer videoBudgetDkk;

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

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

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

    /** Content and attachments change only while the proposal is a draft. */
    public void requireDraft(String what) {
        if (status != ProposalStatus.DRAFT) {
            throw ProblemException.illegalTransition("The proposal is " + status.name().toLowerCase()
                    + "; " + what + " only while it is a draft");
        }
    }

    public void edit(ProposalContent c, OffsetDateTime now) {
        requireDraft("it can be edited");
        this.title = c.title();
        this.topic = c.topic();
        this.summary = c.summary();
        this.targetLearners = c.targetLearners();
        this.impactPotential = c.impactPotential();
        this.expectedEnrolments = c.expectedEnrolments();
        this.uniqueness = c.uniqueness();
        this.researchEnvironment = c.researchEnvironment();
        this.teacherBackground = c.teacherBackground();
        this.newContent = c.newContent();
        this.courseCode = c.newContent() ? null : c.courseCode();
        this.phases = c.phases();
        this.plannedLaunchSemester = c.plannedLaunchSemester();
        this.team = c.team() == null ? new ArrayList<>() : new ArrayList<>(c.team());
        ProposalContent.Resources r = c.resources() == null ? ProposalContent.Resources.NONE : c.resources();
        this.staffHours = r.staffHours();
        this.assistants = r.assistants();
        this.videoBudgetDkk = r.videoBudgetDkk();
        this.updatedAt = now;
    }

    public ProposalContent content() {
        return new ProposalContent(title, topic, summary, targetLearners, impactPotential, expectedEnrolments, uniqueness,
                researchEnvironment, teacherBackground, newContent, courseCode, phases, plannedLaunchSemester,
                List.copyOf(team), new ProposalContent.Resources(staffHours, assistants, videoBudgetDkk));
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

    /** Withdraws the proposal; possible at any point before the committee's decision. */
    public void withdraw(OffsetDateTime now) {
        if (status == ProposalStatus.WITHDRAWN) {
            throw ProblemException.illegalTransition("The proposal is already withdrawn");
        }
        status = ProposalStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    public boolean ownedBy(String userId) {
        return instructorId.equals(userId);
    }
}
