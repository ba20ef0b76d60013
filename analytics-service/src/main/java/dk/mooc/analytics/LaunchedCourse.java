package dk.mooc.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A MOOC that runs on Coursera (its id is the MOOC id); registered from "course launched". */
@Entity
@Table(name = "launched_course")
public class LaunchedCourse extends PanacheEntityBase {

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Column(name = "production_id")
    public UUID productionId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 100)
    public String department;

    @Column(name = "instructor_id", nullable = false, length = 100)
    public String instructorId;

    @Column(name = "instructor_name", nullable = false, length = 200)
    public String instructorName;

    @Column(name = "instructor_email", length = 320)
    public String instructorEmail;

    @Column(name = "course_code", length = 50)
    public String courseCode;

    @Column(name = "new_content")
    public Boolean newContent;

    /** The semester the proposal planned to launch in, e.g. {@code 2027-autumn}. */
    @Column(name = "planned_launch_semester", length = 20)
    public String plannedLaunchSemester;

    /** The proposal's expected enrolments, shown beside the actual figures. */
    @Column(name = "expected_enrolments")
    public Integer expectedEnrolments;

    @Column(name = "coursera_url", length = 500)
    public String courseraUrl;

    @Column(name = "launched_on", nullable = false)
    public LocalDate launchedOn;

    @Column(name = "launched_at")
    public OffsetDateTime launchedAt;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public CourseStatus status;

    /** The course's own retention of learner data in months; null: the service's default (docs/analytics.md). */
    @Column(name = "retention_months")
    public Integer retentionMonths;

    /** Every learner row dated before this is deleted; those semesters' figures are kept (null: nothing deleted). */
    @Column(name = "purged_before")
    public OffsetDateTime purgedBefore;

    /** Learners enrolled before {@link #purgedBefore}: where later semesters' "enrolled to date" counts on from. */
    @Column(name = "enrolled_before_purge", nullable = false)
    public long enrolledBeforePurge;

    @Version
    @Column(nullable = false)
    public long version;

    /** The semester the course went live in. */
    public Semester launchSemester() {
        return Semester.of(launchedOn);
    }

    /** Whether the course ran (at least partly) in the semester: launched before its end and not retired before. */
    public boolean runsIn(Semester semester) {
        return !launchedOn.isAfter(semester.lastDay());
    }

    public boolean isInstructor(String userId) {
        return Objects.equals(instructorId, userId);
    }

    /** The study board decided to retire the course. */
    public void retire() {
        status = CourseStatus.RETIRED;
    }
}
