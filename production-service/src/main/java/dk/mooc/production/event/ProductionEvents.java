package dk.mooc.production.event;

/** Topics and event types this service consumes (and, later, publishes). */
public final class ProductionEvents {
    public static final String PROPOSAL_TOPIC = "proposal-events";
    public static final String PROPOSAL_SUBMITTED = "mooc.proposal.submitted.v1";
    public static final String PROPOSAL_RESUBMITTED = "mooc.proposal.resubmitted.v1";
    public static final String REVIEW_TOPIC = "review-events";
    public static final String REVIEW_DECIDED = "mooc.review.decided.v1";

    private ProductionEvents() {
    }
}
