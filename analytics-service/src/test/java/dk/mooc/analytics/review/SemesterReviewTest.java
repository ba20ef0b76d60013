package dk.mooc.analytics.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dk.mooc.analytics.Exports;
import dk.mooc.analytics.config.AnalyticsClock;
import dk.mooc.analytics.event.AnalyticsEvents;
import dk.mooc.analytics.service.ReviewReminderService;
import dk.mooc.platform.testing.KafkaTestClient;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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

    /** Tests stand on 15 August 2028: 2028-spring and earlier have ended, 2028-autumn has not. */
    @BeforeEach
    void clock() {
        QuarkusMock.installMockForType(new AnalyticsClock() {
            @Override
            public LocalDate today() {
                return LocalDate.of(2028, 8, 15);
            }
        }, AnalyticsClock.class);
    }

    static String reviewOf(UUID moocId, String semester) {
        List<Map<String, Object>> reviews = as(BO).queryParam("semester", semester).get("/semester-reviews").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return reviews.stream().filter(r -> moocId.toString().equals(r.get("moocId"))).map(r -> (String) r.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no review of " + moocId + " for " + semester));
    }

    @Test
    void theBoardReviewsEachMoocWithItsPackAndDecidesOnceAndTheDecisionIsPublished() throws Exception {
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

        // both decisions are published, as the schema says
        List<ConsumerRecord<String, String>> events = KafkaTestClient.await(AnalyticsEvents.TOPIC,
                r -> moocId.toString().equals(r.key())
                        && AnalyticsEvents.SEMESTER_REVIEW_COMPLETED.equals(KafkaTestClient.header(r, "ce_type")),
                2, Duration.ofSeconds(30));
        assertEquals(2, events.size(), "one event per decision");
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
        assertEquals(0, reminders.remind(LocalDate.of(2026, 1, 28)), "2025-autumn's reviews are not due yet");
        assertEquals(2, reminders.remind(LocalDate.of(2026, 1, 29)), "one reminder to each routed study board");
        assertEquals(0, reminders.remind(LocalDate.of(2026, 2, 15)), "once per department and semester");

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
}
