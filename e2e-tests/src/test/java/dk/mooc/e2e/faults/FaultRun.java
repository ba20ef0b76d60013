package dk.mooc.e2e.faults;

import dk.mooc.e2e.StackDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        long killedAt;      // just before the first SIGKILL
        long deadAt;        // once every killed process had exited: the kill happened between the two
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
        new FaultRunChecks(this).check();
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
        f.deadAt = System.currentTimeMillis();
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

    long unsent(String service) {
        try (Connection c = StackDatabases.connect(DB.get(service))) {
            return Long.parseLong(StackDatabases.one(c, "select count(*) from outbox_event where sent_at is null"));
        } catch (SQLException e) {
            return 0;
        }
    }

    // --- helpers for the journeys ---------------------------------------------------------------------------------

    String reviewCaseOf(String moocId, int round) {
        try (Connection c = StackDatabases.connect("review")) {
            return StackDatabases.one(c, "select id::text from review_case where mooc_id = ?::uuid and round = ?", moocId, round);
        } catch (SQLException e) {
            return null;
        }
    }

    String bookingOf(String moocId) {
        try (Connection c = StackDatabases.connect("production")) {
            return StackDatabases.one(c, "select id::text from video_booking where mooc_id = ?::uuid and status <> 'CANCELLED'"
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

}
