package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import was uploaded as. */
@Schema(name = "ImportSource", description = "What the import was uploaded as: TABLE (one table's CSV file), ZIP (the "
        + "whole export's zip archive), FOLDER (the whole export's folder)")
public enum ImportSource {
    /** One table, as its CSV file (the per-table endpoint, for automation and single fixes). */
    TABLE,
    /** The whole export as the zip archive Coursera delivers. */
    ZIP,
    /** The whole export as its folder of CSV files. */
    FOLDER
}
