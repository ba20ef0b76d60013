package dk.mooc.production.event;

/** Topics and event types this service consumes and publishes. */
public final class ProductionEvents {
    public static final String PROPOSAL_TOPIC = "proposal-events";
    public static final String PROPOSAL_SUBMITTED = "mooc.proposal.submitted.v1";
    public static final String PROPOSAL_RESUBMITTED = "mooc.proposal.resubmitted.v1";
    public static final String REVIEW_TOPIC = "review-events";
    public static final String REVIEW_DECIDED = "mooc.review.decided.v1";
    public static final String ANALYTICS_TOPIC = "analytics-events";
    public static final String SEMESTER_REVIEW_COMPLETED = "mooc.analytics.semester-review-completed.v1";

    /** Published on production-events. */
    public static final String PRODUCTION_TOPIC = "production-events";
    public static final String COURSE_LAUNCHED = "mooc.course.launched.v1";
    public static final String COURSE_RETIRED = "mooc.course.retired.v1";
    public static final String MILESTONE_OVERDUE = "mooc.production.milestone-overdue.v1";

    private ProductionEvents() {
    }
}
