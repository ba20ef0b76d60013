package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an import stands. */
@Schema(name = "ImportStatus", description = "RUNNING, COMPLETED, REJECTED (a file was invalid; nothing kept) or "
        + "FAILED (nothing kept)")
public enum ImportStatus {
    /** Reading the file; {@code rowsRead} grows. */
    RUNNING,
    /** Every row was valid and the table was merged. */
    COMPLETED,
    /** The file was invalid; nothing of it was kept. */
    REJECTED,
    /** Something else went wrong (e.g. the upload broke off); nothing of it was kept. */
    FAILED
}
