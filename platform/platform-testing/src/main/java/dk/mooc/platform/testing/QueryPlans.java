package dk.mooc.platform.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether a list's count can be read from an index alone (docs/performance.md, "a count from one index"): the rows of
 * the services' main tables are wide, and a count that reads them costs several times one that reads a narrow index.
 * A test takes the count statement a request really issues ({@link #countStatementOf}, through {@link StatementLog}),
 * asks PostgreSQL for its generic plan with sequential and bitmap scans switched off ({@link #indexScanPlan}), which
 * leaves an index-only scan only where one index holds every column the scope tests, and checks every read of the
 * table ({@link #assertIndexOnly}). A module's few rows would make PostgreSQL choose a sequential scan anyway, so what
 * is checked is that the index-only plan exists, not PostgreSQL's choice at 100,000 rows (which bench/run measures).
 */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** The one statement that counts rows of {@code table} while {@code request} runs (a full page's bounded count). */
    public static String countStatementOf(String table, Runnable request) {
        StatementLog.start();
        List<String> sql;
        try {
            request.run();
        } finally {
            sql = StatementLog.stop();
        }
        List<String> counts = sql.stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).contains("count(") && s.contains(" " + table + " "))
                .toList();
        assertEquals(1, counts.size(), "one count of " + table + " in: " + sql);
        return counts.get(0);
    }

    /**
     * PostgreSQL's generic plan for a JDBC statement (the one for any parameters), with only index scans allowed to read
     * a table. Prepared on the server, since JDBC binds every parameter it sends; explained with nulls, which a generic
     * plan does not look at.
     */
    public static List<String> indexScanPlan(DataSource dataSource, String sql) throws SQLException {
        int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                s.execute("set local enable_seqscan = off");
                s.execute("set local enable_bitmapscan = off");
                s.execute("set local plan_cache_mode = force_generic_plan");
                s.execute("prepare index_scan_plan as " + numbered(sql));
                List<String> plan = new ArrayList<>();
                String nulls = String.join(", ", Collections.nCopies(parameters, "null"));
                try (ResultSet rs = s.executeQuery("explain execute index_scan_plan" + (parameters == 0 ? "" : "(" + nulls + ")"))) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
                return plan;
            } finally {
                c.rollback();
                s.execute("deallocate all");
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** Fails unless the plan reads {@code table} (not another table whose name begins with it) by index-only scans alone. */
    public static void assertIndexOnly(String table, List<String> plan, String who, String sql) {
        Pattern readsTable = Pattern.compile(" on " + Pattern.quote(table) + "(\\s|$)");
        List<String> tableReads = plan.stream().filter(line -> readsTable.matcher(line).find()).toList();
        assertFalse(tableReads.isEmpty(), "the plan reads " + table + " somewhere: " + plan);
        assertTrue(tableReads.stream().allMatch(line -> line.contains("Index Only Scan")),
                who + "'s count reads " + table + " rows, not an index alone:\n" + String.join("\n", plan) + "\nfor: " + sql);
    }

    /** JDBC's {@code ?} parameters as PostgreSQL's {@code $1, $2, …}, for a statement prepared on the server. */
    static String numbered(String sql) {
        Matcher m = Pattern.compile("\\?").matcher(sql);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("$" + (++n)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
