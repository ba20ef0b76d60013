package dk.mooc.analytics.imports;

import dk.mooc.analytics.ImportProblem;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * Streams one export table into the database on the caller's connection and transaction, in bounded memory:
 * each row is read, validated and written at once into a temporary staging table with PostgreSQL's binary
 * {@code COPY}; then one {@code insert … select} merges the staged rows by their natural key. Every check that needs
 * no other row (values, states, times) is made as the row is read, so the first invalid row throws
 * {@link ImportRejected} and the caller's rollback leaves nothing of the file behind.
 */
public final class ExportLoader {

    /** Longest field accepted (free-text context columns included); longer is refused, not buffered. */
    public static final int MAX_FIELD = 10_000;
    private static final Pattern USER_ID_COLUMN = Pattern.compile("([a-z0-9]+_)?user_id");
    /** Statistics target of a staged table other than progress: ANALYZE samples 300 times as many rows. */
    private static final int STAGE_STATISTICS = 10;
    /** Memory PostgreSQL may use to sort the staged rows for the merge (the database's, not this service's heap). */
    private static final String MERGE_WORK_MEM = "64MB";

    /** Rows read from the file (the header not counted) and rows inserted or changed in the stored table. */
    public record Result(long rowsRead, long rowsChanged) {
    }

    private ExportLoader() {
    }

    /**
     * Loads the table's rows for the MOOC, learner ids replaced by {@code pseudonym}. {@code progress} is told the rows
     * read every {@code progressEvery} rows.
     */
    public static Result load(Connection connection, ExportTable table, UUID moocId, InputStream body,
                              ToLongFunction<String> pseudonym, Instant uploadedAt, LocalDate launchedOn,
                              long progressEvery, LongConsumer progress) throws SQLException, IOException {
        // the MOOC id is a UUID, so it can stand in the SQL as a literal
        String mooc = "'" + moocId + "'::uuid";
        SortedMap<Integer, String> states = table.statesQuery() == null ? null : states(connection, table, mooc);
        try (Statement st = connection.createStatement()) {
            st.execute("create temp table import_stage (line bigint not null, " + table.stagingColumns()
                    + ") on commit drop");
        }
        CsvReader csv = new CsvReader(body, MAX_FIELD);
        String name = table.tableName();
        List<String> header = read(csv, name);
        if (header == null) {
            throw new ImportRejected(name, 1, null, ImportProblem.FILE_EMPTY, Map.of(),
                    "the file is empty: its first line must be the header");
        }
        Map<String, Integer> columns = columns(header, table);
        Row row = new Row(name, columns, pseudonym);
        // what cannot be true: activity after the upload, or before the course's launch day (UTC)
        Map<String, Boolean> times = new HashMap<>();
        table.times().values().forEach(column -> times.put(column, table.activity()));
        row.refuseTimes(times, uploadedAt, launchedOn);

        String stagingNames = table.stagingColumns().replaceAll(" [a-z]+(,|$)", "$1");
        int values = 1 + table.stagedValues();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy import_stage (line, " + stagingNames + ") from stdin (format binary)");
        long rows = 0;
        try {
            StageWriter out = new StageWriter(copy);
            List<String> fields;
            while ((fields = read(csv, name)) != null) {
                long line = csv.recordLine();
                if (fields.size() != header.size()) {
                    throw new ImportRejected(name, line, fields.size() < header.size() ? header.get(fields.size()) : null,
                            ImportProblem.WRONG_VALUE_COUNT, ImportProblem.params("values", fields.size(), "columns",
                            header.size()), "the line has " + fields.size() + (fields.size() == 1 ? " value" : " values") + ", the header "
                                    + header.size() + " columns");
                }
                row.set(fields, line);
                out.row(values);
                out.int8(line);
                table.stage(row, out, states);
                rows++;
                if (rows % progressEvery == 0) {
                    progress.accept(rows);
                }
            }
            out.finish();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        long changed;
        try (Statement st = connection.createStatement()) {
            // the merge's plan (anti-join, sort) depends on how many rows were staged and whether keys repeat; a
            // small sample tells that, except for the millions of progress rows, whose plan was measured with the
            // default (set each time: a whole export loads its tables in one transaction)
            st.execute("set local default_statistics_target to "
                    + (table == ExportTable.PROGRESS ? "default" : STAGE_STATISTICS));
            st.execute("analyze import_stage");
            st.execute("set local work_mem = '" + MERGE_WORK_MEM + "'");
            changed = 0;
            for (String merge : table.merge()) {
                changed += st.executeUpdate(merge.replace("?1", mooc));
            }
            st.execute("drop table import_stage");
        }
        return new Result(rows, changed);
    }

    /** The course's states for the table: its lookup when imported, else the documented ones. */
    private static SortedMap<Integer, String> states(Connection connection, ExportTable table, String mooc)
            throws SQLException {
        SortedMap<Integer, String> states = new TreeMap<>();
        try (Statement st = connection.createStatement(); ResultSet r = st.executeQuery(
                "select state_id, description from (" + table.statesQuery().replace("?1", mooc) + ") k")) {
            while (r.next()) {
                states.put(r.getInt(1), r.getString(2));
            }
        }
        return states;
    }

    private static List<String> read(CsvReader csv, String table) throws IOException {
        try {
            return csv.next();
        } catch (CsvReader.FormatException e) {
            throw new ImportRejected(table, e.line(), null, e.code(), e.params(), e.getMessage());
        }
    }

    /** Column positions by name, the user id column also under {@link ExportTable#USER_ID}; checks the header. */
    static Map<String, Integer> columns(List<String> header, ExportTable table) {
        String name = table.tableName();
        Map<String, Integer> columns = new HashMap<>();
        List<String> userIds = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).trim().toLowerCase(Locale.ROOT);
            header.set(i, column);
            if (column.isEmpty()) {
                throw new ImportRejected(name, 1, null, ImportProblem.HEADER_COLUMN_UNNAMED,
                        Map.of("position", String.valueOf(i + 1)), "column " + (i + 1) + " of the header has no name");
            }
            if (columns.put(column, i) != null) {
                throw new ImportRejected(name, 1, column, ImportProblem.COLUMN_TWICE, Map.of(), "appears twice in the header");
            }
            if (USER_ID_COLUMN.matcher(column).matches()) {
                userIds.add(column);
            }
        }
        if (!table.hasUserId()) {
            userIds.clear();
        } else if (userIds.isEmpty()) {
            throw new ImportRejected(name, 1, ExportTable.USER_ID, ImportProblem.NO_USER_ID_COLUMN,
                    Map.of("required", String.join(", ", table.required())), "the header has no user id column (user_id or "
                    + "<partner>_user_id); required columns: " + String.join(", ", table.required()));
        }
        if (table.hasUserId() && userIds.size() > 1) {
            throw new ImportRejected(name, 1, userIds.get(1), ImportProblem.SEVERAL_USER_ID_COLUMNS,
                    Map.of("columns", String.join(", ", userIds)), "the header has more than one user id column: "
                    + String.join(", ", userIds));
        }
        for (String required : table.required()) {
            if (!columns.containsKey(required)) {
                String all = (table.hasUserId() ? "<partner>_user_id, " : "") + String.join(", ", table.required());
                throw new ImportRejected(name, 1, required, ImportProblem.COLUMN_MISSING, Map.of("required", all),
                        "is missing from the header; required columns: "
                        + (table.hasUserId() ? "<partner>_user_id, " : "") + String.join(", ", table.required()));
            }
        }
        if (table.hasUserId()) {
            columns.put(ExportTable.USER_ID, columns.get(userIds.get(0)));
        }
        return columns;
    }
}
