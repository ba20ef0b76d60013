package dk.mooc.proposal.event;

import dk.mooc.platform.events.DomainEvent;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.TeamMember;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A revised version went back to the steering committee after it asked for a revision; review-service opens
 * the next round. The same snapshot as {@link ProposalSubmitted}, plus the version it revises and what changed.
 * Schema: META-INF/events/mooc.proposal.resubmitted.v1.schema.json.
 */
public record ProposalResubmitted(
        String moocId,
        int proposalVersion,
        int previousVersion,
        List<String> changedFields,
        String title,
        String topic,
        String summary,
        ProposalSubmitted.Instructor instructor,
        String department,
        boolean newContent,
        String courseCode,
        String plannedLaunchSemester,
        Integer expectedEnrolments,
        ProposalSubmitted.Resources resources,
        OffsetDateTime submittedAt,
        List<TeamMember> team,
        ProposalSubmitted.Consultant consultant,
        String targetLearners,
        String uniqueness) implements DomainEvent {

    public static ProposalResubmitted of(Proposal p, List<String> changedFields) {
        ProposalSubmitted s = ProposalSubmitted.of(p, p.revision);
        return new ProposalResubmitted(s.moocId(), p.revision, p.revision - 1, List.copyOf(changedFields), s.title(),
                s.topic(), s.summary(), s.instructor(), s.department(), s.newContent(), s.courseCode(),
                s.plannedLaunchSemester(), s.expectedEnrolments(), s.resources(), s.submittedAt(), s.team(), s.consultant(),
                s.targetLearners(), s.uniqueness());
    }

    @Override
    public String eventType() {
        return ProposalEvents.RESUBMITTED;
    }
}
