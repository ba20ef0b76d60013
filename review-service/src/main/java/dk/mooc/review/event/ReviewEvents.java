package dk.mooc.review.event;

/** Topics this service reads and writes, and the event types it publishes. */
public final class ReviewEvents {
    /** Published by this service, keyed by MOOC id. */
    public static final String TOPIC = "review-events";
    public static final String OPENED = "mooc.review.opened.v1";
    public static final String DECIDED = "mooc.review.decided.v1";

    /** Consumed from proposal-service. */
    public static final String PROPOSAL_TOPIC = "proposal-events";
    public static final String PROPOSAL_SUBMITTED = "mooc.proposal.submitted.v1";
    public static final String PROPOSAL_WITHDRAWN = "mooc.proposal.withdrawn.v1";
    /** Same snapshot as submitted (plus what changed): opens the next round. */
    public static final String PROPOSAL_RESUBMITTED = "mooc.proposal.resubmitted.v1";

    private ReviewEvents() {
    }
}
