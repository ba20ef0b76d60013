package dk.mooc.proposal.rest;

import dk.mooc.proposal.service.ProposalContent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editable content of a proposal, as the instructor sends it. */
@Schema(name = "ProposalInput", description = "The application's content as written by the instructor")
public record ProposalInput(
        @NotBlank @Size(max = 200)
        @Schema(example = "Quantum Computing for Engineers", required = true) String title,
        @Size(max = 4000)
        @Schema(example = "A hands-on introduction to quantum algorithms for engineering students worldwide.")
        String summary,
        @NotNull
        @Schema(description = "true for new content; false when the MOOC builds on an existing course",
                example = "true", required = true) Boolean newContent,
        @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]*", message = "may contain letters, digits and '-' only")
        @Schema(description = "The existing course it builds on; required when newContent is false", example = "02180")
        String courseCode,
        @NotBlank @Pattern(regexp = "\\d{4}-(spring|autumn)", message = "must look like 2027-spring or 2027-autumn")
        @Schema(example = "2027-autumn", required = true) String plannedLaunchSemester,
        @Min(0) @Max(10_000_000)
        @Schema(description = "Learners expected to enrol in the first year", example = "5000") Integer expectedEnrolments) {

    ProposalContent toContent() {
        return new ProposalContent(title.trim(), summary, newContent, courseCode, plannedLaunchSemester, expectedEnrolments);
    }
}
