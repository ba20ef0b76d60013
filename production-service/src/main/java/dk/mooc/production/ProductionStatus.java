package dk.mooc.production;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a MOOC's production stands (docs/production.md). */
@Schema(name = "ProductionStatus", description = "Where the production stands: PLANNING (the plan is being agreed), "
        + "IN_PRODUCTION (the plan is agreed), LAUNCHED (live on Coursera), RETIRED (closed by a semester review)")
public enum ProductionStatus {
    /** Approved by the steering committee; the development plan is being agreed with the consultant. */
    PLANNING,
    /** The plan is agreed (its first version is the baseline); the MOOC is being produced. */
    IN_PRODUCTION,
    /** Live on Coursera; semester reviews may add maintenance tasks. */
    LAUNCHED,
    /** Closed after a semester review decided to retire it. */
    RETIRED
}
