package dk.mooc.analytics.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's own trimmed view of {@code mooc.course.launched.v1} (production-service's contract): only the
 * fields it keeps. Unknown fields are ignored (tolerant reader); a missing required field makes the event poison.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CourseLaunched(
        @NotNull UUID moocId,
        UUID productionId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String department,
        @NotNull @Valid Instructor instructor,
        @Size(max = 50) String courseCode,
        Boolean newContent,
        @Pattern(regexp = "[0-9]{4}-(spring|autumn)") String plannedLaunchSemester,
        @Min(0) Integer expectedEnrolments,
        @NotBlank @Size(max = 500) String courseUrl,
        @NotNull LocalDate launchDate,
        @NotNull OffsetDateTime launchedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Instructor(@NotBlank @Size(max = 100) String id, @NotBlank @Size(max = 200) String name,
                             @Size(max = 320) String email) {
    }
}
