package dk.mooc.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One MOOC in the programme portfolio, projected from all four services' events. Events of different topics may
 * arrive out of order, so the stage follows the event that happened last (by its CloudEvents time), not the one
 * that arrived last.
 */
@Entity
@Table(name = "portfolio_mooc")
public class PortfolioMooc extends PanacheEntityBase {

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Column(length = 200)
    public String title;

    @Column(length = 100)
    public String department;

    @Column(name = "instructor_name", length = 200)
    public String instructorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PortfolioStage stage;

    @Column(name = "stage_at", nullable = false)
    public OffsetDateTime stageAt;

    @Column(name = "planned_launch_semester", length = 20)
    public String plannedLaunchSemester;

    @Column(name = "expected_enrolments")
    public Integer expectedEnrolments;

    @Column(name = "staff_hours")
    public Integer staffHours;

    public Integer assistants;

    @Column(name = "video_budget_dkk")
    public Integer videoBudgetDkk;

    @Column(name = "launch_date")
    public LocalDate launchDate;

    @Column(name = "course_url", length = 500)
    public String courseUrl;

    @Column(name = "overdue_milestones", nullable = false)
    public int overdueMilestones;

    @Column(name = "max_days_overdue", nullable = false)
    public int maxDaysOverdue;

    @Column(name = "last_event_at", nullable = false)
    public OffsetDateTime lastEventAt;

    /** Moves to {@code stage} unless a later event already set the stage. */
    public void moveTo(PortfolioStage next, OffsetDateTime at) {
        if (stageAt == null || !at.isBefore(stageAt)) {
            stage = next;
            stageAt = at;
        }
    }

    /**
     * Days between the first day of the planned launch semester (spring: 1 February, autumn: 1 September) and the
     * actual launch; null until launched or without a plan. Positive: later than planned.
     */
    public Long launchSlipDays() {
        if (launchDate == null || plannedLaunchSemester == null || !plannedLaunchSemester.matches("\\d{4}-(spring|autumn)")) {
            return null;
        }
        int year = Integer.parseInt(plannedLaunchSemester.substring(0, 4));
        LocalDate planned = plannedLaunchSemester.endsWith("spring") ? LocalDate.of(year, 2, 1) : LocalDate.of(year, 9, 1);
        return java.time.temporal.ChronoUnit.DAYS.between(planned, launchDate);
    }
}
