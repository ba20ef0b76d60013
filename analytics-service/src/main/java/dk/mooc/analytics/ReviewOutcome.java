package dk.mooc.analytics;

/** The study board's semester decision on a launched MOOC. */
public enum ReviewOutcome {
    /** Keep running as it is. */
    CONTINUE,
    /** Keep running, with the actions the board asks for (production-service adds maintenance tasks). */
    REVISE,
    /** Take it off Coursera (production-service retires the course). */
    RETIRE;

    public boolean needsComments() {
        return this != CONTINUE;
    }
}
