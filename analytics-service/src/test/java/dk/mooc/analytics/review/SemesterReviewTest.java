package dk.mooc.analytics.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dk.mooc.analytics.Exports;
import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.ReviewReminder;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import org.apache.kafka.common.TopicPartition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import dk.mooc.analytics.event.AnalyticsEvents;
import dk.mooc.analytics.service.ReviewReminderService;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.analytics.Fixtures.BEA;
import static dk.mooc.analytics.Fixtures.BO;
import static dk.mooc.analytics.Fixtures.CARLA;
import static dk.mooc.analytics.Fixtures.CHRIS;
import static dk.mooc.analytics.Fixtures.HANS;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.OLE;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The study board's semester reviews over HTTP with real signed tokens: the review pack (KPIs, trend, evaluation, the
 * previous review's open actions), the decision once only with its event and mail, and the reminder when reviews are due.
 */
@QuarkusTest
class SemesterReviewTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    MockMailbox mailbox;

    @Inject
    ReviewReminderService reminders;

    /**
     * Tests stand on 15 August 2028 (the platform's clock, shared with the service in the test JVM): 2028-spring and
     * earlier have ended, 2028-autumn has not, whatever the real date or {@code mooc.clock.start}.
     */
    @BeforeEach
    void clock() {
        Timestamps.startOn(LocalDate.of(2028, 8, 15));
    }

    @AfterEach
    void resetClock() {
        Timestamps.reset();
    }

    static String reviewOf(UUID moocId, String semester) {
        return reviewOf(BO, moocId, semester);
    }

    static String reviewOf(Person reader, UUID moocId, String semester) {
        List<Map<String, Object>> reviews = as(reader).queryParam("semester", semester).get("/semester-reviews").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return reviews.stream().filter(r -> moocId.toString().equals(r.get("moocId"))).map(r -> (String) r.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no review of " + moocId + " for " + semester));
    }

    @Test
    void aMoocsReviewIsFoundByItsIdWithoutReadingTheWholeSemester() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        UUID sibling = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 800);
        UUID physics = course("Physics", "ole-sub", LocalDate.of(2027, 9, 1), 800);

        as(BO).queryParam("semester", "2027-autumn").queryParam("moocId", moocId.toString()).get("/semester-reviews")
                .then().statusCode(200)
                .body("moocId", contains(moocId.toString()))
                .body("[0].semester", equalTo("2027-autumn"))
                .body("[0].status", equalTo("OPEN"));
        // the same review in the unfiltered list, beside the department's other MOOC
        as(BO).queryParam("semester", "2027-autumn").get("/semester-reviews").then().statusCode(200)
                .body("moocId", hasItem(moocId.toString()))
                .body("moocId", hasItem(sibling.toString()));
        // the filter narrows what the caller sees, it never widens it: Physics is not Compute's board's
        as(BO).queryParam("semester", "2027-autumn").queryParam("moocId", physics.toString()).get("/semester-reviews")
                .then().statusCode(200).body("", hasSize(0));
        as(BEA).queryParam("semester", "2027-autumn").queryParam("moocId", physics.toString()).get("/semester-reviews")
                .then().statusCode(200).body("moocId", contains(physics.toString()));
        as(BO).queryParam("semester", "2027-autumn").queryParam("moocId", "not-a-uuid").get("/semester-reviews")
                .then().statusCode(400).body("type", equalTo("urn:mooc:problem:validation"));
    }

    @Test
    void theBoardReviewsEachMoocWithItsPackAndDecidesOnceAndTheDecisionIsPublished() throws Exception {
        Map<TopicPartition, Long> mark = KafkaTestClient.endOffsets(AnalyticsEvents.TOPIC);
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Exports.importSmall(IDA, moocId);
        byte[] evaluation;
        try (InputStream in = getClass().getResourceAsStream("/exports/evaluation-small.csv")) {
            evaluation = in.readAllBytes();
        }
        given().auth().oauth2(CARLA.token()).contentType("text/csv").queryParam("invited", 10).body(evaluation)
                .put("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(200);
        UUID physics = course("Physics", "ole-sub", LocalDate.of(2027, 9, 1), 800);
        UUID later = course("Compute", "ida-sub", LocalDate.of(2028, 9, 1), 800);

        // the board of Compute sees its department's MOOCs that ran in the semester
        as(BO).queryParam("semester", "2027-autumn").get("/semester-reviews").then().statusCode(200)
                .body("moocId", hasItem(moocId.toString()))
                .body("moocId", not(hasItem(physics.toString())))
                .body("moocId", not(hasItem(later.toString())))
                .body("find { it.moocId == '" + moocId + "' }.status", equalTo("OPEN"));
        as(BEA).queryParam("semester", "2027-autumn").get("/semester-reviews").then().statusCode(200)
                .body("moocId", hasItem(physics.toString())).body("moocId", not(hasItem(moocId.toString())));
        String autumn = reviewOf(moocId, "2027-autumn");

        // the first review: revise, with comments and actions; once only
        as(BO).body(Map.of("outcome", "REVISE")).post("/semester-reviews/{id}/decision", autumn).then()
                .statusCode(400).body("errors[0].field", equalTo("comments"));
        as(BO).body(Map.of("outcome", "REVISE", "comments", "Learners drop out in week 3.",
                        "actions", List.of("Split the week 3 module", "Re-record the Grover video")))
                .post("/semester-reviews/{id}/decision", autumn).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("decision.outcome", equalTo("REVISE"))
                .body("decision.decidedByUsername", equalTo("bo"))
                .body("actions.text", contains("Split the week 3 module", "Re-record the Grover video"))
                .body("actions.status", contains("OPEN", "OPEN"))
                .body("permissions", not(hasItem("DECIDE")));
        as(BO).body(Map.of("outcome", "CONTINUE")).post("/semester-reviews/{id}/decision", autumn).then()
                .statusCode(409).body("type", equalTo("urn:mooc:problem:illegal-transition"));

        // the next semester's pack: KPIs with the trend, the evaluation, the previous review and its open actions
        String spring = reviewOf(moocId, "2028-spring");
        List<String> actionIds = as(BO).get("/semester-reviews/{id}", autumn).then().extract().path("actions.id");
        as(IDA).body(Map.of("status", "DONE")).put("/semester-reviews/{id}/actions/{a}", autumn, actionIds.get(0)).then()
                .statusCode(200).body("actions[0].status", equalTo("DONE")).body("actions[0].doneBy", equalTo("ida"));
        as(BO).get("/semester-reviews/{id}", spring).then().statusCode(200)
                .body("semester", equalTo("2028-spring"))
                .body("status", equalTo("OPEN"))
                .body("course.title", containsString("ida-sub"))
                .body("kpis.enrolledLearners", equalTo(6))
                .body("kpis.completionRate", equalTo(16.7f))
                .body("kpis.averageRating", equalTo(3.33f))
                .body("kpis.nps", equalTo(0.0f))
                .body("kpis.trend.enrolledLearners.previous", equalTo(5))
                .body("kpis.trend.completionRate.change", equalTo(-3.3f))
                .body("kpis.expected.expectedEnrolments", equalTo(5000))
                .body("kpis.expected.enrolledToDate", equalTo(10))
                .body("evaluation.responseRate", equalTo(40.0f))
                .body("evaluation.questions[0].distribution", contains(1, 0, 0, 1, 2))
                .body("previousReview.semester", equalTo("2027-autumn"))
                .body("previousReview.outcome", equalTo("REVISE"))
                .body("previousReview.comments", equalTo("Learners drop out in week 3."))
                .body("openActions.text", contains("Re-record the Grover video"))
                .body("decision", nullValue())
                .body("permissions", containsInAnyOrder("DECIDE", "UPDATE_ACTIONS"));

        // who may see and decide
        as(BEA).get("/semester-reviews/{id}", spring).then().statusCode(404);
        as(OLE).get("/semester-reviews/{id}", spring).then().statusCode(404);
        as(CARLA).get("/semester-reviews/{id}", spring).then().statusCode(200).body("permissions", contains("UPDATE_ACTIONS"));
        as(CHRIS).get("/semester-reviews/{id}", spring).then().statusCode(200).body("permissions.size()", equalTo(0));
        as(IDA).get("/semester-reviews/{id}", spring).then().statusCode(200).body("permissions", contains("UPDATE_ACTIONS"));
        as(CARLA).body(Map.of("outcome", "CONTINUE")).post("/semester-reviews/{id}/decision", spring).then().statusCode(403);
        as(HANS).body(Map.of("outcome", "CONTINUE")).post("/semester-reviews/{id}/decision", spring).then().statusCode(403);
        as(BEA).body(Map.of("outcome", "CONTINUE")).post("/semester-reviews/{id}/decision", spring).then().statusCode(404);
        as(OLE).body(Map.of("status", "DONE")).put("/semester-reviews/{id}/actions/{a}", autumn, actionIds.get(1)).then()
                .statusCode(404);

        // the board retires the course
        as(BO).body(Map.of("outcome", "RETIRE", "comments", "Enrolment fell far below the expected 5,000."))
                .post("/semester-reviews/{id}/decision", spring).then().statusCode(200)
                .body("decision.outcome", equalTo("RETIRE"))
                .body("course.status", equalTo("RETIRED"));
        as(BO).get("/courses/{id}", moocId).then().body("status", equalTo("RETIRED"));

        // both decisions are published, as the schema says, and nothing else: read from the mark once the outbox is sent
        List<ConsumerRecord<String, String>> events = publishedSince(mark, moocId, 2);
        JsonNode revise = mapper.readTree(events.get(0).value());
        JsonNode retire = mapper.readTree(events.get(1).value());
        assertEquals(moocId.toString(), KafkaTestClient.header(events.get(0), "ce_subject"));
        assertEquals("/analytics-service", KafkaTestClient.header(events.get(0), "ce_source"));
        assertEquals(autumn, revise.get("reviewId").asText());
        assertEquals("2027-autumn", revise.get("semester").asText());
        assertEquals("REVISE", revise.get("outcome").asText());
        assertEquals("Compute", revise.get("department").asText());
        assertEquals("Bo Tester", revise.get("reviewedBy").asText());
        assertEquals(List.of("Split the week 3 module", "Re-record the Grover video"),
                List.of(revise.get("actions").get(0).asText(), revise.get("actions").get(1).asText()));
        assertEquals("RETIRE", retire.get("outcome").asText());
        assertEquals(0, retire.get("actions").size());
        try (var schema = getClass().getResourceAsStream("/META-INF/events/mooc.analytics.semester-review-completed.v1.schema.json")) {
            var s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            for (JsonNode data : List.of(revise, retire)) {
                var errors = s.validate(data);
                assertTrue(errors.isEmpty(), "the published event matches its schema: " + errors);
            }
        }

        // the instructor hears of each decision
        await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.getMailsSentTo("ida@example.org").stream()
                .anyMatch(m -> m.getSubject().contains("2028-spring") && m.getSubject().contains("RETIRE")
                        && m.getText().contains("Enrolment fell far below")));
        assertTrue(mailbox.getMailsSentTo("ida@example.org").stream().anyMatch(m -> m.getSubject().contains("2027-autumn")
                && m.getText().contains("- Split the week 3 module")));
    }

    @Test
    void reviewsOpenOnlyOnceTheSemesterHasEnded() {
        as(BO).queryParam("semester", "2028-autumn").get("/semester-reviews").then().statusCode(400)
                .body("errors[0].field", equalTo("semester"))
                .body("detail", containsString("2029-01-01"));
        as(BO).queryParam("semester", "autumn").get("/semester-reviews").then().statusCode(400);
        as(BO).get("/semester-reviews").then().statusCode(400);
        as(dk.mooc.analytics.Fixtures.MADS).queryParam("semester", "2028-spring").get("/semester-reviews").then().statusCode(403);
    }

    @Test
    void theStudyBoardIsRemindedOncePerDepartmentWhenTheSemestersReviewsAreDue() {
        // courses that ran in 2025-autumn, whose reviews are due from 2026-01-01 + 28 days = 2026-01-29
        UUID compute = course("Compute", "ida-sub", LocalDate.of(2025, 9, 1), 1000);
        UUID physics = course("Physics", "ole-sub", LocalDate.of(2025, 10, 1), 1000);
        course("Chemistry", "kim-sub", LocalDate.of(2025, 9, 1), 1000);   // no study-board address configured
        String computeTitle = as(BO).get("/courses/{id}", compute).then().extract().path("title");
        String physicsTitle = as(BEA).get("/courses/{id}", physics).then().extract().path("title");

        assertEquals(LocalDate.of(2026, 1, 29), reminders.dueDate(dk.mooc.analytics.Semester.parse("2025-autumn")));
        assertEquals("2025-spring", reminders.dueSemester(LocalDate.of(2026, 1, 28)).toString());
        // the day before, the run reminds of 2025-spring's reviews (for courses of other tests that ran then), not
        // of 2025-autumn's: what it sends depends on the module's other data, what it must not send does not
        reminders.remind(LocalDate.of(2026, 1, 28));
        assertEquals(List.of(), reminded("2025-autumn"), "2025-autumn's reviews are not due yet");
        assertEquals(2, reminders.remind(LocalDate.of(2026, 1, 29)), "one reminder to each routed study board");
        assertEquals(List.of("Compute bo@example.org", "Physics bea@example.org"), reminded("2025-autumn"),
                "recorded once per routed department; Chemistry has no address");
        assertEquals(0, reminders.remind(LocalDate.of(2026, 2, 15)), "once per department and semester");
        assertEquals(List.of("Compute bo@example.org", "Physics bea@example.org"), reminded("2025-autumn"));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.getMailsSentTo("bo@example.org").stream()
                .anyMatch(m -> m.getSubject().equals("Semester reviews due: Compute, 2025-autumn")));
        var toBo = mailbox.getMailsSentTo("bo@example.org").stream()
                .filter(m -> m.getSubject().equals("Semester reviews due: Compute, 2025-autumn")).toList();
        assertEquals(1, toBo.size());
        assertTrue(toBo.get(0).getText().contains(computeTitle), toBo.get(0).getText());
        assertTrue(toBo.get(0).getText().contains("/semester-reviews/"), toBo.get(0).getText());
        await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.getMailsSentTo("bea@example.org").stream()
                .anyMatch(m -> m.getSubject().equals("Semester reviews due: Physics, 2025-autumn")
                        && m.getText().contains(physicsTitle)));
        // the reminder opened the reviews
        as(BO).queryParam("semester", "2025-autumn").get("/semester-reviews").then()
                .body("find { it.moocId == '" + compute + "' }.status", equalTo("OPEN"));
    }

    /** A second member of the Compute study board. */
    static final Person BIRGIT = TestTokens.person("birgit", "Compute", "board");

    @Inject
    AgroalDataSource db;

    /**
     * The decisions published for the MOOC since the mark: waits until the outbox holds {@code expected} events of the
     * MOOC and all are sent, then reads the topic from the mark to its end (a known range, not a time window).
     */
    List<ConsumerRecord<String, String>> publishedSince(Map<TopicPartition, Long> mark, UUID moocId, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outbox_event where subject = ?"
                + " and sent_at is not null", moocId.toString()) >= expected);
        assertEquals(expected, count("select count(*) from outbox_event where subject = ?", moocId.toString()),
                "events of the MOOC written to the outbox");
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readSince(AnalyticsEvents.TOPIC, mark,
                r -> moocId.toString().equals(r.key())
                        && AnalyticsEvents.SEMESTER_REVIEW_COMPLETED.equals(KafkaTestClient.header(r, "ce_type")));
        assertEquals(expected, events.size(), "one event per decision, no more");
        return events;
    }

    long count(String sql, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> reminded(String semester) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewReminder.<ReviewReminder>list("key.semester", semester)
                .stream().map(r -> r.key.department + " " + r.recipient).sorted().toList());
    }

    @Test
    void twoBoardMembersDecidingAtOnceOneWinsTheOtherGets409() throws Exception {
        Map<TopicPartition, Long> mark = KafkaTestClient.endOffsets(AnalyticsEvents.TOPIC);
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 3, 1), 2000);
        String review = reviewOf(moocId, "2027-spring");
        as(BIRGIT).get("/semester-reviews/{id}", review).then().statusCode(200).body("permissions", hasItem("DECIDE"));

        Map<Person, Map<String, Object>> decisions = Map.of(
                BO, Map.of("outcome", "REVISE", "comments", "Bo: shorter videos.", "actions", List.of("Shorten the videos")),
                BIRGIT, Map.of("outcome", "CONTINUE", "comments", "Birgit: fine as it is.", "actions",
                        List.of("Keep the forum staffed", "Report the completion rate")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<Person, Future<Response>> answers = new HashMap<>();
        // hold the review row (as an update would) so that both decisions have read it OPEN before either can write
        try (Connection lock = db.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement s = lock.prepareStatement("select id from semester_review where id = ? for no key update")) {
                s.setObject(1, UUID.fromString(review));
                s.executeQuery().close();
            }
            for (Person p : decisions.keySet()) {
                answers.put(p, pool.submit(() -> as(p).body(decisions.get(p))
                        .post("/semester-reviews/{id}/decision", review).andReturn()));
            }
            // both have read the review OPEN and now wait to write: they are truly concurrent
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from pg_stat_activity where"
                    + " datname = current_database() and wait_event_type = 'Lock'") == 2);
            lock.rollback();
        } finally {
            pool.shutdown();
        }
        Map<Integer, Person> byStatus = new HashMap<>();
        Response lost = null;
        for (Person p : decisions.keySet()) {
            Response r = answers.get(p).get(60, TimeUnit.SECONDS);
            byStatus.put(r.statusCode(), p);
            if (r.statusCode() == 409) {
                lost = r;
            }
        }
        assertEquals(java.util.Set.of(200, 409), byStatus.keySet(), "exactly one wins, the other gets 409");
        assertEquals("urn:mooc:problem:stale-version", lost.jsonPath().getString("type"), lost.asString());
        Person winner = byStatus.get(200);

        // only the winner's decision is recorded, published and mailed
        Map<String, Object> won = decisions.get(winner);
        as(BO).get("/semester-reviews/{id}", review).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("decision.outcome", equalTo(won.get("outcome")))
                .body("decision.comments", equalTo(won.get("comments")))
                .body("decision.decidedByUsername", equalTo(winner.username()))
                .body("actions.text", equalTo(won.get("actions")));
        List<ConsumerRecord<String, String>> events = publishedSince(mark, moocId, 1);
        assertEquals(won.get("outcome"), mapper.readTree(events.get(0).value()).get("outcome").asText());
        assertEquals(1, count("select count(*) from outgoing_mail where recipient = 'ida@example.org' and subject_ref = ?",
                moocId.toString()), "one mail to the instructor");
    }

    @Test
    void aRevisionAsksForAtMostTwentyActionsOfAtMost500Characters() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 4, 1), 2000);
        String review = reviewOf(moocId, "2027-spring");
        List<String> twenty = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            twenty.add(("Action " + i + " ").repeat(60).substring(0, 499) + ".");
        }
        List<String> twentyOne = new java.util.ArrayList<>(twenty);
        twentyOne.add("One too many");
        as(BO).body(Map.of("outcome", "REVISE", "comments", "Too much to do.", "actions", twentyOne))
                .post("/semester-reviews/{id}/decision", review).then().statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.field", contains("actions"));
        List<String> tooLong = List.of("Fine", "x".repeat(501));
        as(BO).body(Map.of("outcome", "REVISE", "comments", "One action is too long.", "actions", tooLong))
                .post("/semester-reviews/{id}/decision", review).then().statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.field", contains(startsWith("actions[1]")));
        as(BO).body(Map.of("outcome", "REVISE", "comments", "A blank action is no action.", "actions", List.of(" ")))
                .post("/semester-reviews/{id}/decision", review).then().statusCode(400)
                .body("errors.field", contains(startsWith("actions[0]")));
        as(BO).get("/semester-reviews/{id}", review).then().body("status", equalTo("OPEN")).body("actions.size()", equalTo(0));

        // exactly at the limits: 20 actions of 500 characters
        as(BO).body(Map.of("outcome", "REVISE", "comments", "Twenty things.", "actions", twenty))
                .post("/semester-reviews/{id}/decision", review).then().statusCode(200)
                .body("actions.size()", equalTo(20))
                .body("actions[19].text", equalTo(twenty.get(19)))
                .body("actions[19].text.length()", equalTo(500));
    }

    @Test
    void aRetiredCourseGetsNoFurtherReviews() {
        UUID retired = course("Compute", "ida-sub", LocalDate.of(2026, 2, 1), 2000);
        UUID running = course("Compute", "ida-sub", LocalDate.of(2026, 2, 1), 2000);
        String spring = reviewOf(retired, "2026-spring");
        as(BO).body(Map.of("outcome", "RETIRE", "comments", "Nobody enrolled."))
                .post("/semester-reviews/{id}/decision", spring).then().statusCode(200)
                .body("course.status", equalTo("RETIRED"));

        // neither reading the next semester's reviews nor its reminder opens one for the retired course
        for (Person reader : List.of(BO, CARLA, IDA)) {
            as(reader).queryParam("semester", "2026-autumn").get("/semester-reviews").then().statusCode(200)
                    .body("moocId", hasItem(running.toString()))
                    .body("moocId", not(hasItem(retired.toString())));
        }
        reminders.remind(reminders.dueDate(dk.mooc.analytics.Semester.parse("2026-autumn")));
        assertEquals(0, count("select count(*) from semester_review where mooc_id = ? and semester <> '2026-spring'", retired),
                "no review after the one that retired it");
        assertEquals(1, count("select count(*) from semester_review where mooc_id = ? and semester = '2026-autumn'", running));
        // its completed review stays readable
        as(BO).get("/semester-reviews/{id}", spring).then().statusCode(200).body("decision.outcome", equalTo("RETIRE"));
    }

    @Test
    void aDepartmentWhoseReviewsAreAllDecidedGetsNoReminder() {
        // 2024-spring is this test's own semester: only its courses ran in it
        UUID first = course("Compute", "ida-sub", LocalDate.of(2024, 2, 1), 500);
        UUID second = course("Compute", "ida-sub", LocalDate.of(2024, 3, 1), 500);
        UUID physics = course("Physics", "ole-sub", LocalDate.of(2024, 2, 1), 500);
        try {
            as(BO).body(Map.of("outcome", "CONTINUE")).post("/semester-reviews/{id}/decision", reviewOf(first, "2024-spring"))
                    .then().statusCode(200);
            as(BO).body(Map.of("outcome", "RETIRE", "comments", "Replaced by the first."))
                    .post("/semester-reviews/{id}/decision", reviewOf(second, "2024-spring")).then().statusCode(200);
            LocalDate due = LocalDate.of(2024, 7, 29);
            assertEquals(due, reminders.dueDate(dk.mooc.analytics.Semester.parse("2024-spring")));

            assertEquals(1, reminders.remind(due), "Physics has an undecided review, Compute none");
            assertEquals(List.of("Physics bea@example.org"), reminded("2024-spring"));
            assertEquals(0, reminders.remind(due.plusDays(1)));
            assertEquals(List.of("Physics bea@example.org"), reminded("2024-spring"), "Compute is still not reminded");
            as(BEA).queryParam("semester", "2024-spring").get("/semester-reviews").then().statusCode(200)
                    .body("find { it.moocId == '" + physics + "' }.status", equalTo("OPEN"));
        } finally {
            // keep these courses out of the later semesters other tests remind of
            QuarkusTransaction.requiringNew().run(() -> List.of(first, second, physics)
                    .forEach(id -> LaunchedCourse.<LaunchedCourse>findById(id).retire()));
        }
    }
}
