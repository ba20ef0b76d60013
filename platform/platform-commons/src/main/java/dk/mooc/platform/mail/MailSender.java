package dk.mooc.platform.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends queued mail through {@link SmtpTransport}: right after the queuing transaction commits, and every 10 s for
 * retries. A failed send is retried once after {@value #FIRST_RETRY_SECONDS} s (a server restarting or refusing for a
 * moment is the usual failure, and the next conversation goes through), then with growing delays (1 min, 2 min, 4 min, ... up to 1 h); after 12 attempts the mail
 * is marked failed and logged as an error so that an operator can act. Replicas never send the same row twice at once
 * ({@code for update skip locked}).
 * <p>
 * Figures for operators: {@code mooc.mail.queued} and {@code mooc.mail.oldest.queued.age} (mails waiting, neither
 * sent nor given up), the counters {@code mooc.mail.sent}, {@code mooc.mail.failed} (given up) and
 * {@code mooc.mail.attempts.failed}. The queue is looked at after each round of sending, not at every scrape.
 */
@Startup // the figures are exported from the start, not only once a mail was queued
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int MAX_ATTEMPTS = 12;
    static final int FIRST_RETRY_SECONDS = 10;
    /** Bounds every wait for the mail server, so a server that stops answering is a failed attempt, retried later. */
    @Inject
    SmtpTransport transport;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private Counter sentCounter;
    private Counter failedCounter;
    private Counter failedAttempts;
    private final AtomicLong queued = new AtomicLong();
    /** When the oldest waiting mail was queued, as of the last look at the queue; null when none was waiting. */
    private volatile OffsetDateTime oldestQueued;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mail-sender");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();

    @PostConstruct
    void registerFigures() {
        sentCounter = Counter.builder("mooc.mail.sent").description("Mails the mail server accepted").register(registry);
        failedCounter = Counter.builder("mooc.mail.failed")
                .description("Mails given up after " + MAX_ATTEMPTS + " attempts (never sent)").register(registry);
        failedAttempts = Counter.builder("mooc.mail.attempts.failed")
                .description("Send attempts that failed (retried later, or given up)").register(registry);
        Gauge.builder("mooc.mail.queued", queued, AtomicLong::get)
                .description("Mails waiting to be sent (neither sent nor given up)").strongReference(true).register(registry);
        // computed at scrape time from the last look, so it keeps growing while nothing is sent
        Gauge.builder("mooc.mail.oldest.queued.age", this, MailSender::oldestQueuedAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest mail waiting to be sent; 0 when none is waiting")
                .strongReference(true).register(registry);
    }

    /**
     * Set when the service begins to stop: the database goes away before the scheduler's last rounds, which would
     * otherwise each log that the queue could not be read. What is left is sent by the next start (or a replica).
     */
    private volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent ev) {
        stopping = true;
        worker.shutdown();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued ev) {
        if (!stopping && scheduled.compareAndSet(false, true)) {
            worker.submit(() -> {
                scheduled.set(false);
                sendDue();
            });
        }
    }

    @Scheduled(every = "10s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        sendDue();
    }

    /**
     * Sends every mail that is due; returns how many were sent. Each mail in its own transaction: claimed, sent, marked
     * sent, committed, before the next is claimed. A process killed after the mail server accepted a mail and before
     * the commit sends that one mail again after the restart (at-least-once, as SMTP itself is); with several mails per
     * transaction it would send all the batch's mails again (the fault-injection run saw 30 at once).
     */
    public synchronized int sendDue() {
        int sent = 0;
        try {
            while (!stopping) {
                Boolean outcome = QuarkusTransaction.requiringNew()
                        .timeout((int) transport.longestConversation().plusSeconds(30).toSeconds()).call(this::sendOne);
                if (Boolean.TRUE.equals(outcome)) {
                    sent++;
                    continue;
                }
                // nothing due, or a failed send: the server is probably down, the rest waits for the next round
                refreshQueue();
                return sent;
            }
            return sent;
        } catch (RuntimeException e) {
            LOG.warnf("Mail sender could not read the mail queue: %s", e.getMessage());
            return sent;
        }
    }

    /** Updates mooc.mail.queued and mooc.mail.oldest.queued.age: one query over the waiting rows. */
    private void refreshQueue() {
        Object[] queue = QuarkusTransaction.requiringNew().call(() -> (Object[]) em
                .createQuery("select count(m), min(m.createdAt) from OutgoingMail m where m.sentAt is null and m.failedAt is null")
                .getSingleResult());
        queued.set((Long) queue[0]);
        oldestQueued = (OffsetDateTime) queue[1];
    }

    /** Seconds since the oldest waiting mail was queued (created_at is the real time, as is next_attempt_at), or 0. */
    double oldestQueuedAgeSeconds() {
        OffsetDateTime oldest = oldestQueued;
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, OffsetDateTime.now(ZoneOffset.UTC)).toNanos() / 1e9);
    }

    /** Sends the next due mail: true when sent, false when the attempt failed, null when none is due. */
    private Boolean sendOne() {
        @SuppressWarnings("unchecked")
        List<OutgoingMail> due = em.createNativeQuery("select * from outgoing_mail where sent_at is null and failed_at is null"
                        + " and next_attempt_at <= now() order by seq limit 1 for update skip locked", OutgoingMail.class)
                .getResultList();
        if (due.isEmpty()) {
            return null;
        }
        OutgoingMail m = due.get(0);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        m.attempts++;
        try {
            // the queue row's id goes with the mail: a sent mail is traceable to its row, and a duplicate visible
            transport.send(m);
            m.sentAt = now;
            sentCounter.increment();
            LOG.infof("Sent mail '%s' to %s", m.subject, m.recipient);
            em.merge(m);
            return true;
        } catch (MessagingException | RuntimeException e) {
            m.lastError = describe(e);
            if (m.lastError.length() > 2000) {
                m.lastError = m.lastError.substring(0, 2000);
            }
            failedAttempts.increment();
            if (m.attempts >= MAX_ATTEMPTS) {
                m.failedAt = now;
                failedCounter.increment();
                LOG.errorf("Giving up on mail %s to %s after %d attempts: %s", m.id, m.recipient, m.attempts, m.lastError);
            } else {
                Duration delay = retryDelay(m.attempts);
                m.nextAttemptAt = now.plus(delay);
                LOG.warnf("Mail %s to %s not sent (attempt %d), retrying in %s: %s", m.id, m.recipient,
                        m.attempts, delay.toSeconds() < 60 ? delay.toSeconds() + " s" : delay.toMinutes() + " min",
                        m.lastError);
            }
            em.merge(m);
            return false;
        }
    }

    /** The failure as an operator reads it: each cause's type and message (a timeout is a cause of the SMTP error). */
    static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            if (!s.isEmpty()) {
                s.append(" <- ");
            }
            s.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return s.toString();
    }

    /** The wait after failed attempt {@code n} (1, 2, ...): 10 s, then 1, 2, 4, ... minutes, at most an hour. */
    static Duration retryDelay(int attempts) {
        return attempts <= 1 ? Duration.ofSeconds(FIRST_RETRY_SECONDS)
                : Duration.ofMinutes(Math.min(60, 1L << Math.min(6, attempts - 2)));
    }
}
