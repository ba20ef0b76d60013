package dk.mooc.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One MOOC of the fault run, driven through the public APIs as its people would: the instructor writes and submits the
 * proposal, the consultant, study board and Head of Department endorse it, the committee reviews it, and then, by the
 * MOOC's path, it is withdrawn, rejected, sent back for a revision, or approved, produced (some with a studio booking),
 * launched, given a Coursera export (some) and reviewed by the study board for its first semester.
 */
final class Journey {

    enum Path {
        WITHDRAWN("WITHDRAWN"), REJECTED("REJECTED"), REVISED_AND_LAUNCHED("LAUNCHED"), LAUNCHED("LAUNCHED"),
        RETIRED("RETIRED");

        final String portfolioStage;

        Path(String stage) {
            this.portfolioStage = stage;
        }
    }

    /** The people of the MOOC's department (the demo realm's users). */
    record Department(String name, String instructor, String instructorName, String email, String board, String head,
                      String chair, String secondMember) {
    }

    static final Department COMPUTE = new Department("Compute", "ida", "Ida Holm", "ida@example.org", "bo", "hans",
            "kirsten", "cathy");
    static final Department PHYSICS = new Department("Physics", "ole", "Ole Friis", "ole@example.org", "bea", "helle",
            "chris", "chris");
    /** Launch dates in five ended semesters (spring from 1 January, autumn from 1 July), so each list stays short. */
    static final String[] LAUNCHES = {"2024-03-01", "2024-09-01", "2025-03-01", "2026-03-01", "2025-09-01"};
    static final String[] SEMESTERS = {"2024-spring", "2024-autumn", "2025-spring", "2026-spring", "2025-autumn"};

    final int n;
    final String runId;
    final Path path;
    final boolean booking;
    final boolean exportImport;
    final Department dept;
    final String title;
    String moocId;
    String step = "not started";
    String failure;
    boolean done;
    long longestWaitMs;
    String longestWaitFor = "";
    final Map<String, String> facts = new LinkedHashMap<>();   // what the run was told (2xx), checked at the end

    /**
     * A write at which the fault injector takes over (see {@link #at}): before it, {@code beforeWrite} runs, after its
     * 2xx, {@code afterWrite}; null for the clients' MOOCs.
     */
    String pauseAt;
    Runnable beforeWrite;
    Runnable afterWrite;

    Journey(int n, String runId, boolean withImports) {
        this(n, runId, withImports, n % 20 == 0 ? Path.WITHDRAWN : n % 10 == 3 ? Path.REJECTED
                : n % 10 == 5 ? Path.REVISED_AND_LAUNCHED : n % 10 == 7 ? Path.RETIRED : Path.LAUNCHED);
    }

    Journey(int n, String runId, boolean withImports, Path path) {
        this.n = n;
        this.runId = runId;
        this.path = path;
        boolean produced = path != Path.WITHDRAWN && path != Path.REJECTED;
        this.booking = produced && n % 5 == 1;
        this.exportImport = produced && withImports && n % 8 == 2;
        this.dept = n % 2 == 0 ? COMPUTE : PHYSICS;
        this.title = "Fault run " + runId + " MOOC " + n;
    }

    String launchDate() {
        return exportImport ? "2025-09-01" : LAUNCHES[n % LAUNCHES.length];
    }

    String semester() {
        return exportImport ? "2025-autumn" : SEMESTERS[n % SEMESTERS.length];
    }

    void run(Api api, FaultRun run) {
        try {
            proposal(api, run);
            if (path == Path.WITHDRAWN) {
                done = true;
                return;
            }
            review(api, run);
            if (path == Path.REJECTED) {
                done = true;
                return;
            }
            production(api, run);
            analytics(api, run);
            done = true;
        } catch (RuntimeException e) {
            failure = step + ": " + e.getMessage();
        }
    }

    // --- proposal-service -----------------------------------------------------------------------------------------

