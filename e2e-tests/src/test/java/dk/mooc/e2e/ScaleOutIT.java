package dk.mooc.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.mooc.e2e.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scale-out, simulated on one machine: the end-to-end run starts two instances of every service (deploy/local/up
 * --instances 2, see e2e-tests/prepare) on the same databases and Kafka, and the gateway balances each service's
 * requests over both. Every other end-to-end test therefore runs against two instances; this one checks what scale-out
 * must not break: both instances serve, no concurrent edit is lost, every event is applied exactly once, every mail is
 * sent exactly once, and a scheduled job (running every 10 s on both instances here) does its work once.
 */
class ScaleOutIT {

    /** Each service's database and the ports of its two instances (deploy/local/lib.sh: the second one is +10). */
    private static final Map<String, int[]> INSTANCES = new LinkedHashMap<>();
    private static final Path LOGS = Path.of(System.getProperty("mooc.root", "..")).resolve(".stack/logs");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static {
        INSTANCES.put("proposal", new int[] {8081, 8091});
        INSTANCES.put("review", new int[] {8082, 8092});
        INSTANCES.put("production", new int[] {8083, 8093});
        INSTANCES.put("analytics", new int[] {8084, 8094});
    }

    @Test
    void bothInstancesOfEveryServiceServeRequestsThroughTheGateway() throws Exception {
        Map<String, String> reads = Map.of("proposal", "/api/proposal/proposals", "review", "/api/review/review-cases",
                "production", "/api/production/productions", "analytics", "/api/analytics/courses");
        Map<String, String> readers = Map.of("proposal", "ida", "review", "chris", "production", "ada", "analytics", "ada");
        for (Map.Entry<String, int[]> service : INSTANCES.entrySet()) {
            String name = service.getKey();
            long[] before = new long[2];
            for (int i = 0; i < 2; i++) {
                assertEquals(200, get("http://127.0.0.1:" + service.getValue()[i] + "/q/health/ready").statusCode(),
                        name + "-service instance " + (i + 1) + " is ready");
                before[i] = requestsServed(service.getValue()[i]);
            }
            for (int n = 0; n < 20; n++) {
                as(readers.get(name)).when().get(reads.get(name)).then().statusCode(200);
            }
            for (int i = 0; i < 2; i++) {
                long served = requestsServed(service.getValue()[i]) - before[i];
                System.out.printf("[scale-out] %s-service instance %d served %d of 20 reads%n", name, i + 1, served);
                assertTrue(served > 0, name + "-service instance " + (i + 1) + " served none of 20 reads through the gateway");
            }
        }
    }

