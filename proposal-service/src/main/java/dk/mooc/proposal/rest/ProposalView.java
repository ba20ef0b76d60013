package dk.mooc.proposal.rest;

import dk.mooc.proposal.Endorsement;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.ProposalContent;
import dk.mooc.proposal.ProposalStatus;
import dk.mooc.proposal.TeamBinding;
import dk.mooc.proposal.TeamMember;
import dk.mooc.proposal.service.Permission;
import dk.mooc.proposal.service.ProposalAccess;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A proposal as the API shows it. */
@Schema(name = "Proposal", description = "A MOOC proposal as you may see it, with what you may do with it now")
public record ProposalView(
        @Schema(description = "The MOOC id; it follows the MOOC through every service",
                example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID id,
        @Schema(description = "The MOOC's title", example = "Quantum Computing for Engineers") String title,
        @Schema(description = "Field or topic", example = "Quantum computing") String topic,
        @Schema(description = "What the MOOC is about",
                example = "A hands-on introduction to quantum algorithms for engineering students worldwide.") String summary,
        @Schema(description = "Who it is for", example = "Engineering students and professionals with linear algebra")
        String targetLearners,
        @Schema(description = "Impact potential", example = "Strengthens the university's profile in quantum technology")
        String impactPotential,
        @Schema(description = "Why the topic is unique in the Coursera catalogue") String uniqueness,
        @Schema(description = "The research environment the topic is anchored in") String researchEnvironment,
        @Schema(description = "The teacher's pedagogical and research background") String teacherBackground,
        @Schema(description = "Overall planning: phases and timeline") String phases,
        @Schema(description = "The team as the instructor lists it, each member with whether their entry is bound to "
                + "their account yet (pending until they first use the platform with that verified e-mail address)")
        List<TeamEntry> team,
        @Schema(description = "What the department allocates") ProposalContent.Resources resources,
        @Schema(description = "The instructor's department", example = "Compute") String department,
        @Schema(description = "The instructor who wrote the proposal") Person instructor,
        @Schema(description = "true for new content; false when the MOOC builds on an existing course", example = "true")
        boolean newContent,
        @Schema(description = "The existing course it builds on (when newContent is false)", example = "02180")
        String courseCode,
        @Schema(description = "The semester it is planned to launch in", example = "2027-autumn") String plannedLaunchSemester,
        @Schema(description = "Learners expected to enrol in the first year", example = "5000") Integer expectedEnrolments,
        @Schema(description = "Where the proposal stands in the workflow", example = "DRAFT") ProposalStatus status,
        @Schema(description = "Optimistic-locking version; also the ETag", example = "0") long version,
        @Schema(description = "When the draft was started", example = "2026-11-02T09:00:00Z") OffsetDateTime createdAt,
        @Schema(description = "When it last changed", example = "2026-11-20T14:30:00Z") OffsetDateTime updatedAt,
        @Schema(description = "When the current version went to the committee; null before") OffsetDateTime submittedAt,
        @Schema(description = "The version of the application being written or last submitted", example = "1") int revision,
        @Schema(description = "SHA-256 of the content and attachments; endorsements are bound to it",
                example = "3f7a9c0d5b1e2f4a6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d") String contentHash,
        @Schema(description = "The LearningLab consultation; null until it is requested") Consultation consultation,
        @Schema(description = "The study board's approval") EndorsementView boardApproval,
        @Schema(description = "The Head of Department's signature") EndorsementView headSignature,
        @Schema(description = "Both endorsements hold for the current content and the proposal may go to the committee")
        boolean readyToSubmit,
        @Schema(description = "The steering committee's latest decision; null before it") Decision decision,
        @Schema(description = "Where and when the course went live; null before the launch") Launch launch,
        @Schema(description = "When the instructor withdrew it; null unless withdrawn") OffsetDateTime withdrawnAt,
        @Schema(description = "What you may do with this proposal now", example = "[\"EDIT\", \"REQUEST_CONSULTATION\", \"WITHDRAW\"]")
        Set<Permission> permissions) {

    @Schema(name = "Person", description = "Someone with an account on the platform")
    public record Person(
            @Schema(description = "The account's id", example = "7d3f0e5a-1111-4c2b-9a7e-000000000001") String id,
            @Schema(description = "Their name", example = "Ida Instructor") String name,
            @Schema(description = "Their e-mail address", example = "ida@example.org") String email) {
    }

    @Schema(name = "ProposalTeamMember", description = "A team member and whether their entry grants them access yet. "
            + "An entry grants read access to one account only: the first that signs in with the verified e-mail address "
            + "it lists. Until then it is pending and grants nothing; an entry without an address stays pending.",
            example = "{\"name\": \"Sofie Student\", \"email\": \"sofie@example.org\", \"role\": \"STUDENT_ASSISTANT\", "
                    + "\"pending\": true, \"boundAt\": null}")
    public record TeamEntry(
            @Schema(description = "The member's name", example = "Sofie Student") String name,
            @Schema(description = "The address the entry binds to; may be missing", example = "sofie@example.org") String email,
            @Schema(description = "The member's role on the team", example = "STUDENT_ASSISTANT") TeamMember.TeamRole role,
            @Schema(description = "true until the member has signed in with this verified address and the entry is bound "
                    + "to their account; a pending member has no access yet", example = "true") boolean pending,
            @Schema(description = "When the entry was bound to the member's account; null while pending",
                    example = "2026-11-20T09:30:00Z", nullable = true) OffsetDateTime boundAt) {

        static List<TeamEntry> of(List<TeamMember> team, List<TeamBinding> bindings) {
            Map<String, OffsetDateTime> boundAt = new HashMap<>();
            bindings.forEach(b -> boundAt.put(b.email, b.boundAt));
            return team.stream().map(m -> {
                String address = TeamMember.normalise(m.email());
                OffsetDateTime at = address == null ? null : boundAt.get(address);
                return new TeamEntry(m.name(), m.email(), m.role(), at == null, at);
            }).toList();
        }
    }

    @Schema(name = "Consultation", description = "The LearningLab consultation")
    public record Consultation(
            @Schema(description = "When the instructor asked for it", example = "2026-11-10T08:00:00Z") OffsetDateTime requestedAt,
            @Schema(description = "The consultant who took it; null while it waits in the queue") Person consultant,
            @Schema(description = "When the consultant took it") OffsetDateTime assignedAt,
            @Schema(description = "The day it was held; null until recorded", example = "2026-11-20") LocalDate date,
            @Schema(description = "What was agreed", example = "Discussed the target group and a pilot module.") String notes,
            @Schema(description = "When the consultant recorded it") OffsetDateTime recordedAt) {
    }

    @Schema(name = "Endorsement", description = "The study board's approval or the Head of Department's signature")
    public record EndorsementView(
            @Schema(example = "APPROVED", description = "NOT_REQUESTED, REQUESTED, APPROVED (board), SIGNED (head), DECLINED, "
                    + "or VOID: given for content that has changed since") Endorsement.State state,
            @Schema(description = "When it was last asked for") OffsetDateTime requestedAt,
            @Schema(description = "Who gave or declined it") Person decidedBy,
            @Schema(description = "When it was given or declined") OffsetDateTime decidedAt,
            @Schema(description = "The endorser's comment", example = "Fits the study programme's profile.") String comment,
            @Schema(description = "The version it was given for", example = "1") Integer revision,
            @Schema(description = "The content hash it was given for",
                    example = "3f7a9c0d5b1e2f4a6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d") String contentHash) {
        static EndorsementView of(Endorsement e) {
            return new EndorsementView(e.state(), e.requestedAt(),
                    e.decidedById() == null ? null : new Person(e.decidedById(), e.decidedByName(), e.decidedByEmail()),
                    e.decidedAt(), e.comment(), e.revision(), e.contentHash());
        }
    }

    @Schema(name = "CommitteeDecision", description = "The steering committee's decision")
    public record Decision(@Schema(description = "The outcome", example = "REVISION_REQUESTED",
                                   enumeration = {"APPROVED", "REVISION_REQUESTED", "REJECTED"}) String outcome,
                           @Schema(description = "The committee's comments to the instructor",
                                   example = "Please make the resource plan concrete.") String comments,
                           @Schema(description = "When the committee decided", example = "2026-12-10T15:00:00Z")
                           OffsetDateTime decidedAt,
                           @Schema(description = "The review round it decided (the version submitted)", example = "1")
                           Integer round) {
    }

    @Schema(name = "ProposalLaunch", description = "The course on Coursera, as production-service reported its launch")
    public record Launch(@Schema(description = "The course's Coursera page",
                                 example = "https://www.coursera.org/learn/quantum-computing-for-engineers") String courseUrl,
                         @Schema(description = "The day it went live", example = "2027-09-01") LocalDate launchDate) {
    }

    /** The one way both resources answer with a proposal: the caller's view of it, its version as the ETag. */
    static jakarta.ws.rs.core.Response respond(jakarta.ws.rs.core.Response.ResponseBuilder b, Proposal p,
                                               ProposalAccess access) {
        return respond(b, p, access, access.teamBindings(p));
    }

    /** The same with the proposal's team bindings already read. */
    static jakarta.ws.rs.core.Response respond(jakarta.ws.rs.core.Response.ResponseBuilder b, Proposal p,
                                               ProposalAccess access, List<TeamBinding> teamBindings) {
        return b.entity(of(p, access.permissions(p), teamBindings))
                .tag(dk.mooc.platform.web.Versions.etag(p.version)).build();
    }

    static ProposalView of(Proposal p, Set<Permission> permissions, List<TeamBinding> teamBindings) {
        return new ProposalView(p.id, p.title, p.topic, p.summary, p.targetLearners, p.impactPotential, p.uniqueness,
                p.researchEnvironment, p.teacherBackground, p.phases, TeamEntry.of(p.team, teamBindings),
                new ProposalContent.Resources(p.staffHours, p.assistants, p.videoBudgetDkk), p.department,
                new Person(p.instructorId, p.instructorName, p.instructorEmail), p.newContent, p.courseCode,
                p.plannedLaunchSemester, p.expectedEnrolments, p.status, p.version, p.createdAt, p.updatedAt,
                p.submittedAt, p.revision, p.contentHash,
                p.consultation().requestedAt == null ? null : new Consultation(p.consultation().requestedAt,
                        p.consultation().consultantId == null ? null : new Person(p.consultation().consultantId,
                                p.consultation().consultantName, p.consultation().consultantEmail),
                        p.consultation().assignedAt, p.consultation().date, p.consultation().notes,
                        p.consultation().recordedAt),
                EndorsementView.of(p.boardApproval()), EndorsementView.of(p.headSignature()), p.readyToSubmit(),
                p.decisionOutcome == null ? null : new Decision(p.decisionOutcome, p.decisionComments, p.decidedAt, p.decisionRound),
                p.courseUrl == null ? null : new Launch(p.courseUrl, p.launchDate), p.withdrawnAt, permissions);
    }
}
