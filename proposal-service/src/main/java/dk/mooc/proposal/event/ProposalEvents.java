package dk.mooc.proposal.event;

/** The topic and event types this service publishes (schemas in META-INF/events/). */
public final class ProposalEvents {
    /** One topic per producing service, keyed by MOOC id. */
    public static final String TOPIC = "proposal-events";
    public static final String DRAFTED = "mooc.proposal.drafted.v1";
    public static final String SUBMITTED = "mooc.proposal.submitted.v1";
    public static final String WITHDRAWN = "mooc.proposal.withdrawn.v1";
    public static final String RESUBMITTED = "mooc.proposal.resubmitted.v1";

    /** Consumed: the steering committee's decision (review-service) and the launch (production-service). */
    public static final String REVIEW_TOPIC = "review-events";
    public static final String REVIEW_DECIDED = "mooc.review.decided.v1";
    public static final String PRODUCTION_TOPIC = "production-events";
    public static final String COURSE_LAUNCHED = "mooc.course.launched.v1";

    private ProposalEvents() {
    }
}
