package dk.mooc.platform.events;

import dk.mooc.platform.problem.DatabaseOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Idempotent consumption: records each event's (source, id) in the same transaction as its effect.
 * <p>
 * A redelivered event finds its row and has no second effect. While the database cannot be reached the event is
 * retried until it can ({@link DatabaseOutage}); any other transient failure is retried a few times;
 * after that, or at once for a {@link PoisonEventException}, the exception propagates, the message is
 * nacked and the connector's {@code dead-letter-queue} failure strategy moves it to the dead-letter topic
 * with the reason. Event types without a handler are skipped (tolerant reader), with a debug log.
 * <p>
 * How long an event took from its occurrence to its effect here is logged with each applied event and recorded
 * ({@link EventPropagation}).
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager em;

    @Inject
    EventsConfig config;

    @Inject
    EventTracing tracing;

    @Inject
    EventPropagation propagation;

    /** Processes one Kafka record with the handler registered for its CloudEvent type. */
    public void process(ConsumerRecord<String, String> record, Map<String, EventHandler> handlers) {
        // the producer's trace goes on: the effect, and what it publishes, belong to the action that caused the event
        tracing.process(record, () -> processTraced(record, handlers));
    }

    private void processTraced(ConsumerRecord<String, String> record, Map<String, EventHandler> handlers) {
        IncomingEvent event = IncomingEvent.from(record);
        EventHandler handler = handlers.get(event.type());
        if (handler == null) {
            LOG.debugf("Ignoring event %s of type %s: this service does not consume it", event.id(), event.type());
            return;
        }
        int attempts = Math.max(1, config.inbox().attempts());
        int attempt = 0;
        long outageSince = 0;
        while (true) {
            attempt++;
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> applyOnce(event, handler));
                if (applied) {
                    LOG.info(propagation.applied(event));
                } else {
                    LOG.infof("Skipped duplicate %s %s for MOOC %s", event.type(), event.id(), event.subject());
                }
                if (outageSince != 0) {
                    LOG.infof("The database is back: event %s (%s) went through after %d s", event.id(), event.type(),
                            (System.nanoTime() - outageSince) / 1_000_000_000L);
                }
                return;
            } catch (PoisonEventException | ConstraintViolationException | IllegalArgumentException e) {
                LOG.errorf("Event %s (%s) cannot be processed and goes to the dead-letter topic: %s",
                        event.id(), event.type(), e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                if (DatabaseOutage.explains(e)) {
                    // Nothing is wrong with the event: it waits (and the partition behind it) until the database is
                    // back, instead of using up its attempts and landing on the dead-letter topic.
                    if (outageSince == 0) {
                        outageSince = System.nanoTime();
                        LOG.warnf("Event %s (%s) waits for the database to come back: %s", event.id(), event.type(),
                                e.getMessage());
                    }
                    attempt--;
                    sleep(config.inbox().outageRetryDelay().toMillis());
                    continue;
                }
                if (attempt >= attempts) {
                    LOG.errorf(e, "Event %s (%s) failed %d times and goes to the dead-letter topic",
                            event.id(), event.type(), attempt);
                    throw e;
                }
                LOG.warnf("Event %s (%s) failed (attempt %d of %d), retrying: %s",
                        event.id(), event.type(), attempt, attempts, e.getMessage());
                sleep(config.inbox().retryDelay().toMillis() * attempt);
            }
        }
    }

    private boolean applyOnce(IncomingEvent event, EventHandler handler) {
        NativeQuery<?> insert = em.createNativeQuery("insert into inbox_event (source, event_id, event_type, subject,"
                        + " received_at, traceparent) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .unwrap(NativeQuery.class);
        int inserted = insert
                .setParameter(1, event.source())
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, event.subject())
                .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(6, tracing.current().traceparent(), String.class)   // typed: null where tracing is off
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        handler.handle(event);
        return true;
    }

    /** Whether an event was already applied (for tests and diagnostics). */
    public boolean seen(String source, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                        "select 1 from inbox_event where source = ?1 and event_id = ?2")
                .setParameter(1, source).setParameter(2, eventId).getResultList().isEmpty());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
