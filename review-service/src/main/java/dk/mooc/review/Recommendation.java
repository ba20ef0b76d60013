package dk.mooc.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's overall recommendation. */
@Schema(name = "Recommendation", description = "A member's overall recommendation")
public enum Recommendation { APPROVE, REVISE, REJECT }
