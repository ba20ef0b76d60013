package dk.mooc.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The local stack's databases (one per service on the stack's PostgreSQL), read by the tests that check what the
 * services stored: short timeouts, so that a test polling during an outage is not stuck on a dead connection.
 */
public final class StackDatabases {

    private StackDatabases() {
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:55432/" + database
                + "?connectTimeout=3&socketTimeout=10", "postgres", "postgres");
    }

    /** The first column of the first row, or null without rows. */
    public static String one(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int k = 0; k < params.length; k++) {
                s.setObject(k + 1, params[k]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** A count(*) query's answer. */
    public static long count(Connection c, String sql, Object... params) throws SQLException {
        return Long.parseLong(one(c, sql, params));
    }

    /** The first column of every row. */
    public static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** The first column of every row mapped to its second. */
    public static Map<String, String> pairs(Connection c, String sql) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }
}
