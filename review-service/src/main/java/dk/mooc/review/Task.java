package dk.mooc.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Something waiting for the caller on one review case that the caller may do now: an entry of the task inbox. The same
 * shape in every service; the kinds are this service's. It carries codes and data only, the SPA writes the sentence.
 */
@Schema(name = "Task", description = "Something waiting for you that you may do now, on one review case")
public record Task(
        @Schema(description = "What is to be done", required = true, example = "ASSESS_CASE") Kind kind,
        @Schema(description = "The MOOC id, shared with every other service", required = true,
                example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(description = "What the action is on: the review case (its id, not the MOOC id)", required = true,
                example = "0b7e3f7a-3c1d-4a5e-8f00-5d2a9c1b7e44") UUID subjectId,
        @Schema(description = "The proposal's title as submitted for this round, as data", required = true,
                example = "Quantum Computing for Engineers") String title,
        @Schema(description = "The day (Copenhagen) of the committee meeting whose agenda the case is on: assessments "
                + "are due before it and the decision is made at it; null while the case is on no meeting's agenda",
                nullable = true, example = "2027-03-01") LocalDate dueDate,
        @Schema(description = "When it became your task: when you joined the case (declaring), declared no conflict "
                + "(assessing), or the case opened or was handed over to or back from an acting chair (deciding)",
                required = true, example = "2027-02-10T09:30:00Z") OffsetDateTime since,
        @Schema(description = "Codes and ids for wording and doing the task, never a sentence. `round` (every kind); "
                + "`meetingId` (every kind, while the case is on a meeting's agenda); `automaticConflict`: true when the "
                + "platform flagged a conflict of interest (DECLARE_CONFLICT_OF_INTEREST); `assessments` in and the "
                + "`quorum` a decision needs, below which a reason is asked for, and `actingChair`: true when you decide "
                + "as the case's acting chair (SEND_DECISION)", required = true,
                example = "{\"round\": \"1\", \"meetingId\": \"3c9a1f2e-7b4d-4e5a-9c8b-1a2b3c4d5e6f\", "
                        + "\"assessments\": \"1\", \"quorum\": \"2\", \"actingChair\": \"false\"}")
        Map<String, String> params) {

    /** The committee's steps on a case a person can be waited for (docs/review.md). */
    @Schema(name = "ReviewTaskKind", description = "What is to be done: DECLARE_CONFLICT_OF_INTEREST (a member of the "
            + "case who has not declared yet), ASSESS_CASE (a declared member without a conflict whose assessment is "
            + "not in), SEND_DECISION (the case's deciding chair: the chair, or the acting chair it was handed to; "
            + "never someone with a conflict of interest)")
    public enum Kind {
        DECLARE_CONFLICT_OF_INTEREST, ASSESS_CASE, SEND_DECISION
    }
}
