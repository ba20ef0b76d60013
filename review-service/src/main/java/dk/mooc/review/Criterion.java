package dk.mooc.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The programme's three assessment criteria (docs/review.md), each scored 1–5. */
@Schema(name = "Criterion", description = "The programme's assessment criteria: TOPIC (unique on Coursera and/or "
        + "anchored in a strong research environment), TEACHER (pedagogical skills and/or research background), RESOURCES "
        + "(allocated by the department)")
public enum Criterion {
    /** (a) The topic is unique in a Coursera context and/or anchored in a strong research environment. */
    TOPIC("Topic unique on Coursera and/or anchored in a strong research environment"),
    /** (b) The teacher's pedagogical skills and/or research background. */
    TEACHER("The teacher's pedagogical skills and/or research background"),
    /** (c) The resources the department allocated for production and running. */
    RESOURCES("Resources the department allocated for production and running");

    private final String description;

    Criterion(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
