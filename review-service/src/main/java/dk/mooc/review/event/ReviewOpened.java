package dk.mooc.review.event;

import dk.mooc.platform.events.DomainEvent;
import dk.mooc.review.ReviewCase;

import java.time.OffsetDateTime;

/** A review case was opened for a submitted proposal (schema in META-INF/events/). */
public record ReviewOpened(String moocId, String reviewCaseId, int round, int proposalVersion, String title,
                           String department, OffsetDateTime openedAt) implements DomainEvent {

    public static ReviewOpened of(ReviewCase c) {
        return new ReviewOpened(c.moocId.toString(), c.id.toString(), c.round, c.proposalVersion, c.proposalTitle,
                c.department, c.openedAt);
    }

    @Override
    public String eventType() {
        return ReviewEvents.OPENED;
    }
}
