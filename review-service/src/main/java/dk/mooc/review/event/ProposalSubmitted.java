package dk.mooc.review.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's own trimmed view of {@code mooc.proposal.submitted.v1}: only the fields it reads.
 * Unknown fields are ignored (tolerant reader), so the producer can add optional fields freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProposalSubmitted(
        @NotNull UUID moocId,
        @NotNull Integer proposalVersion,
        @NotBlank String title,
        String summary,
        @NotNull Instructor instructor,
        @NotBlank String department,
        boolean newContent,
        String courseCode,
        String plannedLaunchSemester,
        Integer expectedEnrolments,
        OffsetDateTime submittedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Instructor(@NotBlank String id, @NotBlank String name, String email) {
    }
}
