package dk.mooc.review;

/** A member's overall recommendation. */
public enum Recommendation { APPROVE, REVISE, REJECT }
