package dk.mooc.platform.problem;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures count as the database being away (503, event retried until it is back), and which do not. */
class DatabaseOutageTest {

    private static SQLException state(String sqlState) {
        return new SQLException("from the driver", sqlState);
    }

    @Test
    void connectionFailuresAndServerShutdownsAnywhereInTheCauseChainAreAnOutage() {
        assertTrue(DatabaseOutage.explains(state("08001")), "connection refused");
        assertTrue(DatabaseOutage.explains(state("08006")), "connection failure mid-request");
        assertTrue(DatabaseOutage.explains(state("08003")), "connection already closed");
        assertTrue(DatabaseOutage.explains(state("57P01")), "admin shutdown");
        assertTrue(DatabaseOutage.explains(state("57P02")), "crash shutdown");
        assertTrue(DatabaseOutage.explains(state("57P03")), "cannot connect now (starting up)");
        assertTrue(DatabaseOutage.explains(new SQLException("Sorry, acquisition timeout!")), "the pool's timeout");
        assertTrue(DatabaseOutage.explains(new SQLTransientConnectionException("x", "08001")));
        assertTrue(DatabaseOutage.explains(new IllegalStateException(new ConnectException("Connection refused"))));
        // wrapped as Hibernate and the transaction manager do
        assertTrue(DatabaseOutage.explains(new PersistenceException("JDBC exception executing SQL",
                new RuntimeException("wrapped", state("08006")))));
        SQLException chained = new SQLException("batch failed", "XX000");
        chained.setNextException(state("08006"));
        assertTrue(DatabaseOutage.explains(new PersistenceException(chained)), "the next exception of a batch");
        RuntimeException commit = new RuntimeException("commit failed");
        commit.addSuppressed(state("57P01"));
        assertTrue(DatabaseOutage.explains(commit), "a suppressed exception");
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNotAnOutage() {
        assertFalse(DatabaseOutage.explains(null));
        assertFalse(DatabaseOutage.explains(state("23505")), "unique violation");
        assertFalse(DatabaseOutage.explains(state("40001")), "serialization failure: retried by the caller, not 503");
        assertFalse(DatabaseOutage.explains(state("57014")), "query cancelled (statement timeout)");
        assertFalse(DatabaseOutage.explains(new SQLException("no state at all")));
        assertFalse(DatabaseOutage.explains(new PersistenceException(new IllegalStateException("a bug"))));
        RuntimeException cyclic = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", cyclic);
        cyclic.initCause(other);
        assertFalse(DatabaseOutage.explains(cyclic), "a cause cycle ends");
    }

    @Test
    void outageWarningsLoseTheirStackTraceButErrorsAndOtherWarningsKeepIt() {
        DatabaseOutageLogFilter filter = new DatabaseOutageLogFilter();
        LogRecord outageWarning = new LogRecord(Level.WARNING, "rollback failed");
        outageWarning.setThrown(new RuntimeException(state("08003")));
        assertTrue(filter.isLoggable(outageWarning));
        assertNull(outageWarning.getThrown());

        LogRecord outageError = new LogRecord(Level.SEVERE, "unexpected");
        outageError.setThrown(new RuntimeException(state("08003")));
        assertTrue(filter.isLoggable(outageError));
        assertNotNull(outageError.getThrown());

        LogRecord otherWarning = new LogRecord(Level.WARNING, "something else");
        otherWarning.setThrown(new IllegalStateException("a bug"));
        assertTrue(filter.isLoggable(otherWarning));
        assertNotNull(otherWarning.getThrown());
    }
}
