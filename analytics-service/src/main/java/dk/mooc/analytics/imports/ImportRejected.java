package dk.mooc.analytics.imports;

import dk.mooc.analytics.ImportProblem;

import java.util.Map;

/**
 * A file that cannot be imported as it is: the table, the line (1 = the header) and the column, and why: a code with
 * parameters for the API's readers, and an English message for the log and the problem's detail.
 */
public class ImportRejected extends RuntimeException {

    private final String table;
    private final long line;
    private final String column;
    private final ImportProblem code;
    private final Map<String, String> params;

    public ImportRejected(String table, long line, String column, ImportProblem code, Map<String, String> params,
                          String message) {
        super(message);
        this.table = table;
        this.line = line;
        this.column = column;
        this.code = code;
        this.params = Map.copyOf(params);
    }

    public String table() {
        return table;
    }

    public long line() {
        return line;
    }

    /** The offending column's name from the header, or null when the line as a whole is malformed. */
    public String column() {
        return column;
    }

    public ImportProblem code() {
        return code;
    }

    public Map<String, String> params() {
        return params;
    }
}
