package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The study board's semester decision on a launched MOOC. */
@Schema(name = "ReviewOutcome", description = "The study board's decision: CONTINUE as it is, REVISE (with actions), "
        + "RETIRE (take it off Coursera)")
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
