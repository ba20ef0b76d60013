package dk.mooc.analytics.event;

/** Topics this service reads and writes, and the event types it publishes and consumes. */
public final class AnalyticsEvents {
    /** Published by this service, keyed by MOOC id. */
    public static final String TOPIC = "analytics-events";
    public static final String SEMESTER_REVIEW_COMPLETED = "mooc.analytics.semester-review-completed.v1";

    /** Consumed from production-service. */
    public static final String PRODUCTION_TOPIC = "production-events";
    public static final String COURSE_LAUNCHED = "mooc.course.launched.v1";

    /** Consumed from proposal-service: each submitted version's similarity snapshot (its own consumer group). */
    public static final String CATALOGUE_PROPOSAL_CHANNEL = "catalogue-proposal-events";
    public static final String PROPOSAL_SUBMITTED = "mooc.proposal.submitted.v1";
    public static final String PROPOSAL_RESUBMITTED = "mooc.proposal.resubmitted.v1";

    private AnalyticsEvents() {
    }
}
