package dk.mooc.review.event;

import dk.mooc.platform.events.DomainEvent;
import dk.mooc.review.CriteriaSummary;
import dk.mooc.review.ReviewCase;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The chair decided a case. proposal-service sets the proposal's status from it; production-service starts
 * production on APPROVED. Schema: META-INF/events/mooc.review.decided.v1.schema.json.
 */
public record ReviewDecided(String moocId, String reviewCaseId, int round, int proposalVersion, String decision,
                            String comments, List<Criterion> criteria, Person decidedBy, OffsetDateTime decidedAt)
        implements DomainEvent {

    public record Criterion(String criterion, Double averageScore, Integer spread) {
    }

    public record Person(String id, String name) {
    }

    public static ReviewDecided of(ReviewCase c, CriteriaSummary summary) {
        return new ReviewDecided(c.moocId.toString(), c.id.toString(), c.round, c.proposalVersion,
                c.decisionOutcome.name(), c.decisionComments,
                summary.criteria().stream().map(f -> new Criterion(f.criterion().name(), f.average(), f.spread())).toList(),
                new Person(c.decidedByUsername, c.decidedByName), c.decidedAt);
    }

    @Override
    public String eventType() {
        return ReviewEvents.DECIDED;
    }
}
