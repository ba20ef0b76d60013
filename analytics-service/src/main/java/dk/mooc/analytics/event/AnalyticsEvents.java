package dk.mooc.analytics.event;

/** Topics this service reads and writes, and the event types it publishes and consumes. */
public final class AnalyticsEvents {
    /** Published by this service, keyed by MOOC id. */
    public static final String TOPIC = "analytics-events";
    public static final String SEMESTER_REVIEW_COMPLETED = "mooc.analytics.semester-review-completed.v1";

    /** Consumed from production-service. */
    public static final String PRODUCTION_TOPIC = "production-events";
    public static final String COURSE_LAUNCHED = "mooc.course.launched.v1";

    private AnalyticsEvents() {
    }
}
