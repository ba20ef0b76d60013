package dk.mooc.review;

/** Where a review case stands. Scoring, decisions and withdrawal extend this state machine. */
public enum ReviewCaseStatus {
    /** Waiting for the committee's assessments and decision. */
    OPEN,
    /** Closed without a decision, e.g. because the instructor withdrew the proposal. */
    CLOSED
}