    private void proposal(Api api, FaultRun run) {
        String i = dept.instructor;
        step = "create the proposal";
        Api.Answer created = api.send(i, "POST", "/proposal/proposals", application(), null, Map.of(), 600_000);
        if (created.status() == 201) {
            moocId = created.body().path("id").asText();
        } else {
            // the answer was lost and the retry was refused, or it never came: the title finds it, if it was stored
            JsonNode found = api.read(i, "/proposal/proposals?q=" + Api.q(title) + "&size=5");
            for (JsonNode p : found.path("items")) {
                if (p.path("title").asText().equals(title)) {
                    moocId = p.path("id").asText();
                }
            }
            if (moocId == null) {
                Api.expect(created, "create " + title, 201);
            }
        }
        String base = "/proposal/proposals/" + moocId;
        step = "request the consultation";
        api.write(i, "POST", base + "/consultation/request", null, Map.of());
        if (path == Path.WITHDRAWN) {
            step = "withdraw";
            at("withdraw", () -> api.write(i, "POST", base + "/withdraw",
                    Map.of("reason", "The department cannot staff it this year."), Map.of()));
            return;
        }
        step = "assign the consultant";
        api.write("carla", "POST", base + "/consultation/assign", null, Map.of());
        step = "record the consultation";
        api.write("carla", "POST", base + "/consultation", Map.of("date", LocalDate.now().minusDays(2).toString(),
                "notes", "Scope and budget agreed."), Map.of());
        step = "request the endorsements";
        api.write(i, "POST", base + "/endorsements/request", null, Map.of());
        String hash = api.read(i, base).path("contentHash").asText();
        step = "study board approval";
        api.write(dept.board, "POST", base + "/board-approval", Map.of("decision", "APPROVE", "contentHash", hash), Map.of());
        step = "head signature";
        api.write(dept.head, "POST", base + "/head-signature", Map.of("decision", "SIGN", "contentHash", hash), Map.of());
        step = "submit";
        api.write(i, "POST", base + "/submit", null, Map.of());
        facts.put("submitted", "yes");
    }

