package dk.mooc.production;

/** Where a MOOC's production stands; QA and launch extend this state machine. */
public enum ProductionStatus {
    /** Approved by the steering committee; the development plan is being agreed with the consultant. */
    PLANNING,
    /** The plan is agreed (its first version is the baseline); the MOOC is being produced. */
    IN_PRODUCTION
}
