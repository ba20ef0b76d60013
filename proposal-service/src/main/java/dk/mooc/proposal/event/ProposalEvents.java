package dk.mooc.proposal.event;

/** The topic and event types this service publishes (schemas in META-INF/events/). */
public final class ProposalEvents {
    /** One topic per producing service, keyed by MOOC id. */
    public static final String TOPIC = "proposal-events";
    public static final String SUBMITTED = "mooc.proposal.submitted.v1";
    public static final String WITHDRAWN = "mooc.proposal.withdrawn.v1";

    private ProposalEvents() {
    }
}
