package dk.mooc.review.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import dk.mooc.review.ReviewCase;

import java.time.OffsetDateTime;
import java.util.List;
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
        OffsetDateTime submittedAt,
        String topic,
        Resources resources,
        List<ReviewCase.TeamMember> team) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resources(Integer staffHours, Integer assistants, Integer videoBudgetDkk) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Instructor(@NotBlank String id, @NotBlank String name, String email) {
    }
}
