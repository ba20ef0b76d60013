package dk.mooc.e2e.faults;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fault-injection run (docs/reliability.md): drives MOOCs through the public APIs while killing components with
 * SIGKILL and restarting them, then checks from the databases, the broker and the mail server that nothing was lost or
 * applied twice, and prints the figures.
 */
final class FaultRun {

    /** The services, the topic each publishes, and the topics each one's consumer group reads. */
    static final List<String> SERVICES = List.of("proposal-service", "review-service", "production-service", "analytics-service");
    static final Map<String, String> DB = Map.of("proposal-service", "proposal", "review-service", "review",
            "production-service", "production", "analytics-service", "analytics");
    static final Map<String, List<String>> CONSUMES = Map.of(
            "proposal-service", List.of("review-events", "production-events"),
            "review-service", List.of("proposal-events"),
            "production-service", List.of("proposal-events", "review-events", "analytics-events"),
            "analytics-service", List.of("production-events"));
    static final List<String> PORTFOLIO_GROUPS = List.of("analytics-service-portfolio-proposal",
            "analytics-service-portfolio-review", "analytics-service-portfolio-production", "analytics-service-portfolio-analytics");
    static final List<String> DEAD_LETTER_TOPICS = List.of("review-service.proposal-events.dlq",
            "production-service.proposal-events.dlq", "production-service.review-events.dlq",
            "production-service.analytics-events.dlq", "proposal-service.review-events.dlq",
            "proposal-service.production-events.dlq", "analytics-service.production-events.dlq", "analytics-service.portfolio.dlq");
    /** Where a poison message on proposal-events must end up: once in each consumer's dead-letter topic. */
    static final List<String> POISON_DEAD_LETTERS = List.of("review-service.proposal-events.dlq",
            "production-service.proposal-events.dlq", "analytics-service.portfolio.dlq");

    final int minMoocs;
    final int workers;
    final List<String> faultPlan;
    final long mailOutageMs;
    final String runId = Long.toString(System.currentTimeMillis() % 10_000_000, 36);
    final OffsetDateTime started = OffsetDateTime.now().minusSeconds(1);
    final long t0 = System.currentTimeMillis();
    final Random random = new Random();
    final int bookingSalt = new Random().nextInt(200);
    private byte[] export;

    final List<Journey> journeys = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<Fault> faults = new ArrayList<>();
    final Set<String> poisonKeys = new HashSet<>();
    final Map<String, String> mailSeen = new HashMap<>();   // "recipient|mail id" -> count, from every snapshot
    final Map<String, Integer> mailCounts = new HashMap<>();
    volatile boolean faultsDone;
    final AtomicInteger next = new AtomicInteger();
    final AtomicInteger stopped = new AtomicInteger();
    final List<String> problems = new ArrayList<>();
    final Map<String, Object> totals = new LinkedHashMap<>();

    FaultRun(int minMoocs, int workers, List<String> faultPlan, long mailOutageMs) {
        this.minMoocs = minMoocs;
        this.workers = workers;
        this.faultPlan = faultPlan;
        this.mailOutageMs = mailOutageMs;
    }

    /** One injected fault and what it did to the clients. */
    static final class Fault {
        final String name;
        String detail = "";
        long killedAt;
        long restartedAt;   // when deploy/local/up was run for it
        long lookedAt;      // mail: when the last read of the mail server before the kill began
        long recoveredAt;   // healthy again
        long requests;
        long failed;

        Fault(String name) {
            this.name = name;
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[faults] " + format + "%n", args);
    }

    // --- the run --------------------------------------------------------------------------------------------------

