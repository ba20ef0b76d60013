package dk.mooc.review;

/** Where a review case stands. */
public enum ReviewCaseStatus {
    /** Waiting for the committee's assessments and decision. */
    OPEN,
    /** The chair decided (approved, revision requested or rejected); the letter went to the instructor. */
    DECIDED,
    /** Closed without a decision: the proposal was withdrawn, or a resubmission superseded the round. */
    CLOSED
}
