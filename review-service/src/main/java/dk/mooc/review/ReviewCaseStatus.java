package dk.mooc.review;

/** Where a review case stands. Scoring, decisions and withdrawal extend this state machine. */
public enum ReviewCaseStatus {
    /** Waiting for the committee's assessments and decision. */
    OPEN
}
