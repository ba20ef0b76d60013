package dk.mooc.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The chair's decision on a case; the names are those of {@code mooc.review.decided.v1}. */
@Schema(name = "Outcome", description = "The chair's decision on a case")
public enum Outcome { APPROVED, REVISION_REQUESTED, REJECTED }
