package dk.mooc.proposal.rest;

import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.ProposalContent;
import dk.mooc.proposal.ProposalStatus;
import dk.mooc.proposal.TeamMember;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A proposal as the API shows it. */
@Schema(name = "Proposal")
public record ProposalView(
        @Schema(description = "The MOOC id; it follows the MOOC through every service",
                example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID id,
        @Schema(example = "Quantum Computing for Engineers") String title,
        @Schema(example = "Quantum computing") String topic,
        String summary,
        String targetLearners,
        String impactPotential,
        String uniqueness,
        String researchEnvironment,
        String teacherBackground,
        String phases,
        List<TeamMember> team,
        ProposalContent.Resources resources,
        @Schema(example = "Compute") String department,
        Person instructor,
        @Schema(example = "true") boolean newContent,
        @Schema(example = "02180") String courseCode,
        @Schema(example = "2027-autumn") String plannedLaunchSemester,
        @Schema(example = "5000") Integer expectedEnrolments,
        @Schema(example = "DRAFT") ProposalStatus status,
        @Schema(description = "Optimistic-locking version; also the ETag", example = "0") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt) {

    @Schema(name = "Person")
    public record Person(
            @Schema(example = "7d3f0e5a-1111-4c2b-9a7e-000000000001") String id,
            @Schema(example = "Ida Instructor") String name,
            @Schema(example = "ida@example.org") String email) {
    }

    static ProposalView of(Proposal p) {
        return new ProposalView(p.id, p.title, p.topic, p.summary, p.targetLearners, p.impactPotential, p.uniqueness,
                p.researchEnvironment, p.teacherBackground, p.phases, List.copyOf(p.team),
                new ProposalContent.Resources(p.staffHours, p.assistants, p.videoBudgetDkk), p.department,
                new Person(p.instructorId, p.instructorName, p.instructorEmail), p.newContent, p.courseCode,
                p.plannedLaunchSemester, p.expectedEnrolments, p.status, p.version, p.createdAt, p.updatedAt,
                p.submittedAt);
    }
}
