package dk.mooc.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dk.mooc.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The production of one approved MOOC (its id is the MOOC id). Created when the steering committee
 * approves a proposal; carries the snapshot that the approval event brings.
 */
@Entity
@Table(name = "production")
public class Production extends PanacheEntityBase {

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 100)
    public String department;

    @Column(name = "instructor_id", nullable = false, length = 100)
    public String instructorId;

    @Column(name = "instructor_name", nullable = false, length = 200)
    public String instructorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ProductionStatus status;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "instructor_email", length = 200)
    public String instructorEmail;

    @Column(name = "new_content", nullable = false)
    public boolean newContent = true;

    @Column(name = "course_code", length = 20)
    public String courseCode;

    @Column(name = "planned_launch_semester", length = 20)
    public String plannedLaunchSemester;

    @Column(name = "expected_enrolments")
    public Integer expectedEnrolments;

    @Column(name = "staff_hours")
    public Integer staffHours;

    @Column(name = "assistant_count")
    public Integer assistants;

    /** The video budget the department allocated (DKK); bookings are costed against it. */
    @Column(name = "video_budget_dkk")
    public Integer videoBudgetDkk;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "baseline_agreed_at")
    public OffsetDateTime baselineAgreedAt;

    @Column(name = "baseline_agreed_by", length = 200)
    public String baselineAgreedBy;

    @Version
    @Column(nullable = false)
    public long version;

    /** The instructor and the consultant agree the plan; the first agreed plan is the baseline. */
    public void agreePlan(DevelopmentPlan plan, String by, OffsetDateTime now) {
        if (status != ProductionStatus.PLANNING) {
            throw ProblemException.illegalTransition("The plan was agreed on " + baselineAgreedAt.toLocalDate()
                    + "; later changes are measured against that baseline");
        }
        plan.agreeBaseline();
        status = ProductionStatus.IN_PRODUCTION;
        baselineAgreedAt = now;
        baselineAgreedBy = by;
    }
}
