package dk.mooc.proposal.event;

import dk.mooc.platform.events.DomainEvent;
import dk.mooc.proposal.Proposal;

import java.time.OffsetDateTime;

/**
 * The instructor withdrew the proposal before the committee's decision. {@code wasSubmitted} tells
 * whether a review case may exist that must now be closed.
 * Schema: META-INF/events/mooc.proposal.withdrawn.v1.schema.json.
 */
public record ProposalWithdrawn(String moocId, String title, String department, boolean wasSubmitted, String reason,
                                OffsetDateTime withdrawnAt) implements DomainEvent {

    public static ProposalWithdrawn of(Proposal p, boolean wasSubmitted, String reason) {
        return new ProposalWithdrawn(p.id.toString(), p.title, p.department, wasSubmitted, reason, p.withdrawnAt);
    }

    @Override
    public String eventType() {
        return ProposalEvents.WITHDRAWN;
    }
}
