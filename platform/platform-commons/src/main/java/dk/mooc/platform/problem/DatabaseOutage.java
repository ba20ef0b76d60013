package dk.mooc.platform.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached from any other failure. The same outage arrives in many
 * wrappings (Hibernate's {@code JDBCConnectionException}, a {@code PersistenceException}, a failed commit, the pool's
 * own {@code SQLException}), so the whole cause chain is searched for one of:
 * <ul>
 *   <li>an {@link SQLException} of SQLState class 08 (connection exception: refused, broken, closed mid-request);</li>
 *   <li>SQLState 57P01 to 57P03: the server is shutting down, crashed, or is still starting;</li>
 *   <li>the connection pool's acquisition timeout: no connection within the acquisition timeout, because none can
 *       be opened or all are busy;</li>
 *   <li>a refused TCP connection.</li>
 * </ul>
 * Such a failure is transient: a request gets 503 with {@code Retry-After}, an incoming event is retried until the
 * database is back (never dead-lettered for it).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything in its cause chain, says the database cannot be reached. */
    public static boolean explains(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && seen.size() < 64) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (isOutage(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException s && s.getNextException() != null) {
                todo.add(s.getNextException());
            }
            // a failed commit may carry the connection's failure only as a suppressed exception
            Collections.addAll(todo, t.getSuppressed());
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException s) {
            String state = s.getSQLState();
            if (state != null) {
                return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
            }
            // Agroal's acquisition timeout has neither a type nor an SQLState of its own
            String message = s.getMessage();
            return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }
}
