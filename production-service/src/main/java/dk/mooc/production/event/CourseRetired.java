package dk.mooc.production.event;

import dk.mooc.platform.events.DomainEvent;
import dk.mooc.production.Production;

import java.time.OffsetDateTime;

/** The study board's semester review retired a course. Schema: META-INF/events/mooc.course.retired.v1.schema.json. */
public record CourseRetired(String moocId, String title, String department, String semester, String reviewId,
                            String comments, OffsetDateTime retiredAt) implements DomainEvent {

    public static CourseRetired of(Production p, String reviewId, String comments) {
        return new CourseRetired(p.moocId.toString(), p.title, p.department, p.retiredSemester, reviewId, comments,
                p.retiredAt);
    }

    @Override
    public String eventType() {
        return ProductionEvents.COURSE_RETIRED;
    }
}
