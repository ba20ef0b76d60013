package dk.mooc.proposal;

/** Where a proposal stands. The full workflow (consultation, endorsements) extends this state machine. */
public enum ProposalStatus {
    /** Being written by the instructor; only a draft can be edited. */
    DRAFT,
    /** Sent to the steering committee; a review case is opened for it. */
    SUBMITTED,
    /** Withdrawn by the instructor before the committee's decision; final. */
    WITHDRAWN
}
