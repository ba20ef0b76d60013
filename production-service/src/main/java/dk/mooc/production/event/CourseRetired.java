package dk.mooc.production.event;

import dk.mooc.platform.events.DomainEvent;
import dk.mooc.production.Production;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The study board's semester review retired a course. Schema: META-INF/events/mooc.course.retired.v1.schema.json.
 * retiredAt is when this service recorded it; retiredOn (added later, optional for consumers) is the business date:
 * the day the study board's review decided, which a timeline shows.
 */
public record CourseRetired(String moocId, String title, String department, String semester, String reviewId,
                            String comments, OffsetDateTime retiredAt, LocalDate retiredOn) implements DomainEvent {

    public static CourseRetired of(Production p, String reviewId, String comments, LocalDate retiredOn) {
        return new CourseRetired(p.moocId.toString(), p.title, p.department, p.retiredSemester, reviewId, comments,
                p.retiredAt, retiredOn);
    }

    @Override
    public String eventType() {
        return ProductionEvents.COURSE_RETIRED;
    }
}
