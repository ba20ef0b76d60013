package dk.mooc.review;

/** The chair's decision on a case; the names are those of {@code mooc.review.decided.v1}. */
public enum Outcome { APPROVED, REVISION_REQUESTED, REJECTED }
