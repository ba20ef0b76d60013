package dk.mooc.platform.problem;

import io.quarkus.logging.LoggingFilter;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Keeps a database outage from filling the log with stack traces: a warning (from any library: the transaction
 * manager's failed rollback on a broken connection, the pool, the outbox relay) whose exception is a
 * {@link DatabaseOutage} is logged as its message line alone. Errors keep their stack traces. Each refused request
 * is logged once by {@link ProblemMappers}, and readiness shows the outage.
 */
@LoggingFilter(name = "database-outage")
public final class DatabaseOutageLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown != null && record.getLevel().intValue() < Level.SEVERE.intValue() && DatabaseOutage.explains(thrown)) {
            record.setThrown(null);
        }
        return true;
    }
}
