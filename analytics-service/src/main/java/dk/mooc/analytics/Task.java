package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One thing waiting for the signed-in person in analytics, for their task inbox (docs/analytics.md, "My tasks"). The
 * same shape in every service; the SPA words it from {@code kind} and {@code params}, so it carries codes, not text.
 */
@Schema(name = "Task", description = "One action waiting for the signed-in person now, with its due date")
public record Task(
        @Schema(description = "What is to be done; the SPA words it and offers the action",
                example = "RECORD_SEMESTER_REVIEW", required = true) Kind kind,
        @Schema(description = "The MOOC it is about", example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11", required = true)
        UUID moocId,
        @Schema(description = "What the action is on: the semester review (the path's {id} under /semester-reviews)",
                example = "9a3e5c7b-1d2f-4e6a-8b0c-2d4f6a8c0e1a", required = true) UUID subjectId,
        @Schema(description = "The MOOC's title, as data", example = "Quantum Computing for Engineers", required = true)
        String title,
        @Schema(description = "The business due date: the day the semester's reviews are due (the reminder goes to the "
                + "study board then); null where the domain sets none", nullable = true, example = "2028-07-29")
        LocalDate dueDate,
        @Schema(description = "When it became this person's task: when the review was opened",
                example = "2028-07-01T06:00:00Z", required = true) OffsetDateTime since,
        @Schema(description = "Codes the SPA needs to word the task, never text: semester (YYYY-spring or YYYY-autumn)",
                example = "{\"semester\": \"2028-spring\"}", required = true) Map<String, String> params) {

    /** The kinds of task analytics has. */
    @Schema(name = "AnalyticsTaskKind", description = "RECORD_SEMESTER_REVIEW: decide a launched MOOC's semester review "
            + "(continue, revise or retire); the study board of the MOOC's department")
    public enum Kind { RECORD_SEMESTER_REVIEW }
}