    void run() throws Exception {
        log("run %s: at least %d MOOCs with %d clients; faults: %s", runId, minMoocs, workers, faultPlan);
        for (String c : List.of("postgres", "kafka", "mail", "keycloak", "gateway", "proposal-service", "review-service",
                "production-service", "analytics-service")) {
            if (!Components.healthy(c)) {
                throw new IllegalStateException(c + " is not running: start the stack with deploy/local/up --instances 2");
            }
        }
        snapshotMail();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            pool.submit(() -> drive(worker));
        }
        Thread injector = new Thread(this::injectFaults, "fault-injector");
        injector.start();
        long lastReport = 0;
        while (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            if (System.currentTimeMillis() - lastReport > 30_000) {
                lastReport = System.currentTimeMillis();
                long finished;
                synchronized (journeys) {
                    finished = journeys.stream().filter(j -> j.done || j.failure != null).count();
                }
                log("%4ds: %d MOOCs started, %d finished, %d requests, faults injected %d/%d", elapsed() / 1000,
                        journeys.size(), finished, Api.REQUESTS.size(), faults.size(), faultPlan.size());
            }
            if (next.get() >= minMoocs && faultsDone) {
                pool.shutdown();
            }
        }
        injector.join();
        log("driving done in %d s: %d MOOCs", elapsed() / 1000, journeys.size());
        check();
    }

    long elapsed() {
        return System.currentTimeMillis() - t0;
    }

