package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one table of a whole-export import stands. The export is kept whole or not at all. */
@Schema(name = "TableImportStatus", description = "Where one table of an import stands; the export is kept whole or "
        + "not at all")
public enum TableImportStatus {
    /** Waiting for the tables before it. */
    PENDING,
    /** Being read; {@code rowsRead} and {@code bytesRead} grow. */
    RUNNING,
    /** Read and valid; kept when the whole export completes. */
    VALIDATED,
    /** Kept: the whole export completed. */
    COMPLETED,
    /** Invalid: the problem names the line and column; nothing of the export was kept. */
    REJECTED,
    /** Valid, or not read, but not kept, because another table of the export was rejected or the import failed. */
    NOT_KEPT
}