    private Map<String, Object> application() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", title);
        a.put("topic", "Reliability engineering");
        a.put("summary", "A MOOC of the fault-injection run.");
        a.put("targetLearners", "Engineers");
        a.put("impactPotential", "Shows that nothing is lost when parts of the platform crash");
        a.put("expectedEnrolments", 1000 + n);
        a.put("uniqueness", "Each one is different: number " + n);
        a.put("researchEnvironment", "The department of " + dept.name);
        a.put("teacherBackground", "Experienced online teacher");
        a.put("newContent", true);
        a.put("phases", "Outline, pilot, recording");
        a.put("plannedLaunchSemester", "2027-autumn");
        a.put("team", List.of(Map.of("name", dept.instructorName, "email", dept.email, "role", "INSTRUCTOR")));
        a.put("resources", Map.of("staffHours", 300, "assistants", 1, "videoBudgetDkk", 20000));
        return a;
    }

    // --- review-service -------------------------------------------------------------------------------------------

    private void review(Api api, FaultRun run) {
        step = "wait for the review case";
        String caseId = waitFor("the review case", run, () -> run.reviewCaseOf(moocId, 1));
        String cases = "/review/review-cases/" + caseId;
        assess(api, cases);
        if (path == Path.REVISED_AND_LAUNCHED) {
            decide(api, cases, "REVISION_REQUESTED");
            step = "wait for the revision request";
            waitFor("the proposal to return for revision", run, () -> {
                JsonNode p = api.read(dept.instructor, "/proposal/proposals/" + moocId);
                return p != null && p.path("status").asText().equals("REVISION_REQUESTED") ? "yes" : null;
            });
            step = "resubmit";
            api.write(dept.instructor, "POST", "/proposal/proposals/" + moocId + "/submit", null, Map.of());
            step = "wait for the second round";
            caseId = waitFor("the second review round", run, () -> run.reviewCaseOf(moocId, 2));
            cases = "/review/review-cases/" + caseId;
            assess(api, cases);
        }
        decide(api, cases, path == Path.REJECTED ? "REJECTED" : "APPROVED");
    }

    private void assess(Api api, String cases) {
        for (String member : List.of("kirsten", dept.secondMember)) {
            step = "add " + member + " to the review";
            api.write("chris", "POST", cases + "/members", Map.of("username", member), Map.of());
            step = member + "'s declaration";
            api.write(member, "PUT", cases + "/members/me/declaration", Map.of("conflict", false), Map.of());
            step = member + "'s assessment";
            List<Map<String, Object>> scores = new ArrayList<>();
            for (String criterion : List.of("TOPIC", "TEACHER", "RESOURCES")) {
                scores.add(Map.of("criterion", criterion, "score", 4, "comment", criterion.toLowerCase() + ": convincing"));
            }
            api.write(member, "PUT", cases + "/assessments/me", Map.of("scores", scores, "recommendation", "APPROVE"), Map.of());
        }
    }

    private void decide(Api api, String cases, String outcome) {
        if (dept == COMPUTE) {
            step = "acting chair";
            api.write("chris", "PUT", cases + "/acting-chair", Map.of("username", "kirsten"), Map.of());
        }
        step = "decision " + outcome;
        at("decision", () -> api.write(dept.chair, "POST", cases + "/decision", Map.of("outcome", outcome,
                "comments", "Decided in the fault run.",
                "letter", "Dear " + dept.instructorName + ",\n\nthe committee's decision: " + outcome + "."), Map.of()));
        facts.put("decision", outcome);
    }

    // --- production-service ---------------------------------------------------------------------------------------

    private Map<String, String> etag(Api api, String base) {
        return Map.of("If-Match", "\"" + api.read("carla", base).path("version").asLong() + "\"");
    }

    private void production(Api api, FaultRun run) {
        String i = dept.instructor;
        String base = "/production/productions/" + moocId;
        step = "wait for the production";
        waitFor("the production", run, () -> api.read("carla", base) != null ? "yes" : null);
        step = "agree the plan";
        versioned(api, base, "POST", base + "/plan/agree", "carla", null,
                p -> !p.path("status").asText().equals("PLANNING"));
        step = "milestone PLAN_AGREED";
        milestone(api, base, i, "PLAN_AGREED");
        if (booking) {
            book(api, run, base);
        }
        for (String round : List.of("TEACHING_PLAN", "MATERIAL")) {
            step = "comment in the feedback round " + round;
            api.write("carla", "POST", base + "/feedback/" + round + "/comments", Map.of("text", "Add a learning objective."),
                    Map.of());
            // every open comment of the round resolved (a comment repeated after a lost answer is resolved as well)
            for (JsonNode r : api.read(i, base + "/feedback")) {
                if (!r.path("round").asText().equals(round)) {
                    continue;
                }
                for (JsonNode c : r.path("comments")) {
                    if (c.path("resolution").asText().equals("OPEN")) {
                        step = "resolve a comment in " + round;
                        api.write(i, "PUT", base + "/feedback/" + round + "/comments/" + c.path("id").asText(),
                                Map.of("resolution", "RESOLVED", "note", "Done."), Map.of());
                    }
                }
            }
            step = "close the feedback round " + round;
            api.write("carla", "POST", base + "/feedback/" + round + "/close", null, Map.of());
        }
        for (String key : List.of("COURSE_OUTLINE", "PILOT_MODULE", "VIDEO_RECORDING", "MATERIAL_COMPLETE", "COURSERA_SETUP")) {
            step = "milestone " + key;
            milestone(api, base, key.equals("VIDEO_RECORDING") ? "mads" : i, key);
        }
        step = "user test";
        api.write(i, "PUT", base + "/user-test", Map.of("testedOn", LocalDate.now().minusDays(3).toString(), "students", 5,
                "colleagues", 2, "findings", "Quizzes too long."), Map.of());
        step = "ask for the launch approval";
        api.write(i, "POST", base + "/launch-approval/request", null, Map.of());
        step = "launch approval";
        api.write(dept.board, "POST", base + "/launch-approval", Map.of("decision", "APPROVED", "comment", "Ready."), Map.of());
        step = "launch";
        at("launch", () -> api.write(i, "POST", base + "/launch", Map.of("courseUrl",
                "https://www.coursera.org/learn/fault-run-" + runId + "-" + n, "launchDate", launchDate()), Map.of()));
        facts.put("launched", launchDate());
    }

    private void milestone(Api api, String base, String who, String key) {
        versioned(api, base, "PUT", base + "/milestones/" + key, who, Map.of("status", "DONE"), p -> {
            for (JsonNode m : p.path("milestones")) {
                if (m.path("key").asText().equals(key)) {
                    return m.path("status").asText().equals("DONE");
                }
            }
            return false;
        });
    }

    /**
     * A write with If-Match from a fresh read. A 412 after a lost answer means it was applied (Api); a 412 otherwise
     * means someone else changed the production meanwhile (e.g. the milestone watch): as the problem says, reload and
     * apply the change again.
     */
    private void versioned(Api api, String base, String method, String path, String who, Object body,
                           java.util.function.Predicate<JsonNode> applied) {
        for (int attempt = 1; ; attempt++) {
            Api.Answer a = api.send(who, method, path, body, null, etag(api, base), 600_000);
            if (a.status() >= 200 && a.status() < 300) {
                return;
            }
            // a 412 after a lost answer: applied, unless someone else's change made the version move meanwhile
            if (applied.test(api.read("carla", base))) {
                return;
            }
            if (a.status() != 412 || attempt == 10) {
                Api.expect(a, who + " " + method + " " + path, 200, 204);
            }
        }
    }

    /** A one-hour MediaLab slot, confirmed by MediaLab; a slot another booking holds (409) moves to the next one. */
    private void book(Api api, FaultRun run, String base) {
        for (int attempt = 0; attempt < 40; attempt++) {
            LocalDate day = run.bookingDay(n, attempt);
            int hour = 8 + (n + attempt) % 8;
            String offset = FaultRun.copenhagenOffset(day);
            String start = day + "T" + String.format("%02d", hour) + ":00:00" + offset;
            String end = day + "T" + String.format("%02d", hour + 1) + ":00:00" + offset;
            step = "book MediaLab " + start;
            Api.Answer a = api.send(dept.instructor, "POST", base + "/bookings", Map.of("studio", "MEDIALAB", "start", start,
                    "end", end, "note", "Fault run"), null, Map.of(), 600_000);
            String bookingId = null;
            if (a.status() == 201 || a.status() == 200) {
                bookingId = a.body().path("id").asText();
            } else if (a.status() == 409 && a.repeated()) {
                bookingId = run.bookingOf(moocId);   // our own earlier attempt holds the slot: its answer was lost
            }
            if (bookingId != null) {
                step = "confirm the booking";
                api.write("mads", "POST", "/production/bookings/" + bookingId + "/confirm", null, Map.of());
                facts.put("booking", bookingId);
                return;
            }
            if (a.status() != 409) {
                Api.expect(a, "book MediaLab", 201);
            }
        }
        throw new Api.StepFailed("no free MediaLab hour found in 40 tries");
    }

    // --- analytics-service ----------------------------------------------------------------------------------------

    private void analytics(Api api, FaultRun run) {
        String i = dept.instructor;
        step = "wait for the course in analytics";
        waitFor("the course in analytics", run, () -> api.read(i, "/analytics/courses/" + moocId) != null ? "yes" : null);
        if (exportImport) {
            step = "upload the Coursera export";
            Api.Answer a = api.send(i, "POST", "/analytics/courses/" + moocId + "/exports", run.export(), "application/zip",
                    Map.of(), 600_000);
            String importId;
            if (a.status() == 202) {
                importId = a.body().path("id").asText();
            } else {
                Api.expect(a, "upload the export", 202);
                return;
            }
            step = "wait for the import";
            String status = waitFor("the import", run, () -> {
                String s = api.read(i, "/analytics/courses/" + moocId + "/imports/" + importId).path("status").asText();
                return s.equals("RUNNING") || s.equals("QUEUED") ? null : s;
            });
            facts.put("import", status);
            if (!status.equals("COMPLETED")) {
                throw new Api.StepFailed("the import ended " + status);
            }
        }
        step = "semester review";
        String semester = semester();
        String reviewId = waitFor("the semester review", run, () -> {
            JsonNode list = api.read(dept.board, "/analytics/semester-reviews?semester=" + semester + "&department="
                    + dept.name);
            for (JsonNode r : list) {
                if (r.path("moocId").asText().equals(moocId)) {
                    return r.path("id").asText();
                }
            }
            return null;
        });
        String outcome = path == Path.RETIRED ? "RETIRE" : "CONTINUE";
        step = "semester review decision " + outcome;
        at("semester review decision", () -> api.write(dept.board, "POST", "/analytics/semester-reviews/" + reviewId
                + "/decision", Map.of("outcome", outcome, "comments", "Fault run.", "actions", List.of("Add subtitles")), Map.of()));
        facts.put("semesterReview", outcome);
    }

    /** A write that publishes an event; the fault injector's MOOC stalls the broker before it and kills after it. */
    private void at(String write, Runnable request) {
        boolean paused = write.equals(pauseAt);
        if (paused) {
            beforeWrite.run();
        }
        request.run();
        if (paused) {
            afterWrite.run();
        }
    }

    /** Polls until the effect of an event is there; the wait is what "the longest time a MOOC waited" reports. */
    private String waitFor(String what, FaultRun run, Supplier<String> probe) {
        long t0 = System.currentTimeMillis();
        long deadline = t0 + 900_000;
        while (true) {
            String v;
            try {
                v = probe.get();
            } catch (Api.StepFailed e) {
                throw e;
            } catch (RuntimeException e) {
                v = null;   // e.g. the database lookup while PostgreSQL restarts
            }
            if (v != null) {
                long waited = System.currentTimeMillis() - t0;
                if (waited > longestWaitMs) {
                    longestWaitMs = waited;
                    longestWaitFor = what;
                }
                return v;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new Api.StepFailed("waited 15 minutes for " + what);
            }
            Api.sleep(400);
        }
    }
}