    @Test
    void concurrentEditsThroughBothInstancesLoseNothing() throws Exception {
        Map<String, Object> application = ProposalToReviewCaseIT.application("Scale-out edits " + System.nanoTime());
        Response created = as("ida").contentType(ContentType.JSON).body(application).when().post("/api/proposal/proposals");
        created.then().statusCode(201);
        String id = created.path("id");
        String etag = created.header("ETag");

        // eight edits of the same version at once, spread over both instances: exactly one wins, none is silently lost
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> edit = new HashMap<>(application);
            edit.put("summary", "Concurrent edit " + i);
            answers.add(pool.submit((Callable<Response>) () -> as("ida").contentType(ContentType.JSON).header("If-Match", etag).body(edit)
                            .when().put("/api/proposal/proposals/{id}", id)));
        }
        List<String> winners = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (Future<Response> f : answers) {
            Response r = f.get();
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 200) {
                winners.add(r.path("summary"));
            }
        }
        pool.shutdown();
        System.out.printf("[scale-out] 8 concurrent edits of one version: %s%n", statuses);
        assertEquals(1, winners.size(), "exactly one of eight edits of the same version wins: " + statuses);
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 412 || s == 409), statuses.toString());
        Response now = as("ida").when().get("/api/proposal/proposals/{id}", id);
        assertEquals(winners.get(0), now.path("summary"), "the stored summary is the winner's");

        // then ten edits in turn, each with the ETag the previous one answered, alternating instances: all ten stored
        String current = now.header("ETag");
        for (int i = 0; i < 10; i++) {
            Map<String, Object> edit = new HashMap<>(application);
            edit.put("summary", "Edit in turn " + i);
            String tag = current;
            Response r = as("ida").contentType(ContentType.JSON).header("If-Match", tag)
                    .body(edit).when().put("/api/proposal/proposals/{id}", id);
            r.then().statusCode(200);
            current = r.header("ETag");
        }
        assertEquals("Edit in turn 9", as("ida").when().get("/api/proposal/proposals/{id}", id).path("summary"));
        assertEquals(version(etag) + 11, version(current), "every accepted edit made one version");
    }

    @Test
    void eventsMailsAndScheduledRemindersHappenExactlyOnce() throws Exception {
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(2);
        String title = "Scale-out MOOC " + System.nanoTime();
        String moocId = submittedProposal(title);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                ProposalToReviewCaseIT.openReviewCase("chris", moocId) != null);
        String caseId = (String) ProposalToReviewCaseIT.openReviewCase("chris", moocId).get("id");

        // a meeting tomorrow with the case on its agenda and cathy on the case: her assessment is due, and the reminder
        // job (every 10 s on each of review-service's two instances) must remind her once
        String meeting = as("chris").contentType(ContentType.JSON)
                .body(Map.of("title", "Scale-out meeting", "startsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()))
                .when().post("/api/review/meetings").then().statusCode(201).extract().path("id");
        as("chris").contentType(ContentType.JSON).body(Map.of("caseId", caseId))
                .when().post("/api/review/meetings/{id}/cases", meeting).then().statusCode(200);
        as("cathy").when().post("/api/review/review-cases/{id}/members/me", caseId).then().statusCode(200);
        String reminder = "Your assessment is due: " + title;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> mailsWithSubject("cathy@example.org", reminder) > 0);
        Thread.sleep(25_000);   // at least two more rounds of the job on each instance
        assertEquals(1, mailsWithSubject("cathy@example.org", reminder), "cathy's reminder mails");
        try (Connection review = StackDatabases.connect("review")) {
            assertEquals(1, StackDatabases.count(review, "select count(*) from assessment_reminder where case_id = ?::uuid and username = 'cathy'",
                    caseId), "reminders recorded for cathy");
        }

        // every event about this MOOC is published, and applied exactly once by each consumer of its type: the
        // services' inboxes, and the portfolio's own record of the events it applied (its own consumer group)
        Map<String, String> consumers = new LinkedHashMap<>();   // consumer -> "database.table"
        for (String service : INSTANCES.keySet()) {
            consumers.put(service, service + ".inbox_event");
        }
        consumers.put("portfolio", "analytics.portfolio_event");
        List<String[]> events = new ArrayList<>();   // id, type, producer
        for (String producer : INSTANCES.keySet()) {
            try (Connection c = StackDatabases.connect(producer)) {
                await().atMost(Duration.ofSeconds(60)).until(() ->
                        StackDatabases.count(c, "select count(*) from outbox_event where subject = ? and sent_at is null", moocId) == 0);
                try (PreparedStatement s = c.prepareStatement(
                        "select id::text, event_type from outbox_event where subject = ? order by seq")) {
                    s.setString(1, moocId);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            events.add(new String[] {r.getString(1), r.getString(2), producer});
                        }
                    }
                }
            }
        }
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> consumer : consumers.entrySet()) {
            String[] where = consumer.getValue().split("\\.");
            try (Connection c = StackDatabases.connect(where[0])) {
                // the types this consumer applies: those in its record (a stack that ran the workflow before has them)
                Set<String> handled = StackDatabases.strings(c, "select distinct event_type from " + where[1]);
                for (String[] event : events) {
                    if (!handled.contains(event[1])) {
                        continue;
                    }
                    await().atMost(Duration.ofSeconds(60)).until(() ->
                            StackDatabases.count(c, "select count(*) from " + where[1] + " where event_id = ?", event[0]) == 1);
                    if (where[1].equals("inbox_event")) {
                        int applied = appliedInLogs(consumer.getKey(), event[0]);
                        assertEquals(1, applied, consumer.getKey() + "-service's two instances applied " + event[1] + " "
                                + event[0] + " " + applied + " times");
                    }
                    pairs.add(event[1] + " -> " + consumer.getKey());
                }
            }
        }
        System.out.printf("[scale-out] %d events, each applied once by each consumer: %s%n", events.size(), pairs);
        for (String expected : List.of("mooc.proposal.submitted.v1 -> review", "mooc.proposal.submitted.v1 -> production",
                "mooc.proposal.submitted.v1 -> portfolio")) {
            assertTrue(pairs.contains(expected), expected + " in " + pairs);
        }

        // every mail queued since this test started, in all four services, is delivered exactly once
        int mails = 0;
        for (String service : INSTANCES.keySet()) {
            try (Connection c = StackDatabases.connect(service)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> StackDatabases.count(c,
                        "select count(*) from outgoing_mail where created_at >= ?::timestamptz and sent_at is null"
                                + " and failed_at is null", started.toString()) == 0);
                try (PreparedStatement s = c.prepareStatement(
                        "select id::text, recipient from outgoing_mail where created_at >= ?::timestamptz")) {
                    s.setString(1, started.toString());
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            String id = r.getString(1);
                            int delivered = mailsWithId(r.getString(2), id);
                            assertEquals(1, delivered, service + "-service's mail " + id + " to " + r.getString(2)
                                    + " was delivered " + delivered + " times");
                            mails++;
                        }
                    }
                }
            }
        }
        System.out.printf("[scale-out] %d mails delivered exactly once%n", mails);
        assertTrue(mails >= 3, "the workflow's mails (endorsers, committee, reminder): " + mails);

        // the portfolio, built from all services' events, has the MOOC where the services have it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals("REVIEW",
                as("chris").when().get("/api/analytics/portfolio/{id}/timeline", moocId).then().statusCode(200)
                        .extract().path("mooc.stage")));
    }

    /** A proposal taken through consultation and both endorsements, and submitted: its MOOC id. */
    static String submittedProposal(String title) {
        String moocId = as("ida").contentType(ContentType.JSON).body(ProposalToReviewCaseIT.application(title))
                .when().post("/api/proposal/proposals").then().statusCode(201).extract().path("id");
        as("ida").when().post("/api/proposal/proposals/{id}/consultation/request", moocId).then().statusCode(200);
        as("carla").when().post("/api/proposal/proposals/{id}/consultation/assign", moocId).then().statusCode(200);
        as("carla").contentType(ContentType.JSON).body(Map.of("date", java.time.LocalDate.now().minusDays(1).toString(),
                "notes", "Agreed")).when().post("/api/proposal/proposals/{id}/consultation", moocId).then().statusCode(200);
        String hash = as("ida").when().post("/api/proposal/proposals/{id}/endorsements/request", moocId)
                .then().statusCode(200).extract().path("contentHash");
        as("bo").contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "contentHash", hash))
                .when().post("/api/proposal/proposals/{id}/board-approval", moocId).then().statusCode(200);
        as("hans").contentType(ContentType.JSON).body(Map.of("decision", "SIGN", "contentHash", hash))
                .when().post("/api/proposal/proposals/{id}/head-signature", moocId).then().statusCode(200);
        as("ida").when().post("/api/proposal/proposals/{id}/submit", moocId).then().statusCode(200);
        return moocId;
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replaceAll("[^0-9]", ""));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Requests an instance has answered (Micrometer's http_server_requests, every URI and status). */
    private static long requestsServed(int port) throws Exception {
        long total = 0;
        for (String line : get("http://127.0.0.1:" + port + "/q/metrics").body().split("\n")) {
            if (line.startsWith("http_server_requests_seconds_count{")) {
                total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    /** The mail server's messages to {@code address} (GreenMail's API), each as its raw MIME text. */
    private static List<String> mails(String address) throws Exception {
        String base = System.getProperty("e2e.mail", "http://localhost:8025");
        HttpResponse<String> r = get(base + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages/INBOX");
        if (r.statusCode() == 400 && r.body().contains("not found")) {
            return List.of();   // GreenMail knows an address once a mail reached it
        }
        assertEquals(200, r.statusCode(), "GreenMail's messages of " + address);
        List<String> raw = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode m : new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body())) {
            raw.add(m.path("mimeMessage").asText() + "\n" + m.path("subject").asText());
        }
        return raw;
    }

    private static int mailsWithSubject(String address, String subject) throws Exception {
        return (int) mails(address).stream().filter(m -> m.endsWith("\n" + subject)).count();
    }

    private static int mailsWithId(String address, String id) throws Exception {
        Pattern header = Pattern.compile("(?im)^X-MOOC-Mail-Id:\\s*" + Pattern.quote(id) + "\\s*$");
        return (int) mails(address).stream().filter(m -> header.matcher(m).find()).count();
    }

    /**
     * How often the service's two instances logged that their inbox applied the event (the inbox logs each
     * application; analytics-service's portfolio, which keeps its own record, logs "Portfolio: Applied ...").
     */
    private static int appliedInLogs(String service, String eventId) throws Exception {
        Pattern applied = Pattern.compile("(?<!Portfolio: )Applied \\S+ " + Pattern.quote(eventId) + " ");
        int n = 0;
        for (String log : List.of(service + "-service.log", service + "-service-2.log")) {
            Path file = LOGS.resolve(log);
            if (Files.exists(file)) {
                Matcher m = applied.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    n++;
                }
            }
        }
        return n;
    }
}
