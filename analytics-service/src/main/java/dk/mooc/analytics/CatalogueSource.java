package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a catalogue sync read the courses from. */
@Schema(name = "CatalogueSource", description = "Where the catalogue came from: API (Coursera's public catalogue API, "
        + "the scheduled sync) or FILE (a catalogue file the LearningLab imported)")
public enum CatalogueSource {
    API,
    FILE
}