    private void drive(int worker) {
        try (Api api = new Api(worker)) {
            while (true) {
                // at least minMoocs, and more while faults are still to come: every fault meets MOOCs in flight
                int n = next.getAndIncrement();
                if (n >= minMoocs && faultsDone) {
                    return;
                }
                Journey j = new Journey(n, runId, true);
                journeys.add(j);
                j.run(api, this);
                if (j.failure != null && stopped.incrementAndGet() <= 5) {
                    log("MOOC %d (%s) stopped at: %s", n, j.moocId, j.failure);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- faults ---------------------------------------------------------------------------------------------------

    private void injectFaults() {
        try {
            Api.sleep(20_000);   // MOOCs in every stage first
            String key = "poison-" + runId;
            Broker.injectPoison(key);
            poisonKeys.add(key);
            log("injected 1 poison message on proposal-events (key %s)", key);
            for (String plan : faultPlan) {
                Api.sleep(5_000 + random.nextInt(15_000));   // a random moment mid-flow
                Fault f = new Fault(plan);
                inject(f);
                synchronized (faults) {
                    faults.add(f);
                }
                log("%-34s %s; healthy again %.1f s after the kill (%.1f s after the restart)", f.name, f.detail,
                        (f.recoveredAt - f.killedAt) / 1000.0, (f.recoveredAt - f.restartedAt) / 1000.0);
            }
        } catch (RuntimeException e) {
            problems.add("fault injection failed: " + e);
            log("fault injection failed: %s", e);
        } finally {
            faultsDone = true;
        }
    }

    private void inject(Fault f) {
        String[] parts = f.name.split(":");
        String component = parts[0];
        String mode = parts.length > 1 ? parts[1] : "";
        switch (component) {
            case "mail" -> {
                // GreenMail keeps mail in memory: what it received so far, read just before it is lost. A mail it
                // accepts while it is being read (seconds, with thousands of mails) cannot be verified afterwards.
                snapshotMail();
                f.lookedAt = System.currentTimeMillis();
                snapshotMail();
                killAndMeasure(f, "mail", mailOutageMs);
                f.detail = "mail server down for " + mailOutageMs / 1000 + " s";
            }
            case "keycloak" -> {
                Api.refreshAll();   // the users are signed in: their tokens must keep working from the cached keys
                killAndMeasure(f, "keycloak", 0);
                f.detail = "tokens issued before kept working";
            }
            case "kafka", "postgres", "gateway" -> killAndMeasure(f, component, 0);
            default -> {
                if (mode.equals("unpublished")) {
                    unpublished(f, component);
                } else {
                    long until = System.currentTimeMillis() + 30_000;
                    long lag = 0;
                    while (System.currentTimeMillis() < until && (lag = Broker.lag(component)) == 0) {
                        Api.sleep(20);
                    }
                    killAndMeasure(f, component, 0);
                    f.detail = "killed while consuming (" + lag + " records delivered, not yet committed)";
                }
            }
        }
    }

    /**
     * Killed between a commit and the publish: the injector drives a MOOC of its own (as a user, through the public
     * APIs) to the service's next event-publishing write, stalls the broker (SIGSTOP) just before that write, and once
     * the write was answered 2xx - its event committed to the outbox, not publishable - kills both instances, resumes
     * the broker and restarts the service. The MOOC then continues; the checks find its event published and applied.
     */
    private void unpublished(Fault f, String service) {
        Journey.Path path = switch (service) {
            case "proposal-service" -> Journey.Path.WITHDRAWN;
            case "review-service" -> Journey.Path.REJECTED;
            default -> Journey.Path.LAUNCHED;
        };
        Journey probe = new Journey(next.getAndIncrement(), runId, false, path);
        probe.pauseAt = switch (service) {
            case "proposal-service" -> "withdraw";
            case "review-service" -> "decision";
            case "production-service" -> "launch";
            default -> "semester review decision";
        };
        long[] unsent = new long[1];
        probe.beforeWrite = () -> Components.signal("kafka", "STOP");
        probe.afterWrite = () -> {
            try {
                unsent[0] = unsent(service);
                killAndMeasure(f, service, -1);
            } finally {
                Components.signal("kafka", "CONT");
            }
            restartAndMeasure(f, service);
        };
        journeys.add(probe);
        try (Api api = new Api(workers)) {
            probe.run(api, this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (f.killedAt == 0) {
            throw new IllegalStateException("the MOOC for " + f.name + " never reached its " + probe.pauseAt + ": "
                    + probe.failure);
        }
        f.detail = "killed with " + unsent[0] + " committed events not yet published (broker stalled; MOOC " + probe.n
                + " at its " + probe.pauseAt + ")";
    }

    /** SIGKILL, then (after {@code downMs}; never when negative) deploy/local/up and the time until healthy. */
    private void killAndMeasure(Fault f, String component, long downMs) {
        f.killedAt = System.currentTimeMillis();
        Components.kill(component);
        if (downMs < 0) {
            return;
        }
        Api.sleep(downMs);
        restartAndMeasure(f, component);
    }

    private void restartAndMeasure(Fault f, String component) {
        f.restartedAt = System.currentTimeMillis();
        Components.up();
        long until = System.currentTimeMillis() + 120_000;
        while (!Components.healthy(component) && System.currentTimeMillis() < until) {
            Api.sleep(200);
        }
        f.recoveredAt = System.currentTimeMillis();
    }

    private long unsent(String service) {
        try (Connection c = Journey.db(DB.get(service))) {
            return Long.parseLong(Journey.one(c, "select count(*) from outbox_event where sent_at is null"));
        } catch (SQLException e) {
            return 0;
        }
    }

    // --- helpers for the journeys ---------------------------------------------------------------------------------

    String reviewCaseOf(String moocId, int round) {
        try (Connection c = Journey.db("review")) {
            return Journey.one(c, "select id::text from review_case where mooc_id = ?::uuid and round = ?", moocId, round);
        } catch (SQLException e) {
            return null;
        }
    }

    String bookingOf(String moocId) {
        try (Connection c = Journey.db("production")) {
            return Journey.one(c, "select id::text from video_booking where mooc_id = ?::uuid and status <> 'CANCELLED'"
                    + " order by starts_at limit 1", moocId);
        } catch (SQLException e) {
            throw new Api.StepFailed("looking up the booking: " + e.getMessage());
        }
    }

    LocalDate bookingDay(int n, int attempt) {
        LocalDate day = LocalDate.now().plusDays(21 + (bookingSalt + n / 8 + attempt * 7) % 320);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    static String copenhagenOffset(LocalDate day) {
        String o = ZoneId.of("Europe/Copenhagen").getRules().getOffset(day.atTime(12, 0)).getId();
        return o.equals("Z") ? "+00:00" : o;
    }

    /** A small Coursera export (the documented generator, 120 learners, one semester from 2025-autumn) as a zip. */
    synchronized byte[] export() {
        if (export == null) {
            try {
                Path dir = Files.createTempDirectory("fault-run-export");
                Path zip = dir.resolve("export.zip");
                Components.exec(List.of("java", "-cp", Components.ROOT.resolve("analytics-service/target/classes").toString(),
                        "dk.mooc.analytics.generator.SyntheticCourseraExport", "--zip", "--out", zip.toString(),
                        "--learners", "120", "--seed", "11", "--first-semester", "2025-autumn", "--semesters", "1"), 120);
                export = Files.readAllBytes(zip);
            } catch (IOException e) {
                throw new IllegalStateException("generating the export failed", e);
            }
        }
        return export;
    }

    // --- mail -----------------------------------------------------------------------------------------------------

    private static final Pattern MAIL_ID = Pattern.compile("(?im)^X-MOOC-Mail-Id:\\s*(\\S+)\\s*$");

    /** Every mail the mail server holds now, counted once per (recipient, mail id, message); merged over snapshots. */
    synchronized void snapshotMail() {
        String users = Components.get("http://127.0.0.1:8025/api/user");
        if (users == null) {
            return;
        }
        try {
            for (var u : Api.JSON.readTree(users)) {
                String email = u.path("email").asText();
                String body = Components.get("http://127.0.0.1:8025/api/user/" + Api.q(email) + "/messages/INBOX");
                if (body == null) {
                    continue;
                }
                Map<String, Integer> now = new HashMap<>();
                for (var m : Api.JSON.readTree(body)) {
                    Matcher id = MAIL_ID.matcher(m.path("mimeMessage").asText());
                    if (id.find()) {
                        now.merge(email + "|" + id.group(1), 1, Integer::sum);
                    }
                }
                // a restarted mail server starts empty: a snapshot's count replaces the last one only if it is higher
                now.forEach((k, v) -> mailCounts.merge(k, v, Math::max));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the checks -----------------------------------------------------------------------------------------------

    private void fail(String what) {
        problems.add(what);
        if (problems.size() <= 20) {
            log("PROBLEM: %s", what);
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
            for (String s : SERVICES) {
                unsent += unsent(s);
                lag += Broker.lag(s);
                mails += queuedMails(s);
            }
            for (String g : PORTFOLIO_GROUPS) {
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
                log("settling: %d events unpublished, %d records not consumed, %d mails queued", unsent, lag, mails);
            }
            Api.sleep(2000);
        }
        log("settled in %d s", (System.currentTimeMillis() - settleStart) / 1000);
        snapshotMail();

        Set<String> moocs = journeys.stream().filter(j -> j.moocId != null).map(j -> j.moocId).collect(Collectors.toSet());

        // 2. the journeys: each reached its end (a step that failed is a lost or refused write)
        for (Journey j : journeys) {
            if (j.failure != null) {
                fail("MOOC " + j.n + " (" + j.moocId + ") stopped: " + j.failure);
            }
        }

        // 3. events: every outbox row sent, and applied by each consumer (its inbox), and by the portfolio
        long events = 0;
        Map<String, List<String[]>> byTopic = new HashMap<>();   // topic -> [id, type, subject]
        for (String s : SERVICES) {
            try (Connection c = Journey.db(DB.get(s))) {
                long unsent = Long.parseLong(Journey.one(c, "select count(*) from outbox_event where sent_at is null"));
                if (unsent > 0) {
                    fail(s + ": " + unsent + " events never published");
                }
                try (PreparedStatement st = c.prepareStatement("select id::text, event_type, subject, topic from outbox_event"
                        + " where occurred_at >= ?")) {
                    st.setObject(1, started);
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
        for (String consumer : SERVICES) {
            try (Connection c = Journey.db(DB.get(consumer))) {
                Set<String> handled = strings(c, "select distinct event_type from inbox_event");
                Set<String> inbox = strings(c, "select event_id from inbox_event where received_at >= '" + started + "'");
                for (String topic : CONSUMES.get(consumer)) {
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
        try (Connection c = Journey.db("analytics")) {
            Map<String, Integer> portfolio = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("select event_id, count(*) from portfolio_event where occurred_at >= ?"
                    + " group by event_id")) {
                st.setObject(1, started.minusMinutes(1));
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
        Map<String, Journey> byMooc = journeys.stream().filter(j -> j.moocId != null)
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
        try (Connection p = Journey.db("proposal"); Connection pr = Journey.db("production"); Connection a = Journey.db("analytics")) {
            Map<String, String> proposal = pairs(p, "select id::text, status from proposal where created_at >= '" + started + "'");
            Map<String, String> production = pairs(pr, "select mooc_id::text, status from production");
            Map<String, String> course = pairs(a, "select mooc_id::text, status from launched_course");
            Map<String, String> portfolio = pairs(a, "select mooc_id::text, stage from portfolio_mooc");
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
        try (Connection a = Journey.db("analytics")) {
            Map<String, String> outcomes = pairs(a, "select mooc_id::text, outcome from semester_review where status = 'COMPLETED'");
            Map<String, String> imports = pairs(a, "select mooc_id::text, status from export_import");
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
        for (String s : SERVICES) {
            try (Connection c = Journey.db(DB.get(s))) {
                try (PreparedStatement st = c.prepareStatement("select id::text, recipient, sent_at, failed_at, created_at"
                        + " from outgoing_mail where created_at >= ?")) {
                    st.setObject(1, started);
                    try (ResultSet r = st.executeQuery()) {
                        while (r.next()) {
                            mails++;
                            String id = r.getString(1);
                            if (r.getObject(3) == null) {
                                fail(s + ": mail " + id + " to " + r.getString(2) + " never sent"
                                        + (r.getObject(4) != null ? " (given up)" : ""));
                                continue;
                            }
                            int got = mailCounts.getOrDefault(r.getString(2) + "|" + id, 0);
                            if (got == 2 && killedWhileSending(s, r.getObject(5, OffsetDateTime.class),
                                    r.getObject(3, OffsetDateTime.class))) {
                                // the mail server accepted it, the service was killed before its commit marked it
                                // sent, and after the restart it was sent again: SMTP's at-least-once, in that window
                                repeatedAfterKill++;
                            } else if (got > 1) {
                                fail(s + ": mail " + id + " to " + r.getString(2) + " delivered " + got + " times");
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
        Map<String, Integer> deadLetters = Broker.deadLetters(DEAD_LETTER_TOPICS, started);
        for (String topic : DEAD_LETTER_TOPICS) {
            for (String key : poisonKeys) {
                int expected = POISON_DEAD_LETTERS.contains(topic) ? 1 : 0;
                int got = deadLetters.getOrDefault(topic + "|" + key, 0);
                if (got != expected) {
                    fail(topic + " holds the poison message " + got + " times, expected " + expected);
                }
            }
        }
        deadLetters.forEach((k, v) -> {
            if (poisonKeys.stream().noneMatch(k::endsWith)) {
                fail("dead letter not injected by the run: " + k + " (" + v + ")");
            }
        });

        // figures
        long requests = Api.REQUESTS.size();
        long failedRequests = Api.REQUESTS.stream().filter(r -> r[1] == 1).count();
        for (Fault f : faults) {
            long windowEnd = f.recoveredAt + 10_000;
            for (long[] r : Api.REQUESTS) {
                if (r[0] >= f.killedAt && r[0] <= windowEnd) {
                    f.requests++;
                    f.failed += r[1];
                }
            }
        }
        Journey slowest = journeys.stream().max((a, b) -> Long.compare(a.longestWaitMs, b.longestWaitMs)).orElse(null);
        Map<String, Long> paths = new TreeMap<>(journeys.stream().collect(Collectors.groupingBy(j -> j.path.name(), Collectors.counting())));
        totals.put("MOOCs", journeys.size());
        totals.put("paths", paths);
        totals.put("with a studio booking", journeys.stream().filter(j -> j.facts.containsKey("booking")).count());
        totals.put("with a Coursera export", journeys.stream().filter(j -> j.facts.containsKey("import")).count());
        totals.put("requests", requests);
        totals.put("requests that met a fault (retried)", failedRequests);
        totals.put("writes acknowledged (2xx)", Api.WRITES_ACKNOWLEDGED.get());
        totals.put("500 answers", Api.SERVER_ERRORS.get());
        totals.put("events published", events);
        totals.put("event applications checked", applications);
        totals.put("mails", mails + (unverifiable > 0 ? " (" + unverifiable + " accepted by the mail server while it was read"
                + " just before its kill: not verifiable, it keeps mail in memory)" : ""));
        totals.put("mails sent again after a kill between acceptance and commit", repeatedAfterKill);
        totals.put("poison messages injected", poisonKeys.size());
        totals.put("longest wait of a MOOC for an effect", slowest == null ? "-"
                : String.format("%.1f s (%s, MOOC %d)", slowest.longestWaitMs / 1000.0, slowest.longestWaitFor, slowest.n));
        totals.put("driving time", (settleStart - t0) / 1000 + " s");
        if (Api.SERVER_ERRORS.get() > 0) {
            fail(Api.SERVER_ERRORS.get() + " requests were answered 500");
        }
        print();
    }

    /** Was the service killed between the mail's queuing and the commit that marked it sent? */
    private boolean killedWhileSending(String service, OffsetDateTime created, OffsetDateTime sent) {
        for (Fault f : faults) {
            if (f.name.startsWith(service) && f.killedAt >= created.toInstant().toEpochMilli()
                    && f.killedAt <= sent.toInstant().toEpochMilli()) {
                return true;
            }
        }
        return false;
    }

    private boolean sentAtMailKill(OffsetDateTime sentAt) {
        for (Fault f : faults) {
            long at = sentAt.toInstant().toEpochMilli();
            if (f.name.equals("mail") && at >= f.lookedAt - 1000 && at <= f.killedAt + 1000) {
                return true;
            }
        }
        return false;
    }

    private long queuedMails(String service) {
        try (Connection c = Journey.db(DB.get(service))) {
            return Long.parseLong(Journey.one(c, "select count(*) from outgoing_mail where sent_at is null and failed_at is null"));
        } catch (SQLException e) {
            return 1;
        }
    }

    private void countPerMooc(String db, String sql, Map<String, Journey> byMooc,
                              java.util.function.ToIntFunction<Journey> expected, String what) throws SQLException {
        try (Connection c = Journey.db(db)) {
            Map<String, String> counts = pairs(c, sql);
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

    private static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static Map<String, String> pairs(Connection c, String sql) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    // --- the report -----------------------------------------------------------------------------------------------

    void print() {
        StringBuilder b = new StringBuilder("\n=== Fault run " + runId + " ===\n");
        totals.forEach((k, v) -> b.append(String.format("  %-40s %s%n", k, v)));
        b.append(String.format("%n  %-34s %9s %9s %9s %8s  %s%n", "fault", "down", "restart", "requests", "errors", "what"));
        b.append("  (down: from the kill until healthy again; restart: from deploy/local/up until healthy; requests: sent\n"
                + "   from the kill until 10 s after it was healthy, and the share of them that met the fault)\n");
        for (Fault f : faults) {
            b.append(String.format("  %-34s %7.1f s %7.1f s %9d %7.1f%%  %s%n", f.name, (f.recoveredAt - f.killedAt) / 1000.0,
                    (f.recoveredAt - f.restartedAt) / 1000.0, f.requests,
                    f.requests == 0 ? 0.0 : 100.0 * f.failed / f.requests, f.detail));
        }
        String summary = b + (problems.isEmpty() ? "\n  Checks: 0 events lost, 0 applied twice, 0 mails lost, no mail sent"
                + " twice but in the window above, portfolio = services, dead letters = the injected poison, every 2xx"
                + " write present.\n"
                : "\n  " + problems.size() + " PROBLEMS (first 30; all in .stack/logs/fault-run-" + runId + ".txt):\n    "
                + String.join("\n    ", problems.subList(0, Math.min(30, problems.size()))) + "\n");
        System.out.println(summary);
        try {
            Files.createDirectories(Components.LOGS);
            Files.writeString(Components.LOGS.resolve("fault-run-" + runId + ".txt"), problems.isEmpty() ? summary
                    : b + "\n  " + problems.size() + " PROBLEMS:\n    " + String.join("\n    ", problems) + "\n");
        } catch (IOException e) {
            // the console has it
        }
    }
}
