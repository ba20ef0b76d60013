package dk.mooc.platform.jobs;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs a scheduled job on one replica at a time. The scheduler starts every {@code @Scheduled} method on every replica;
 * the jobs' own records (a reminder sent, a notice given) already keep an effect from happening twice, but two replicas
 * doing the same round at once would race for those records and one of them fail. So a round first takes a PostgreSQL
 * session advisory lock named after the job, on a connection of its own held for the round: a replica that finds it
 * taken skips the round (the other one is doing it). A replica that dies mid-round loses its connection, and with it
 * the lock, so the next round elsewhere goes ahead.
 */
@ApplicationScoped
public class JobLock {

    private static final Logger LOG = Logger.getLogger(JobLock.class);
    /** First key of the two-key advisory locks ("jobs"): apart from the outbox relay's and the services' own locks. */
    private static final int JOBS = 0x6a6f6273;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    /** Runs {@code round} unless another replica is running the job {@code job}; returns whether it ran here. */
    public boolean runAlone(String job, Runnable round) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!lock(c, "select pg_try_advisory_lock(?, ?)", job)) {
                registry.counter("mooc.jobs.skipped", "job", job).increment();
                LOG.debugf("Job %s runs on another instance: this round is skipped here", job);
                return false;
            }
            try {
                registry.counter("mooc.jobs.runs", "job", job).increment();
                round.run();
                return true;
            } finally {
                lock(c, "select pg_advisory_unlock(?, ?)", job);
            }
        } catch (SQLException e) {
            // no database, no round: the next one retries
            LOG.warnf("Job %s skipped: the database is not reachable (%s)", job, e.getMessage());
            return false;
        }
    }

    private static boolean lock(Connection c, String sql, String job) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, JOBS);
            s.setInt(2, job.hashCode());
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }
}
