package dk.mooc.production.event;

import dk.mooc.platform.events.DomainEvent;
import dk.mooc.production.Production;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A MOOC went live on Coursera. proposal-service marks the proposal launched; analytics-service registers the
 * course. Schema: META-INF/events/mooc.course.launched.v1.schema.json.
 */
public record CourseLaunched(String moocId, String productionId, String title, String department, Instructor instructor,
                             String courseCode, boolean newContent, String plannedLaunchSemester,
                             Integer expectedEnrolments, String courseUrl, LocalDate launchDate,
                             OffsetDateTime launchedAt) implements DomainEvent {

    public record Instructor(String id, String name, String email) {
    }

    public static CourseLaunched of(Production p) {
        return new CourseLaunched(p.moocId.toString(), p.moocId.toString(), p.title, p.department,
                new Instructor(p.instructorId, p.instructorName, p.instructorEmail), p.courseCode, p.newContent,
                p.plannedLaunchSemester, p.expectedEnrolments, p.courseUrl, p.launchDate, p.launchedAt);
    }

    @Override
    public String eventType() {
        return ProductionEvents.COURSE_LAUNCHED;
    }
}
