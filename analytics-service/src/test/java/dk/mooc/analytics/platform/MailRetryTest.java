package dk.mooc.analytics.platform;

import dk.mooc.platform.mail.MailSender;
import dk.mooc.platform.mail.Mailbox;
import dk.mooc.platform.mail.OutgoingMail;
import dk.mooc.platform.testing.Metrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's mail outbox ({@code Mailbox} queues, {@code MailSender} sends) against a real SMTP conversation:
 * the service's real mailer talks to {@link SmtpServer} over TCP, which refuses chosen recipients with 421 and closes
 * the connection, as a mail server going down does. As {@code MailSender} documents: a failed send is retried after 10 s, then 1, 2, 4, ... minutes,
 * at most an hour apart; after 12 attempts the mail is marked failed and never tried again; a sent mail is never
 * sent again.
 * <p>
 * The test does not wait for the delays: after checking a row's next attempt time it moves
 * that time into the past (as if the delay had passed) and runs the sender. The periodic retry job is switched off
 * in this profile so that only the test decides when the sender runs (the send right after commit stays on).
 */
@QuarkusTest
@TestProfile(MailRetryTest.RealSmtp.class)
class MailRetryTest {

    private static final String PORT_PROPERTY = "mooc.test.smtp.port";

    /** The real mailer (not the mock) against the test's SMTP server; no scheduled retry runs. */
    public static class RealSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.mock", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(port()),
                    "quarkus.scheduler.enabled", "false",
                    // a server that stops answering is a failed attempt after this long, not a stalled sender
                    "mooc.mail.send-timeout", "5S");
        }

        /** One free port for the whole run (the profile may be asked more than once). */
        static synchronized int port() {
            String chosen = System.getProperty(PORT_PROPERTY);
            if (chosen == null) {
                try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    chosen = String.valueOf(probe.getLocalPort());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                System.setProperty(PORT_PROPERTY, chosen);
            }
            return Integer.parseInt(chosen);
        }
    }

    static SmtpServer smtp;

    @Inject
    Mailbox mailbox;

    @Inject
    MailSender sender;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startSmtp() throws IOException {
        smtp = new SmtpServer(RealSmtp.port());
    }

    @AfterAll
    static void stopSmtp() throws IOException {
        smtp.close();
    }

    @Test
    void aFailedSendIsRetriedWithGrowingDelaysUntilItIsSentAndThenNeverSentAgain() {
        String to = "retry-" + UUID.randomUUID() + "@example.org";
        smtp.failNext(to, 3);
        // the delay after attempt n (seconds), written out from MailSender's contract: 10 s, then doubling from 1 min,
        // at most 1 h
        int[] delayAfter = {0, 10, 60, 120, 240, 480, 960, 1920, 3600, 3600};

        OffsetDateTime before = now();
        UUID id = queue(to, "Retry me");
        // the first attempt runs right after the queuing transaction commits
        await().atMost(Duration.ofSeconds(30)).until(() -> row(id).attempts == 1);
        OutgoingMail m = row(id);
        assertFailedAttempt(m);
        assertNextAttempt(m, before, now(), delayAfter[1]);

        // not due yet: the sender leaves it alone
        int heard = smtp.attempts(to);
        sender.sendDue();
        assertEquals(1, row(id).attempts);
        assertEquals(heard, smtp.attempts(to));

        // the server refuses three times, then accepts
        int attempt = 1;
        while (m.sentAt == null) {
            attempt++;
            assertTrue(attempt <= 9, "sent within 9 attempts");
            m = attemptNow(id);
            assertEquals(attempt, m.attempts);
            assertNull(m.failedAt);
            if (m.sentAt == null) {
                assertFailedAttempt(m);
                assertNextAttempt(m, lastBefore, lastAfter, delayAfter[attempt]);
            }
        }
        assertEquals(4, attempt, "three refusals, then the delivery");
        assertEquals(1, smtp.deliveredTo(to).size());
        assertTrue(smtp.deliveredTo(to).get(0).data().contains("Subject: Retry me"), smtp.deliveredTo(to).get(0).data());
        heard = smtp.attempts(to);
        assertEquals(4, heard, "the server heard every attempt");

        // sent once only, however often the sender runs and even if its time comes round again
        makeDue(id);
        sender.sendDue();
        sender.sendDue();
        assertEquals(1, smtp.deliveredTo(to).size());
        assertEquals(heard, smtp.attempts(to));
        assertEquals(attempt, row(id).attempts);
    }

    /** A failed attempt: refused by the server (421). */
    private static void assertFailedAttempt(OutgoingMail m) {
        assertNull(m.sentAt);
        assertNull(m.failedAt);
        assertTrue(m.lastError != null && m.lastError.contains("421"), m.lastError);
    }

    @Test
    void aMailThatKeepsFailingIsRetriedTwelveTimesWithDelaysUpToAnHourThenMarkedFailed() {
        String to = "never-" + UUID.randomUUID() + "@example.org";
        smtp.failNext(to, Integer.MAX_VALUE);
        // the delay after attempt n (seconds), written out from MailSender's contract: 10 s, then doubling from 1 min,
        // at most 1 h
        int[] delayAfter = {0, 10, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600, 3600};

        double givenUpBefore = Metrics.value("mooc_mail_failed_total");
        OffsetDateTime before = now();
        UUID id = queue(to, "Never delivered");
        await().atMost(Duration.ofSeconds(30)).until(() -> row(id).attempts == 1);
        assertNextAttempt(row(id), before, now(), delayAfter[1]);

        for (int attempt = 2; attempt <= 11; attempt++) {
            OutgoingMail m = attemptNow(id);
            assertEquals(attempt, m.attempts);
            assertNull(m.failedAt, "still retried after attempt " + attempt);
            assertNextAttempt(m, lastBefore, lastAfter, delayAfter[attempt]);
        }

        OutgoingMail last = attemptNow(id);
        assertEquals(12, last.attempts);
        assertNotNull(last.failedAt, "given up after 12 attempts");
        assertNull(last.sentAt);
        assertTrue(last.lastError.contains("421"), last.lastError);
        assertEquals(givenUpBefore + 1, Metrics.value("mooc_mail_failed_total"), "counted as failed for good once");

        // a failed mail is not tried again; the server heard each of the 12 attempts
        int heard = smtp.attempts(to);
        assertEquals(12, heard, "the server heard every attempt");
        makeDue(id);
        sender.sendDue();
        assertEquals(12, row(id).attempts);
        assertEquals(heard, smtp.attempts(to));
        assertEquals(0, smtp.deliveredTo(to).size());
    }

    @Test
    void aWaitingMailShowsInTheQueueFiguresAndEachOutcomeIsCounted() {
        String to = "figures-" + UUID.randomUUID() + "@example.org";
        smtp.failNext(to, 1);
        double sentBefore = Metrics.value("mooc_mail_sent_total");
        double failedAttemptsBefore = Metrics.value("mooc_mail_attempts_failed_total");

        UUID id = queue(to, "Counted");
        await().atMost(Duration.ofSeconds(30)).until(() -> row(id).attempts == 1);
        assertNull(row(id).sentAt, "refused at the first attempt");
        // the sender looks at the queue after its round: the refused mail waits, and has an age
        await().atMost(Duration.ofSeconds(10)).until(() -> Metrics.value("mooc_mail_queued") >= 1);
        assertEquals(waitingRows(), Metrics.value("mooc_mail_queued"));
        double age = Metrics.value("mooc_mail_oldest_queued_age_seconds");
        assertTrue(age > 0, "age of the oldest waiting mail: " + age);
        assertEquals(failedAttemptsBefore + 1, Metrics.value("mooc_mail_attempts_failed_total"));
        assertEquals(sentBefore, Metrics.value("mooc_mail_sent_total"));

        // delivered at the second attempt
        OutgoingMail m = attemptNow(id);
        assertNotNull(m.sentAt);
        assertEquals(2, m.attempts);
        assertEquals(sentBefore + 1, Metrics.value("mooc_mail_sent_total"));
        assertEquals(failedAttemptsBefore + 1, Metrics.value("mooc_mail_attempts_failed_total"));
        assertEquals(waitingRows(), Metrics.value("mooc_mail_queued"), "no longer waiting");
        if (waitingRows() == 0) {
            assertEquals(0.0, Metrics.value("mooc_mail_oldest_queued_age_seconds"));
        }
    }

    @Test
    void eachMailIsMarkedSentAndCommittedBeforeTheNextIsSent() throws Exception {
        // A sender killed between the server's "250" and its commit sends the uncommitted mails again after the restart.
        // The fault-injection run saw a whole batch (up to 20 mails) repeated; this bounds it to the one mail in flight.
        String to = "several-" + UUID.randomUUID() + "@example.org";
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> List.of(
                mailbox.queue(to, "First", "1", null), mailbox.queue(to, "Second", "2", null),
                mailbox.queue(to, "Third", "3", null)));
        List<Long> committedBeforeEach = new java.util.concurrent.CopyOnWriteArrayList<>();
        smtp.beforeAccepting = d -> {
            if (d.recipients().contains(to.toLowerCase())) {
                // read as another connection sees it: only what the sender has committed
                try (var c = dataSource.getConnection(); var st = c.prepareStatement(
                        "select count(*) from outgoing_mail where id = any(?) and sent_at is not null")) {
                    st.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                    try (var r = st.executeQuery()) {
                        r.next();
                        committedBeforeEach.add(r.getLong(1));
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                sender.sendDue();
                return smtp.deliveredTo(to).size() == 3;
            });
        } finally {
            smtp.beforeAccepting = d -> { };
        }
        assertEquals(List.of(0L, 1L, 2L), committedBeforeEach,
                "mails already marked sent (committed) when the server accepted each of the three");
        for (UUID id : ids) {
            assertNotNull(row(id).sentAt);
        }
    }

    @Test
    void aSendGivenUpAtTheTimeoutIsOverAndTheRetryDeliversTheMailOnce() throws Exception {
        // A server that accepts the connection and stalls (here: greets only after 8 s, beyond the 5 s timeout) makes
        // a failed attempt. The attempt must be over when it fails: a client that went on with the conversation once
        // the greeting came would deliver the mail after the sender had given up on it, and the retry would deliver
        // it a second time (the fault-injection run found that with the reactive mailer).
        String to = "stalled-" + UUID.randomUUID() + "@example.org";
        smtp.greetNextAfter(Duration.ofSeconds(8));
        UUID id = queue(to, "Stalled");
        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).until(() -> row(id).attempts == 1);
        double waited = (System.nanoTime() - started) / 1e9;
        OutgoingMail m = row(id);
        assertNull(m.sentAt);
        assertTrue(m.lastError.contains("timed out"), m.lastError);
        assertTrue(waited >= 4.5 && waited < 8, "the attempt failed at the 5 s timeout, not later: " + waited + " s");

        // the server's greeting comes after the sender gave up: that conversation delivers nothing
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !smtp.lateConversations.isEmpty() || !smtp.deliveredTo(to).isEmpty());
        assertEquals(0, smtp.deliveredTo(to).size(), "delivered by the conversation the sender had given up");
        assertEquals(List.of("client gone"), smtp.lateConversations);

        m = attemptNow(id);
        assertNotNull(m.sentAt, m.lastError);
        assertEquals(2, m.attempts);
        Thread.sleep(1000);   // anything still under way would arrive now
        assertEquals(1, smtp.deliveredTo(to).size(), "delivered once");
        String data = smtp.deliveredTo(to).get(0).data();
        assertTrue(data.contains("X-MOOC-Mail-Id: " + id), data);
        assertTrue(data.contains("Message-ID: <" + id + "@mooc.localhost>"), "one Message-ID per queued mail: " + data);
    }

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    private long waitingRows() {
        return QuarkusTransaction.requiringNew().call(() ->
                OutgoingMail.count("sentAt is null and failedAt is null"));
    }

    private OffsetDateTime lastBefore;
    private OffsetDateTime lastAfter;

    /** Lets the row's delay pass and runs the sender once; remembers when (for the next attempt's bounds). */
    private OutgoingMail attemptNow(UUID id) {
        makeDue(id);
        lastBefore = now();
        sender.sendDue();
        lastAfter = now();
        return row(id);
    }

    private static void assertNextAttempt(OutgoingMail m, OffsetDateTime attemptedFrom, OffsetDateTime attemptedTo,
                                          int seconds) {
        OffsetDateTime earliest = attemptedFrom.plusSeconds(seconds).minusSeconds(1);
        OffsetDateTime latest = attemptedTo.plusSeconds(seconds).plusSeconds(1);
        assertTrue(!m.nextAttemptAt.isBefore(earliest) && !m.nextAttemptAt.isAfter(latest),
                "after attempt " + m.attempts + " the next is " + seconds + " s later: " + m.nextAttemptAt
                        + " not in " + earliest + ".." + latest);
    }

    private UUID queue(String to, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> mailbox.queue(to, subject, "Hello from the retry test.", null));
    }

    private OutgoingMail row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutgoingMail m = OutgoingMail.findById(id);
            em.detach(m);
            return m;
        });
    }

    /** As if the delay had passed: the next attempt is now due. */
    private void makeDue(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update outgoing_mail set next_attempt_at = now() - interval '1 second' where id = ?1")
                .setParameter(1, id).executeUpdate());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
