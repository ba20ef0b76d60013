package dk.mooc.e2e.faults;

import dk.mooc.e2e.StackDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dk.mooc.e2e.faults.FaultRun.Fault;

/**
 * The fault run's checks, once the traffic has stopped: waits until every outbox is sent, every consumer has caught up
 * and every mail is out, then compares the databases, the broker and the mail server with what the run did, and prints
 * the report.
 */
final class FaultRunChecks {
    private final FaultRun run;

    FaultRunChecks(FaultRun run) {
        this.run = run;
    }

    private void fail(String what) {
        run.problems.add(what);
        if (run.problems.size() <= 20) {
            FaultRun.log("PROBLEM: %s", what);
        }
    }

    void check() throws Exception {
        long settleStart = System.currentTimeMillis();
        // 1. settle: every outbox sent, every consumer group caught up, every mail sent (after a mail outage the queue
        // drains at the mail server's pace, and the retries back off up to 4 minutes): wait while it goes down
        long deadline = System.currentTimeMillis() + 420_000;
        long lastShown = 0, lastLeft = Long.MAX_VALUE;
        while (System.currentTimeMillis() < deadline) {
            long unsent = 0, lag = 0, mails = 0;
            for (String s : FaultRun.SERVICES) {
                unsent += run.unsent(s);
                lag += Broker.lag(s);
                mails += queuedMails(s);
            }
            for (String g : FaultRun.PORTFOLIO_GROUPS) {
                lag += Broker.lag(g);
            }
            if (unsent == 0 && lag == 0 && mails == 0) {
                break;
            }
            long left = unsent + lag + mails;
            if (left < lastLeft) {
                // progress: another 7 minutes, at most 30 in all
                deadline = Math.min(settleStart + 1_800_000, System.currentTimeMillis() + 420_000);
                lastLeft = left;
            }
            if (System.currentTimeMillis() - lastShown > 30_000) {
                lastShown = System.currentTimeMillis();
                FaultRun.log("settling: %d events unpublished, %d records not consumed, %d mails queued", unsent, lag, mails);
            }
            Api.sleep(2000);
        }
        FaultRun.log("settled in %d s", (System.currentTimeMillis() - settleStart) / 1000);
        run.snapshotMail();

        Set<String> moocs = run.journeys.stream().filter(j -> j.moocId != null).map(j -> j.moocId).collect(Collectors.toSet());

        // 2. the run.journeys: each reached its end (a step that failed is a lost or refused write)
        for (Journey j : run.journeys) {
            if (j.failure != null) {
                fail("MOOC " + j.n + " (" + j.moocId + ") stopped: " + j.failure);
            }
        }

        // 3. events: every outbox row sent, and applied by each consumer (its inbox), and by the portfolio
        long events = 0;
        Map<String, List<String[]>> byTopic = new HashMap<>();   // topic -> [id, type, subject]
        for (String s : FaultRun.SERVICES) {
            try (Connection c = StackDatabases.connect(FaultRun.DB.get(s))) {
                long unsent = Long.parseLong(StackDatabases.one(c, "select count(*) from outbox_event where sent_at is null"));
                if (unsent > 0) {
                    fail(s + ": " + unsent + " events never published");
                }
                try (PreparedStatement st = c.prepareStatement("select id::text, event_type, subject, topic from outbox_event"
                        + " where occurred_at >= ?")) {
                    st.setObject(1, run.started);
                    try (ResultSet r = st.executeQuery()) {
                        while (r.next()) {
                            events++;
                            byTopic.computeIfAbsent(r.getString(4), t -> new ArrayList<>())
                                    .add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                        }
                    }
                }
            }
        }
        long applications = 0;
        for (String consumer : FaultRun.SERVICES) {
            try (Connection c = StackDatabases.connect(FaultRun.DB.get(consumer))) {
                Set<String> handled = StackDatabases.strings(c, "select distinct event_type from inbox_event");
                Set<String> inbox = StackDatabases.strings(c, "select event_id from inbox_event where received_at >= '" + run.started + "'");
                for (String topic : FaultRun.CONSUMES.get(consumer)) {
                    for (String[] e : byTopic.getOrDefault(topic, List.of())) {
                        if (handled.contains(e[1])) {
                            applications++;
                            if (!inbox.contains(e[0])) {
                                fail(consumer + " never applied " + e[1] + " " + e[0] + " (MOOC " + e[2] + ")");
                            }
                        }
                    }
                }
            }
        }
        try (Connection c = StackDatabases.connect("analytics")) {
            Map<String, Integer> portfolio = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("select event_id, count(*) from portfolio_event where occurred_at >= ?"
                    + " group by event_id")) {
                st.setObject(1, run.started.minusMinutes(1));
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        portfolio.put(r.getString(1), r.getInt(2));
                    }
                }
            }
            for (List<String[]> list : byTopic.values()) {
                for (String[] e : list) {
                    if (!moocs.contains(e[2])) {
                        continue;   // the portfolio records the events about MOOCs
                    }
                    applications++;
                    Integer n = portfolio.get(e[0]);
                    if (n == null) {
                        fail("the portfolio never applied " + e[1] + " " + e[0]);
                    } else if (n > 1) {
                        fail("the portfolio applied " + e[1] + " " + e[0] + " " + n + " times");
                    }
                }
            }
        }

        // 4. effects applied once: one review case per round, production, course, semester review and booking per MOOC
        Map<String, Journey> byMooc = run.journeys.stream().filter(j -> j.moocId != null)
                .collect(Collectors.toMap(j -> j.moocId, j -> j));
        countPerMooc("review", "select mooc_id::text, count(*) from review_case group by mooc_id", byMooc,
                j -> j.path == Journey.Path.WITHDRAWN ? 0 : j.path == Journey.Path.REVISED_AND_LAUNCHED ? -1 : 1, "review cases");
        countPerMooc("production", "select mooc_id::text, count(*) from production group by mooc_id", byMooc,
                j -> j.booking || j.path.portfolioStage.equals("LAUNCHED") || j.path == Journey.Path.RETIRED ? 1 : 0, "productions");
        countPerMooc("production", "select mooc_id::text, count(*) from video_booking where status <> 'CANCELLED' group by mooc_id",
                byMooc, j -> j.booking ? 1 : 0, "studio bookings");
        // a course launched in an earlier semester has a review for each ended semester it ran in: one per semester
        countPerMooc("analytics", "select mooc_id::text, max(n) from (select mooc_id, count(*) n from semester_review"
                + " group by mooc_id, semester) s group by mooc_id", byMooc,
                j -> j.facts.containsKey("launched") ? 1 : 0, "semester reviews of one semester");

        // 5. the portfolio equals the services, and both what the run was told
        Map<String, String> stageInServices = new HashMap<>();
        try (Connection p = StackDatabases.connect("proposal"); Connection pr = StackDatabases.connect("production"); Connection a = StackDatabases.connect("analytics")) {
            Map<String, String> proposal = StackDatabases.pairs(p, "select id::text, status from proposal where created_at >= '" + run.started + "'");
            Map<String, String> production = StackDatabases.pairs(pr, "select mooc_id::text, status from production");
            Map<String, String> course = StackDatabases.pairs(a, "select mooc_id::text, status from launched_course");
            Map<String, String> portfolio = StackDatabases.pairs(a, "select mooc_id::text, stage from portfolio_mooc");
            for (Journey j : byMooc.values()) {
                String m = j.moocId;
                String s = "RETIRED".equals(course.get(m)) ? "RETIRED" : "LAUNCHED".equals(production.get(m)) ? "LAUNCHED"
                        : production.containsKey(m) ? "PRODUCTION" : switch (String.valueOf(proposal.get(m))) {
                            case "WITHDRAWN" -> "WITHDRAWN";
                            case "REJECTED" -> "REJECTED";
                            case "SUBMITTED", "IN_REVIEW", "APPROVED" -> "REVIEW";
                            default -> "PROPOSAL";
                        };
                stageInServices.put(m, s);
                if (!s.equals(portfolio.get(m))) {
                    fail("MOOC " + j.n + " " + m + ": portfolio stage " + portfolio.get(m) + ", services say " + s);
                }
                if (j.done && !s.equals(j.path.portfolioStage)) {
                    fail("MOOC " + j.n + " " + m + ": the run was told it is " + j.path.portfolioStage + ", the services say " + s);
                }
            }
        }
        try (Connection a = StackDatabases.connect("analytics")) {
            Map<String, String> outcomes = StackDatabases.pairs(a, "select mooc_id::text, outcome from semester_review where status = 'COMPLETED'");
            Map<String, String> imports = StackDatabases.pairs(a, "select mooc_id::text, status from export_import");
            for (Journey j : byMooc.values()) {
                String told = j.facts.get("semesterReview");
                if (told != null && !told.equals(outcomes.get(j.moocId))) {
                    fail("MOOC " + j.n + ": the semester review decision " + told + " (2xx) is " + outcomes.get(j.moocId));
                }
                if (j.facts.containsKey("import") && !"COMPLETED".equals(imports.get(j.moocId))) {
                    fail("MOOC " + j.n + ": its export import is " + imports.get(j.moocId));
                }
            }
        }

        // 6. mails: every mail queued since the start sent, and received exactly once by the mail server
        long mails = 0, unverifiable = 0, repeatedAfterKill = 0;
        for (String s : FaultRun.SERVICES) {
            try (Connection c = StackDatabases.connect(FaultRun.DB.get(s))) {
                try (PreparedStatement st = c.prepareStatement("select id::text, recipient, sent_at, failed_at, created_at,"
                        + " attempts, last_error from outgoing_mail where created_at >= ?")) {
                    st.setObject(1, run.started);
                    try (ResultSet r = st.executeQuery()) {
                        while (r.next()) {
                            mails++;
                            String id = r.getString(1);
                            if (r.getObject(3) == null) {
                                fail(s + ": mail " + id + " to " + r.getString(2) + " never sent"
                                        + (r.getObject(4) != null ? " (given up)" : ""));
                                continue;
                            }
                            int got = run.mailCounts.getOrDefault(r.getString(2) + "|" + id, 0);
                            if (got == 2 && killedWhileSending(s, r.getObject(5, OffsetDateTime.class),
                                    r.getObject(3, OffsetDateTime.class))) {
                                // the mail server accepted it, the service was killed before its commit marked it
                                // sent, and after the restart it was sent again: SMTP's at-least-once, in that window
                                repeatedAfterKill++;
                            } else if (got > 1) {
                                fail(s + ": mail " + id + " to " + r.getString(2) + " delivered " + got + " times (queued "
                                        + r.getObject(5, OffsetDateTime.class) + ", marked sent " + r.getObject(3, OffsetDateTime.class)
                                        + ", attempts " + r.getInt(6) + ", last error " + r.getString(7) + "; kills: " + kills() + ")");
                            } else if (got == 0) {
                                OffsetDateTime sentAt = r.getObject(3, OffsetDateTime.class);
                                if (sentAtMailKill(sentAt)) {
                                    unverifiable++;   // accepted in the instant between the last look and the kill
                                } else {
                                    fail(s + ": mail " + id + " to " + r.getString(2) + " marked sent, never received");
                                }
                            }
                        }
                    }
                }
            }
        }

        // 7. dead letters: exactly the poison injected, once in each of its consumers' dead-letter topics
        Map<String, Integer> deadLetters = Broker.deadLetters(FaultRun.DEAD_LETTER_TOPICS, run.started);
        for (String topic : FaultRun.DEAD_LETTER_TOPICS) {
            for (String key : run.poisonKeys) {
                int expected = FaultRun.POISON_DEAD_LETTERS.contains(topic) ? 1 : 0;
                int got = deadLetters.getOrDefault(topic + "|" + key, 0);
                if (got != expected) {
                    fail(topic + " holds the poison message " + got + " times, expected " + expected);
                }
            }
        }
        deadLetters.forEach((k, v) -> {
            if (run.poisonKeys.stream().noneMatch(k::endsWith)) {
                fail("dead letter not injected by the run: " + k + " (" + v + ")");
            }
        });

        // figures
        long requests = Api.REQUESTS.size();
        long failedRequests = Api.REQUESTS.stream().filter(r -> r[1] == 1).count();
        for (Fault f : run.faults) {
            long windowEnd = f.recoveredAt + 10_000;
            for (long[] r : Api.REQUESTS) {
                if (r[0] >= f.killedAt && r[0] <= windowEnd) {
                    f.requests++;
                    f.failed += r[1];
                }
            }
        }
        Journey slowest = run.journeys.stream().max((a, b) -> Long.compare(a.longestWaitMs, b.longestWaitMs)).orElse(null);
        Map<String, Long> paths = new TreeMap<>(run.journeys.stream().collect(Collectors.groupingBy(j -> j.path.name(), Collectors.counting())));
        run.totals.put("MOOCs", run.journeys.size());
        run.totals.put("paths", paths);
        run.totals.put("with a studio booking", run.journeys.stream().filter(j -> j.facts.containsKey("booking")).count());
        run.totals.put("with a Coursera export", run.journeys.stream().filter(j -> j.facts.containsKey("import")).count());
        run.totals.put("requests", requests);
        run.totals.put("requests that met a fault (retried)", failedRequests);
        run.totals.put("writes acknowledged (2xx)", Api.WRITES_ACKNOWLEDGED.get());
        run.totals.put("500 answers", Api.SERVER_ERRORS.get());
        run.totals.put("events published", events);
        run.totals.put("event applications checked", applications);
        run.totals.put("mails", mails + (unverifiable > 0 ? " (" + unverifiable + " accepted by the mail server while it was read"
                + " just before its kill: not verifiable, it keeps mail in memory)" : ""));
        run.totals.put("mails sent again after a kill between acceptance and commit", repeatedAfterKill);
        run.totals.put("poison messages injected", run.poisonKeys.size());
        run.totals.put("longest wait of a MOOC for an effect", slowest == null ? "-"
                : String.format("%.1f s (%s, MOOC %d)", slowest.longestWaitMs / 1000.0, slowest.longestWaitFor, slowest.n));
        run.totals.put("driving time", (settleStart - run.t0) / 1000 + " s");
        if (Api.SERVER_ERRORS.get() > 0) {
            fail(Api.SERVER_ERRORS.get() + " requests were answered 500");
        }
        print();
    }

    /**
     * Could the service have been killed between the mail's queuing and the commit that marked it sent? The kill is an
     * interval, not an instant: from just before the first SIGKILL until every process had exited. A process still
     * running in it (its second instance, a moment longer) can queue a mail, have it accepted and die before the commit.
     */
    private boolean killedWhileSending(String service, OffsetDateTime created, OffsetDateTime sent) {
        for (Fault f : run.faults) {
            if (f.name.startsWith(service) && created.toInstant().toEpochMilli() <= f.deadAt
                    && sent.toInstant().toEpochMilli() >= f.killedAt) {
                return true;
            }
        }
        return false;
    }

    /** The faults' kill intervals, as the report of a finding gives them. */
    private String kills() {
        return run.faults.stream().map(f -> f.name + " " + java.time.Instant.ofEpochMilli(f.killedAt) + ".."
                + java.time.Instant.ofEpochMilli(f.deadAt)).collect(Collectors.joining(", "));
    }

    private boolean sentAtMailKill(OffsetDateTime sentAt) {
        for (Fault f : run.faults) {
            long at = sentAt.toInstant().toEpochMilli();
            if (f.name.equals("mail") && at >= f.lookedAt - 1000 && at <= f.killedAt + 1000) {
                return true;
            }
        }
        return false;
    }

    private long queuedMails(String service) {
        try (Connection c = StackDatabases.connect(FaultRun.DB.get(service))) {
            return Long.parseLong(StackDatabases.one(c, "select count(*) from outgoing_mail where sent_at is null and failed_at is null"));
        } catch (SQLException e) {
            return 1;
        }
    }

    private void countPerMooc(String db, String sql, Map<String, Journey> byMooc,
                              java.util.function.ToIntFunction<Journey> expected, String what) throws SQLException {
        try (Connection c = StackDatabases.connect(db)) {
            Map<String, String> counts = StackDatabases.pairs(c, sql);
            for (Journey j : byMooc.values()) {
                int want = expected.applyAsInt(j);
                int got = Integer.parseInt(counts.getOrDefault(j.moocId, "0"));
                if (!j.done) {
                    continue;   // reported above
                }
                if (want >= 0 ? got != want : got < 1 || got > 2) {
                    fail("MOOC " + j.n + " " + j.moocId + ": " + got + " " + what + ", expected " + (want >= 0 ? want : "1-2"));
                }
            }
        }
    }

    // --- the report -----------------------------------------------------------------------------------------------

    void print() {
        StringBuilder b = new StringBuilder("\n=== Fault run " + run.runId + " ===\n");
        run.totals.forEach((k, v) -> b.append(String.format("  %-40s %s%n", k, v)));
        b.append(String.format("%n  %-34s %9s %9s %9s %8s  %s%n", "fault", "down", "restart", "requests", "errors", "what"));
        b.append("  (down: from the kill until healthy again; restart: from deploy/local/up until healthy; requests: sent\n"
                + "   from the kill until 10 s after it was healthy, and the share of them that met the fault)\n");
        for (Fault f : run.faults) {
            b.append(String.format("  %-34s %7.1f s %7.1f s %9d %7.1f%%  %s%n", f.name, (f.recoveredAt - f.killedAt) / 1000.0,
                    (f.recoveredAt - f.restartedAt) / 1000.0, f.requests,
                    f.requests == 0 ? 0.0 : 100.0 * f.failed / f.requests, f.detail));
        }
        String summary = b + (run.problems.isEmpty() ? "\n  Checks: 0 events lost, 0 applied twice, 0 mails lost, no mail sent"
                + " twice but in the window above, portfolio = services, dead letters = the injected poison, every 2xx"
                + " write present.\n"
                : "\n  " + run.problems.size() + " PROBLEMS (first 30; all in .stack/logs/fault-run-" + run.runId + ".txt):\n    "
                + String.join("\n    ", run.problems.subList(0, Math.min(30, run.problems.size()))) + "\n");
        System.out.println(summary);
        try {
            Files.createDirectories(Components.LOGS);
            Files.writeString(Components.LOGS.resolve("fault-run-" + run.runId + ".txt"), run.problems.isEmpty() ? summary
                    : b + "\n  " + run.problems.size() + " PROBLEMS:\n    " + String.join("\n    ", run.problems) + "\n");
        } catch (IOException e) {
            // the console has it
        }
    }
}
