package dk.mooc.analytics.client;

import java.util.Map;

/**
 * Why one course of a catalogue file (or page) cannot be stored: where (the element's number in a JSON file, the line
 * of a CSV file; 0 for the file as a whole), the field, a stable code the SPA words, and the code's parameters.
 */
public record CatalogueRowError(long row, String field, String code, Map<String, Object> params) {

    public CatalogueRowError {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** An English sentence for logs and the problem's detail. */
    public String message() {
        String where = row == 0 ? "the file" : "row " + row;
        return where + (field == null ? "" : ", " + field) + ": " + code + (params.isEmpty() ? "" : " " + params);
    }
}
