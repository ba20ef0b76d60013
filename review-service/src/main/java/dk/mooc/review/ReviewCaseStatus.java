package dk.mooc.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a review case stands. */
@Schema(name = "ReviewCaseStatus", description = "OPEN (waiting for assessments and the decision), DECIDED, or CLOSED "
        + "(without a decision: withdrawn, or superseded by a resubmission)")
public enum ReviewCaseStatus {
    /** Waiting for the committee's assessments and decision. */
    OPEN,
    /** The chair decided (approved, revision requested or rejected); the letter went to the instructor. */
    DECIDED,
    /** Closed without a decision: the proposal was withdrawn, or a resubmission superseded the round. */
    CLOSED
}
