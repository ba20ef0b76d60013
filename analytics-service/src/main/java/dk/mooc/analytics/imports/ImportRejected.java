package dk.mooc.analytics.imports;

/** A file that cannot be imported as it is: the table, the line (1 = the header) and the column, and why. */
public class ImportRejected extends RuntimeException {

    private final String table;
    private final long line;
    private final String column;

    public ImportRejected(String table, long line, String column, String message) {
        super(message);
        this.table = table;
        this.line = line;
        this.column = column;
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
}
