package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a MOOC is in the programme, as the portfolio shows it. */
@Schema(name = "PortfolioStage", description = "Where a MOOC is in the programme: PROPOSAL (a draft, or a revision "
        + "being prepared), REVIEW (submitted; the steering committee reviews it), PRODUCTION (approved and being "
        + "produced), LAUNCHED (live on Coursera), RETIRED (closed after a semester review), WITHDRAWN (the instructor "
        + "withdrew the proposal), REJECTED (the steering committee rejected it)")
public enum PortfolioStage {
    /** A draft or a revision being prepared (proposal-service). */
    PROPOSAL,
    /** Submitted; the steering committee reviews it (review-service). */
    REVIEW,
    /** Approved and being produced (production-service). */
    PRODUCTION,
    /** Live on Coursera (analytics-service follows it). */
    LAUNCHED,
    /** Closed after a semester review. */
    RETIRED,
    WITHDRAWN,
    REJECTED
}
