package dk.mooc.analytics.event;

import dk.mooc.analytics.ReviewAction;
import dk.mooc.analytics.SemesterReview;
import dk.mooc.platform.events.DomainEvent;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The study board recorded its semester review of a launched MOOC. production-service adds maintenance tasks on
 * REVISE and retires the course on RETIRE. Schema: META-INF/events/mooc.analytics.semester-review-completed.v1.schema.json.
 */
public record SemesterReviewCompleted(String reviewId, String moocId, String title, String department, String semester,
                                      String outcome, String comments, List<String> actions, String reviewedBy,
                                      OffsetDateTime completedAt) implements DomainEvent {

    public static SemesterReviewCompleted of(SemesterReview r, List<ReviewAction> actions) {
        return new SemesterReviewCompleted(r.id.toString(), r.moocId.toString(), r.title, r.department, r.semester,
                r.outcome.name(), r.comments, actions.stream().map(a -> a.text).toList(), r.decidedByName, r.completedAt);
    }

    @Override
    public String eventType() {
        return AnalyticsEvents.SEMESTER_REVIEW_COMPLETED;
    }
}
