package dk.mooc.analytics;

/** What an import was uploaded as. */
public enum ImportSource {
    /** One table, as its CSV file (the per-table endpoint, for automation and single fixes). */
    TABLE,
    /** The whole export as the zip archive Coursera delivers. */
    ZIP,
    /** The whole export as its folder of CSV files. */
    FOLDER
}
