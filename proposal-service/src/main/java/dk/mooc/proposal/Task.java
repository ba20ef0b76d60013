package dk.mooc.proposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Something waiting for the caller on one proposal that the caller may do now: an entry of the task inbox. The same
 * shape in every service; the kinds are this service's. It carries codes and data only, the SPA writes the sentence.
 */
@Schema(name = "Task", description = "Something waiting for you that you may do now, on one proposal")
public record Task(
        @Schema(description = "What is to be done", required = true, example = "SIGN_AS_HEAD") Kind kind,
        @Schema(description = "The MOOC id: the proposal's id, which follows the MOOC through every service",
                required = true, example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(description = "What the action is on: here always the proposal, so the same id as moocId",
                required = true, example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID subjectId,
        @Schema(description = "The proposal's title, as data", required = true, example = "Quantum Computing for Engineers")
        String title,
        @Schema(description = "The business date the task is due by (the same field in every service's tasks); the "
                + "proposal workflow sets no dates, so it is null on every proposal task", nullable = true,
                example = "2027-03-01") LocalDate dueDate,
        @Schema(description = "When it became your task: when the draft was started, the consultation requested or "
                + "taken, the endorsement requested, or the proposal last handed back to its instructor",
                required = true, example = "2026-11-02T09:30:00Z") OffsetDateTime since,
        @Schema(description = "Codes and ids for wording and doing the task, never a sentence. `revision`: the version "
                + "the task is on (every kind); `contentHash`: the content the endorsement is for, to send with the "
                + "decision (GIVE_BOARD_APPROVAL, SIGN_AS_HEAD); `department` (TAKE_CONSULTATION, GIVE_BOARD_APPROVAL, "
                + "SIGN_AS_HEAD); `missing`: the empty fields, comma-separated (COMPLETE_APPLICATION); `endorsers`: "
                + "STUDY_BOARD and/or HEAD_OF_DEPARTMENT, comma-separated, who will be asked (REQUEST_ENDORSEMENTS); "
                + "`requestedBy`: COMMITTEE, STUDY_BOARD and/or HEAD_OF_DEPARTMENT, comma-separated, who asked for the "
                + "revision (REVISE_PROPOSAL)", required = true,
                example = "{\"revision\": \"2\", \"contentHash\": "
                        + "\"9f2c1a0b7e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b\", \"department\": \"Compute\"}")
        Map<String, String> params) {

    /** The proposal workflow's steps a person can be waited for (docs/proposals.md, "The workflow"). */
    @Schema(name = "ProposalTaskKind", description = "What is to be done: the instructor's REQUEST_CONSULTATION, "
            + "COMPLETE_APPLICATION, REQUEST_ENDORSEMENTS, REVISE_PROPOSAL (the committee asked for a revision, or an "
            + "endorser declined) and SUBMIT_PROPOSAL (both endorsements hold); a consultant's TAKE_CONSULTATION (the "
            + "LearningLab's queue) and RECORD_CONSULTATION (one they took); the study board's GIVE_BOARD_APPROVAL; the "
            + "Head of Department's SIGN_AS_HEAD")
    public enum Kind {
        REQUEST_CONSULTATION, TAKE_CONSULTATION, RECORD_CONSULTATION, COMPLETE_APPLICATION, REQUEST_ENDORSEMENTS,
        GIVE_BOARD_APPROVAL, SIGN_AS_HEAD, REVISE_PROPOSAL, SUBMIT_PROPOSAL
    }
}
