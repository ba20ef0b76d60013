package dk.mooc.proposal.rest;

import dk.mooc.platform.web.SingleLine;
import dk.mooc.proposal.ProposalContent;
import dk.mooc.proposal.TeamMember;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The editable content of a proposal, as the instructor sends it. Only the title, new-content flag and
 * planned launch are needed to start a draft; the rest can be filled in while working with the consultant.
 */
@Schema(name = "ProposalInput", description = "The application's content as written by the instructor")
public record ProposalInput(
        @NotBlank @Size(max = 200) @SingleLine
        @Schema(description = "The MOOC's title", example = "Quantum Computing for Engineers", required = true) String title,
        @Size(max = 200) @SingleLine @Schema(description = "Field or topic", example = "Quantum computing") String topic,
        @Size(max = 4000)
        @Schema(description = "What the MOOC is about", example = "A hands-on introduction to quantum algorithms for engineering students worldwide.")
        String summary,
        @Size(max = 2000) @Schema(description = "Who it is for", example = "Engineering students and professionals with linear algebra")
        String targetLearners,
        @Size(max = 4000) @Schema(description = "Impact potential", example = "Strengthens the university's profile in quantum technology")
        String impactPotential,
        @Min(0) @Max(10_000_000)
        @Schema(description = "Learners expected to enrol in the first year", example = "5000") Integer expectedEnrolments,
        @Size(max = 4000) @Schema(description = "Why the topic is unique in the Coursera catalogue")
        String uniqueness,
        @Size(max = 4000) @Schema(description = "The research environment the topic is anchored in")
        String researchEnvironment,
        @Size(max = 4000) @Schema(description = "The teacher's pedagogical and research background")
        String teacherBackground,
        @NotNull
        @Schema(description = "true for new content; false when the MOOC builds on an existing course",
                example = "true", required = true) Boolean newContent,
        @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]*", message = "may contain letters, digits and '-' only")
        @Schema(description = "The existing course it builds on; required when newContent is false", example = "02180")
        String courseCode,
        @Size(max = 4000) @Schema(description = "Overall planning: phases and timeline") String phases,
        @NotBlank @Pattern(regexp = "\\d{4}-(spring|autumn)", message = "must look like 2027-spring or 2027-autumn")
        @Schema(description = "The semester it is planned to launch in", example = "2027-autumn", required = true)
        String plannedLaunchSemester,
        @Size(max = 30) @Schema(description = "The team, at most 30 members; each entry grants read access to the first "
                + "account that signs in with its verified e-mail address") List<@Valid @NotNull Member> team,
        @Valid @Schema(description = "What the department allocates") Resources resources) {

    @Schema(name = "TeamMemberInput", description = "A person on the team")
    public record Member(
            @NotBlank @Size(max = 200) @SingleLine @Schema(description = "Their name", example = "Sofie Student",
                    required = true) String name,
            @Email @Size(max = 200) @SingleLine @Schema(description = "Their e-mail address; optional, but without it the "
                    + "entry never grants access", example = "sofie@example.org") String email,
            @NotNull @Schema(description = "Their role on the team", example = "STUDENT_ASSISTANT", required = true)
            TeamMember.TeamRole role) {
    }

    @Schema(name = "ResourcesInput", description = "What the department allocates")
    public record Resources(
            @Min(0) @Max(100_000) @Schema(description = "Staff hours for production and running", example = "400") Integer staffHours,
            @Min(0) @Max(100) @Schema(description = "Number of assistants", example = "2") Integer assistants,
            @Min(0) @Max(10_000_000) @Schema(description = "Video budget in DKK", example = "35000") Integer videoBudgetDkk) {
    }

    ProposalContent toContent() {
        List<TeamMember> members = team == null ? List.of()
                : team.stream().map(m -> new TeamMember(m.name().trim(), m.email(), m.role())).toList();
        ProposalContent.Resources r = resources == null ? ProposalContent.Resources.NONE
                : new ProposalContent.Resources(resources.staffHours(), resources.assistants(), resources.videoBudgetDkk());
        return new ProposalContent(title.trim(), topic, summary, targetLearners, impactPotential, expectedEnrolments,
                uniqueness, researchEnvironment, teacherBackground, newContent, courseCode, phases, plannedLaunchSemester,
                members, r);
    }
}
