package dk.mooc.review.platform;

import dk.mooc.platform.jobs.JobLock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's {@link JobLock} on the service's real PostgreSQL: a scheduled job's round runs on one instance at a
 * time. "Another instance" is played by a second caller (its own thread and database connection, as a second JVM
 * would have) and by a plain connection holding the same advisory lock.
 */
@QuarkusTest
class JobLockTest {

    @Inject
    JobLock jobs;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** A connection outside the service's pool: as another instance has (closing it really ends the session). */
    private Connection otherProcess() throws java.sql.SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Job locks held right now, by any session. */
    private long jobLocksHeld() throws java.sql.SQLException {
        try (Connection c = otherProcess(); PreparedStatement s = c.prepareStatement(
                "select count(*) from pg_locks where locktype = 'advisory' and classid = ? and objsubid = 2")) {
            s.setLong(1, 0x6a6f6273);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aRoundRunningElsewhereMakesThisInstanceSkipAndTheNextRoundRuns() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> jobs.runAlone("test-job", () -> {
            rounds.incrementAndGet();
            inside.countDown();
            await(release);
        }));
        assertTrue(inside.await(10, TimeUnit.SECONDS), "the first round started");

        // while it runs, the same job elsewhere skips its round; another job is not held up
        assertFalse(jobs.runAlone("test-job", rounds::incrementAndGet), "a second round of the same job at the same time");
        AtomicInteger other = new AtomicInteger();
        assertTrue(jobs.runAlone("another-job", other::incrementAndGet));
        assertEquals(1, other.get());

        release.countDown();
        assertTrue(first.get(10, TimeUnit.SECONDS));
        assertEquals(1, rounds.get(), "only the first round did the work");
        assertTrue(jobs.runAlone("test-job", rounds::incrementAndGet), "the next round, after the first ended");
        assertEquals(2, rounds.get());
        assertEquals(0, jobLocksHeld(), "no lock is left on a pooled connection");
    }

    @Test
    void theLockIsHeldInTheDatabaseSoAnotherProcessHoldingItWins() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        try (Connection otherInstance = otherProcess()) {
            // the key JobLock uses: ("jobs", the job's name)
            try (PreparedStatement s = otherInstance.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
                s.setInt(1, 0x6a6f6273);
                s.setInt(2, "held-job".hashCode());
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next() && r.getBoolean(1));
                }
            }
            assertFalse(jobs.runAlone("held-job", rounds::incrementAndGet));
            assertEquals(0, rounds.get());
        }
        // that connection closed, as a crashed instance's does: the lock goes with its session (the server ends the
        // session a moment after the socket closes), and the next round runs
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jobs.runAlone("held-job", rounds::incrementAndGet));
        assertEquals(1, rounds.get());
    }

    @Test
    void aFailingRoundReleasesTheLock() throws Exception {
        try {
            jobs.runAlone("failing-job", () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the job's own exception reaches the scheduler, which logs it
        }
        assertEquals(0, jobLocksHeld(), "the failed round's lock was released");
        AtomicInteger rounds = new AtomicInteger();
        assertTrue(jobs.runAlone("failing-job", rounds::incrementAndGet));
        assertEquals(1, rounds.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
