package dk.mooc.analytics.platform;

import dk.mooc.platform.events.EventHandler;
import dk.mooc.platform.events.Inbox;
import dk.mooc.platform.events.PoisonEventException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's inbox ({@code Inbox.process}) in a running service, against the real database: as {@code Inbox} and
 * {@code EventsConfig} document (defaults, which this service keeps: 3 attempts, 200 ms × attempt between them),
 * a transient failure is retried in a new transaction and, once it succeeds, applied exactly once; a failure that
 * persists is thrown after the third attempt (the connector then dead-letters the message); a
 * {@code PoisonEventException} is thrown at once; while the database cannot be reached the event is retried without
 * counting attempts. Each failed attempt's transaction, the inbox row included, is rolled
 * back: otherwise the next attempt would find the row and skip the event as a duplicate.
 * <p>
 * That an exception thrown by the inbox moves the message to the dead-letter topic with its reason, through the real
 * broker, is {@code CourseLaunchedContractTest}'s poison-message test.
 */
@QuarkusTest
class InboxRetryTest {

    private static final String SOURCE = "/inbox-retry-test";
    private static final String TYPE = "mooc.test.inbox-probe.v1";

    @Inject
    Inbox inbox;

    @Test
    void aTransientFailureIsRetriedWithGrowingPausesAndThenAppliedOnce() {
        String id = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();
        EventHandler failsTwice = e -> {
            if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("database hiccup " + calls.get());
            }
        };

        long started = System.nanoTime();
        inbox.process(record(id), Map.of(TYPE, failsTwice));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(3, calls.get(), "two failures, then the third attempt succeeds");
        assertTrue(inbox.seen(SOURCE, id), "applied and recorded");
        // the pauses grow with the attempt: 200 ms after the first failure, 400 ms after the second
        assertTrue(elapsedMillis >= 600, "paused 200 + 400 ms between the attempts, took " + elapsedMillis + " ms");

        // delivered again (a redelivery): recorded already, so no second effect
        inbox.process(record(id), Map.of(TYPE, failsTwice));
        assertEquals(3, calls.get());
    }

    @Test
    void aPersistentFailureIsThrownAfterThreeAttemptsAndNothingIsRecorded() {
        String id = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException cause = new IllegalStateException("the database is down");
        EventHandler alwaysFails = e -> {
            calls.incrementAndGet();
            throw cause;
        };

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> inbox.process(record(id), Map.of(TYPE, alwaysFails)));

        assertSame(cause, thrown, "the handler's own exception reaches the connector (the dead-letter reason)");
        assertEquals(3, calls.get(), "three attempts, no more");
        assertFalse(inbox.seen(SOURCE, id), "a failed event is not recorded as applied");
    }

    @Test
    void aPoisonEventIsThrownAtOnceWithoutRetrying() {
        String id = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();
        EventHandler poison = e -> {
            calls.incrementAndGet();
            throw new PoisonEventException("Event " + e.id() + " breaks a rule");
        };

        assertThrows(PoisonEventException.class, () -> inbox.process(record(id), Map.of(TYPE, poison)));

        assertEquals(1, calls.get(), "not retried");
        assertFalse(inbox.seen(SOURCE, id));
    }

    @Test
    void whileTheDatabaseCannotBeReachedTheEventWaitsWithoutUsingUpItsAttempts() {
        String id = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();
        // more failures than the 3 attempts allow: an outage must not send a good event to the dead-letter topic
        EventHandler databaseAwayFiveTimes = e -> {
            if (calls.incrementAndGet() <= 5) {
                throw new PersistenceException("JDBC exception executing SQL",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
            }
        };

        inbox.process(record(id), Map.of(TYPE, databaseAwayFiveTimes));

        assertEquals(6, calls.get(), "retried until the database answered");
        assertTrue(inbox.seen(SOURCE, id), "applied and recorded");
    }

    @Test
    void anEventOfAnotherTypeIsSkippedWithoutError() {
        String id = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();

        inbox.process(record(id), Map.of("mooc.test.some-other-type.v1", e -> calls.incrementAndGet()));

        assertEquals(0, calls.get());
        assertFalse(inbox.seen(SOURCE, id), "nothing applied, nothing recorded");
    }

    /** A CloudEvent in Kafka's binary mode, as the connector hands it to the consumer. */
    private static ConsumerRecord<String, String> record(String id) {
        ConsumerRecord<String, String> r = new ConsumerRecord<>("inbox-retry-test", 0, 0L, "mooc-" + id, "{}");
        r.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_source", SOURCE.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_type", TYPE.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_subject", ("mooc-" + id).getBytes(StandardCharsets.UTF_8));
        return r;
    }
}
