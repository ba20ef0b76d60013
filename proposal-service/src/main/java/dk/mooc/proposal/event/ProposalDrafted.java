package dk.mooc.proposal.event;

import dk.mooc.platform.events.DomainEvent;
import dk.mooc.proposal.Proposal;

import java.time.OffsetDateTime;

/**
 * An instructor started a proposal: the MOOC exists from here on. analytics-service's portfolio shows it in the
 * proposal stage. Schema: META-INF/events/mooc.proposal.drafted.v1.schema.json.
 */
public record ProposalDrafted(String moocId, String title, String department, ProposalSubmitted.Instructor instructor,
                              String plannedLaunchSemester, Integer expectedEnrolments, OffsetDateTime draftedAt)
        implements DomainEvent {

    public static ProposalDrafted of(Proposal p) {
        return new ProposalDrafted(p.id.toString(), p.title, p.department,
                new ProposalSubmitted.Instructor(p.instructorId, p.instructorName, p.instructorEmail),
                p.plannedLaunchSemester, p.expectedEnrolments, p.createdAt);
    }

    @Override
    public String eventType() {
        return ProposalEvents.DRAFTED;
    }
}
