package dk.mooc.production;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One thing waiting for the signed-in person in production, for their task inbox (docs/production.md, "My tasks"). The
 * same shape in every service; the SPA words it from {@code kind} and {@code params}, so it carries codes, not text.
 */
@Schema(name = "Task", description = "One action waiting for the signed-in person now, with its due date")
public record Task(
        @Schema(description = "What is to be done; the SPA words it and offers the action", example = "APPROVE_LAUNCH",
                required = true) Kind kind,
        @Schema(description = "The MOOC it is about", example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11", required = true)
        UUID moocId,
        @Schema(description = "What the action is on: the production (its id is the MOOC's) for the plan, milestones, "
                + "feedback rounds, user test and launch; the comment for RESOLVE_COMMENT; the booking for "
                + "CONFIRM_BOOKING; the maintenance task for COMPLETE_MAINTENANCE_TASK",
                example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11", required = true) UUID subjectId,
        @Schema(description = "The MOOC's title, as data", example = "Quantum Computing for Engineers", required = true)
        String title,
        @Schema(description = "The business due date (Copenhagen): the milestone's due date in the plan for the plan, "
                + "milestone, user-test, launch-approval and launch tasks; the booking's first day for CONFIRM_BOOKING; "
                + "null where the domain sets none (feedback and maintenance)", nullable = true, example = "2027-05-14")
        LocalDate dueDate,
        @Schema(description = "When it became this person's task", example = "2027-04-30T09:15:00+02:00", required = true)
        OffsetDateTime since,
        @Schema(description = "Codes and ids the SPA needs to word the task and link the action, never text: "
                + "milestone (COMPLETE_MILESTONE), round (RESOLVE_COMMENT, GIVE_FEEDBACK, CLOSE_FEEDBACK_ROUND), "
                + "studio (CONFIRM_BOOKING), semester and reviewId (COMPLETE_MAINTENANCE_TASK)",
                example = "{\"milestone\": \"PILOT_MODULE\"}", required = true) Map<String, String> params) {

    /** The kinds of task production has; each is one action a person takes on the production's page. */
    @Schema(name = "ProductionTaskKind", description = "AGREE_PLAN: agree the development plan (the instructor, the "
            + "MOOC's consultant). COMPLETE_MILESTONE: mark the current milestone you own done. RECORD_USER_TEST: record "
            + "the user test, now due (the instructor). REQUEST_LAUNCH_APPROVAL: ask the study board, now that the "
            + "launch approval is the next step or was declined (the instructor, the MOOC's consultant). APPROVE_LAUNCH: "
            + "approve or decline the requested launch (the department's study board). LAUNCH: every QA gate is met "
            + "(the instructor). RESOLVE_COMMENT: resolve or decline a feedback comment (the instructor). GIVE_FEEDBACK: "
            + "comment on a round you are invited to (the colleague, until their first comment). CLOSE_FEEDBACK_ROUND: "
            + "every comment is answered (the MOOC's consultant). CONFIRM_BOOKING: confirm or decline a studio request "
            + "(MediaLab). COMPLETE_MAINTENANCE_TASK: work a semester review asked for (the instructor, the MOOC's "
            + "consultant)")
    public enum Kind {
        AGREE_PLAN, COMPLETE_MILESTONE, RECORD_USER_TEST, REQUEST_LAUNCH_APPROVAL, APPROVE_LAUNCH, LAUNCH,
        RESOLVE_COMMENT, GIVE_FEEDBACK, CLOSE_FEEDBACK_ROUND, CONFIRM_BOOKING, COMPLETE_MAINTENANCE_TASK
    }
}
