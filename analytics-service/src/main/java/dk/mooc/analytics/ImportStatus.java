package dk.mooc.analytics;

/** Where an import stands. */
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
