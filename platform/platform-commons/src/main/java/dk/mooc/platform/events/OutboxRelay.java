package dk.mooc.platform.events;

import dk.mooc.platform.web.Timestamps;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents (binary mode, keyed by MOOC id).
 * <p>
 * Woken right after a transaction that wrote an event commits, and polling as a fallback. Rows are sent
 * in commit order; a row is marked sent only after the broker acknowledged it. While the broker is down
 * the relay retries with exponential backoff and nothing is lost. Only one replica relays at a time
 * (a PostgreSQL advisory lock), which keeps each MOOC's events in order across replicas.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id shared by all replicas of one service (each service has its own database). */
    private static final long RELAY_LOCK = 0x6d6f6f632d6f7574L;
    static final String CHANNEL = "domain-events";

    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<String> emitter;

    @Inject
    EntityManager em;

    @Inject
    EventsConfig config;

    @Inject
    MeterRegistry registry;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Counter published;
    private Counter failures;
    private final AtomicLong pendingCount = new AtomicLong();
    /** When the oldest unsent event occurred, as of the last look at the outbox; null when none was waiting. */
    private volatile OffsetDateTime oldestUnsent;

    void start(@Observes StartupEvent ev) {
        published = registry.counter("mooc.outbox.published");
        failures = registry.counter("mooc.outbox.failures");
        registry.gauge("mooc.outbox.pending", pendingCount);
        // the age is computed at scrape time from the last look at the outbox, so it keeps growing between looks
        // (and while the relay backs off) without a query per scrape
        Gauge.builder("mooc.outbox.oldest.unsent.age", this, OutboxRelay::oldestUnsentAgeSeconds)
                .baseUnit("seconds")
                .description("Age of the oldest event not yet published to Kafka; 0 when none is waiting")
                .strongReference(true)
                .register(registry);
        if (!config.relay().enabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        running = false;
        wake.release();
        if (worker != null) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs after the writing transaction committed; never for a rolled-back one. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventStored ev) {
        wake.release();
    }

    /** Wakes the relay now (used by tests and after a broker outage is over). */
    public void wakeUp() {
        wake.release();
    }

    private void loop() {
        Duration backoff = config.relay().initialBackoff();
        while (running) {
            BatchResult result;
            try {
                result = relayBatch();
                refreshBacklog();
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not read the outbox: %s", e.getMessage());
                result = BatchResult.failed(0);
            } catch (Error e) {
                // an Error must not end the relay silently: nothing would be published until a restart
                LOG.errorf(e, "Outbox relay failed; retrying after a pause");
                result = BatchResult.failed(0);
            }
            try {
                if (result.failed()) {
                    failures.increment();
                    sleepInterruptibly(backoff);
                    backoff = min(backoff.multipliedBy(2), config.relay().maxBackoff());
                } else {
                    backoff = config.relay().initialBackoff();
                    if (result.sent() < config.relay().batchSize()) {
                        wake.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                        wake.drainPermits();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sleepInterruptibly(Duration d) throws InterruptedException {
        // a commit must not cut the backoff short, but a shutdown must
        long end = System.nanoTime() + d.toNanos();
        while (running && System.nanoTime() < end) {
            Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** One batch in one transaction: lock, send in order, mark the acknowledged prefix as sent. */
    BatchResult relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean leader = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return BatchResult.ok(0);
            }
            @SuppressWarnings("unchecked")
            List<OutboxEvent> rows = em.createNativeQuery(
                    "select * from outbox_event where sent_at is null order by seq limit ?1", OutboxEvent.class)
                    .setParameter(1, config.relay().batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return BatchResult.ok(0);
            }
            // The first row goes alone: only once the broker has acknowledged it (topic metadata known, connection up)
            // are the others handed to the producer together. Handed over all at once, a first row that fails before
            // it is even queued (e.g. "topic not present in metadata" while the broker restarts) could be overtaken by
            // later rows of the same MOOC, which the producer then sends.
            List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
            acks.add(send(rows.get(0)));
            long deadline = System.nanoTime() + config.relay().sendTimeout().toNanos();
            int sent = 0;
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < rows.size(); i++) {
                OutboxEvent row = rows.get(i);
                if (i == 1) {
                    for (int j = 1; j < rows.size(); j++) {
                        acks.add(send(rows.get(j)));
                    }
                }
                try {
                    long left = Math.max(1, deadline - System.nanoTime());
                    acks.get(i).get(left, TimeUnit.NANOSECONDS);
                    row.sentAt = now;
                    row.attempts++;
                    sent++;
                } catch (Exception e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    row.attempts++;
                    row.lastError = truncate(cause.getClass().getSimpleName() + ": " + cause.getMessage());
                    LOG.warnf("Outbox event %s (%s, MOOC %s) not yet published, will retry: %s",
                            row.id, row.eventType, row.subject, row.lastError);
                    // Stop at the first failure so that a MOOC's events are never published out of order.
                    for (int j = i + 1; j < acks.size(); j++) {
                        acks.get(j).cancel(false);
                    }
                    em.merge(row);
                    published.increment(sent);
                    return BatchResult.failed(sent);
                }
                em.merge(row);
            }
            published.increment(sent);
            return BatchResult.ok(sent);
        });
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        OutgoingCloudEventMetadataBuilder<String> ce = OutgoingCloudEventMetadata.<String>builder()
                .withId(row.id.toString())
                .withType(row.eventType)
                .withSource(URI.create(row.source))
                .withSubject(row.subject)
                .withDataContentType("application/json")
                .withTimestamp(row.occurredAt.toZonedDateTime());
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(row.subject)
                .withTopic(row.topic)
                .build();
        Metadata metadata;
        if (row.traceparent != null) {
            // CloudEvents distributed-tracing extension: headers ce_traceparent (and ce_tracestate)
            ce.withExtension(EventTracing.TRACEPARENT, row.traceparent);
            if (row.tracestate != null) {
                ce.withExtension(EventTracing.TRACESTATE, row.tracestate);
            }
            // the messaging instrumentation's publish span continues the recorded trace, not this relay thread's
            TraceContext trace = new TraceContext(row.traceparent, row.tracestate);
            metadata = Metadata.of(ce.build(), kafka, TracingMetadata.withCurrent(EventTracing.contextOf(trace)));
        } else {
            metadata = Metadata.of(ce.build(), kafka);
        }
        Message<String> message = Message.of(row.payload, metadata);
        // handed over outside the relay's transaction: the context propagated to the producer's threads would carry
        // it along, the transaction manager then found other threads still active in it at the commit
        // (ARJUNA012094), and the commit failed, so the whole batch was published again
        return QuarkusTransaction.suspendingExisting()
                .call(() -> emitter.sendMessage(message).subscribeAsCompletionStage().toCompletableFuture());
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

    /** Deletes rows published longer ago than the retention period. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeSent() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.relay().retention());
        int n = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("delete from OutboxEvent e where e.sentAt is not null and e.sentAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate());
        if (n > 0) {
            LOG.infof("Purged %d published outbox events older than %s", n, config.relay().retention());
        }
    }

    /** Updates the gauges mooc.outbox.pending and mooc.outbox.oldest.unsent.age: one query over the unsent rows. */
    void refreshBacklog() {
        Object[] backlog = QuarkusTransaction.requiringNew().call(() -> (Object[]) em
                .createQuery("select count(e), min(e.occurredAt) from OutboxEvent e where e.sentAt is null")
                .getSingleResult());
        pendingCount.set((Long) backlog[0]);
        oldestUnsent = (OffsetDateTime) backlog[1];
    }

    /** Seconds since the oldest unsent event occurred (by the platform clock, which wrote occurred_at), or 0. */
    double oldestUnsentAgeSeconds() {
        OffsetDateTime oldest = oldestUnsent;
        if (oldest == null) {
            return 0;
        }
        return Math.max(0, Duration.between(oldest, Timestamps.now()).toNanos() / 1e9);
    }

    // public: the relay thread may touch it from another class loader than the one that defined the relay (tests)
    public record BatchResult(int sent, boolean failed) {
        public static BatchResult ok(int sent) {
            return new BatchResult(sent, false);
        }

        public static BatchResult failed(int sent) {
            return new BatchResult(sent, true);
        }
    }

}
