package dk.mooc.production;

/** Where a MOOC's production stands; planning, QA and launch extend this state machine. */
public enum ProductionStatus {
    /** Approved by the steering committee; the development plan is being made. */
    PLANNING
}
