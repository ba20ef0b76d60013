package dk.mooc.proposal.event;

import dk.mooc.platform.events.DomainEvent;
import dk.mooc.proposal.Proposal;

import dk.mooc.proposal.TeamMember;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A proposal reached the steering committee. Carries the snapshot downstream services need, so none of
 * them has to call back (event-carried state transfer). The target learners and the uniqueness text (optional, added
 * in 1.4) let analytics-service freeze the similar Coursera courses of the submitted version. Schema: META-INF/events/mooc.proposal.submitted.v1.schema.json.
 * Evolution: add optional fields only; a breaking change becomes mooc.proposal.submitted.v2.
 */
public record ProposalSubmitted(
        String moocId,
        int proposalVersion,
        String title,
        String topic,
        String summary,
        Instructor instructor,
        String department,
        boolean newContent,
        String courseCode,
        String plannedLaunchSemester,
        Integer expectedEnrolments,
        Resources resources,
        OffsetDateTime submittedAt,
        List<TeamMember> team,
        Consultant consultant,
        String targetLearners,
        String uniqueness) implements DomainEvent {

    /** The LearningLab consultant who gave the consultation (optional, added in 1.3); production puts them on the team. */
    public record Consultant(String id, String name, String email) {
    }

    public record Instructor(String id, String name, String email) {
    }

    /** What the department allocated: staff hours, assistants, video budget in DKK. */
    public record Resources(Integer staffHours, Integer assistants, Integer videoBudgetDkk) {
    }

    public static ProposalSubmitted of(Proposal p, int proposalVersion) {
        return new ProposalSubmitted(p.id.toString(), proposalVersion, p.title, p.topic, p.summary,
                new Instructor(p.instructorId, p.instructorName, p.instructorEmail), p.department, p.newContent,
                p.courseCode, p.plannedLaunchSemester, p.expectedEnrolments,
                new Resources(p.staffHours, p.assistants, p.videoBudgetDkk), p.submittedAt, List.copyOf(p.team),
                p.consultation().consultantId == null ? null : new Consultant(p.consultation().consultantId,
                        p.consultation().consultantName, p.consultation().consultantEmail),
                p.targetLearners, p.uniqueness);
    }

    @Override
    public String eventType() {
        return ProposalEvents.SUBMITTED;
    }
}
