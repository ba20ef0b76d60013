package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a MOOC is in the programme, as the portfolio shows it. */
@Schema(name = "PortfolioStage", description = "Where a MOOC is in the programme")
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
