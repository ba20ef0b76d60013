package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a catalogue sync ended. */
@Schema(name = "CatalogueSyncOutcome", description = "RUNNING while it reads, SUCCEEDED when every course was stored, "
        + "FAILED when the source could not be read (nothing of that sync is kept; the catalogue stays as it was)")
public enum CatalogueSyncOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED
}
