package dk.mooc.review.work;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import dk.mooc.review.event.ReviewEvents;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committee's work on a case over HTTP with a real signed token per person: assignment, conflicts of
 * interest (declared and automatic), hidden-until-submitted scores, the discussion, the chair's hand-over and
 * the decision with its letter and event.
 */
@QuarkusTest
class ReviewWorkTest {

    static final Person CHRIS = TestTokens.person("chris", "Compute", "committee", "committee-chair");
    static final Person CATHY = TestTokens.person("cathy", "Physics", "committee");
    static final Person KIRSTEN = TestTokens.person("kirsten", "Chemistry", "committee");
    static final Person DAN = TestTokens.person("dan", "Mathematics", "committee");
    static final Person TIM = TestTokens.person("tim", "Mathematics", "committee");
    static final Person IDA = TestTokens.person("ida", "Compute", "instructor");
    static final Person ADA = TestTokens.person("ada", null, "admin");

    @Inject
    ObjectMapper mapper;

    @Inject
    MockMailbox mailbox;

    static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    /** An open case for a proposal of the given department whose team lists tim@example.org, opened three days ago. */
    static String openCase(String department, String title) {
        return openCase(department, title, c -> { });
    }

    /** The same, with some fields of the case changed before it is stored (instructor, opening time, ...). */
    static String openCase(String department, String title, Consumer<ReviewCase> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReviewCase c = new ReviewCase();
            c.id = UUID.randomUUID();
            c.moocId = UUID.randomUUID();
            c.round = 1;
            c.proposalVersion = 1;
            c.proposalTitle = title;
            c.summary = "A summary";
            c.department = department;
            c.instructorId = "ole-sub";
            c.instructorName = "Ole Friis";
            c.instructorEmail = "ole@example.org";
            c.newContent = true;
            c.plannedLaunchSemester = "2027-autumn";
            c.team = List.of(new ReviewCase.TeamMember("Tim Team", "tim@example.org", "TEACHING_ASSISTANT"));
            c.status = ReviewCaseStatus.OPEN;
            c.openedAt = Timestamps.now().minusDays(3);
            change.accept(c);
            c.persist();
            return c.id.toString();
        });
    }

    static Map<String, Object> assessment(int topic, int teacher, int resources, String recommendation) {
        return Map.of("scores", List.of(
                        Map.of("criterion", "TOPIC", "score", topic, "comment", "Topic " + topic),
                        Map.of("criterion", "TEACHER", "score", teacher, "comment", "Teacher " + teacher),
                        Map.of("criterion", "RESOURCES", "score", resources, "comment", "Resources " + resources)),
                "recommendation", recommendation);
    }

    static void declare(Person p, String id, boolean conflict, String reason) {
        as(p).body(reason == null ? Map.of("conflict", conflict) : Map.of("conflict", conflict, "reason", reason))
                .put("/review-cases/{id}/members/me/declaration", id).then().statusCode(200);
    }

    @Test
    void membersAssessTheThreeCriteriaSeeOthersOnlyAfterTheirOwnAndTheChairDecides() throws Exception {
        String title = "Reviewed MOOC " + System.nanoTime();
        String id = openCase("Physics", title);

        // the chair assigns; a member of the applicant's department is flagged automatically
        as(CHRIS).get("/review-cases/{id}", id).then().body("permissions", containsInAnyOrder(
                "ASSIGN", "VOLUNTEER", "READ_ASSESSMENTS", "DISCUSS", "HAND_OVER", "DECIDE"));
        as(CHRIS).body(Map.of("username", "cathy")).post("/review-cases/{id}/members", id).then().statusCode(200);
        as(CHRIS).body(Map.of("username", "kirsten")).post("/review-cases/{id}/members", id).then().statusCode(200)
                .body("members.username", contains("cathy", "kirsten"))
                .body("members.find { it.username == 'cathy' }.conflicted", equalTo(true))
                .body("members.find { it.username == 'cathy' }.automaticConflict", equalTo("SAME_DEPARTMENT"))
                .body("members.find { it.username == 'kirsten' }.conflicted", equalTo(false));
        as(CHRIS).body(Map.of("username", "nobody")).post("/review-cases/{id}/members", id).then()
                .statusCode(400).body("errors[0].field", equalTo("username"));
        as(KIRSTEN).body(Map.of("username", "cathy")).post("/review-cases/{id}/members", id).then().statusCode(403);
        as(DAN).post("/review-cases/{id}/members/me", id).then().statusCode(200)
                .body("members.find { it.username == 'dan' }.volunteered", equalTo(true));

        // declare first, then assess; invalid scores are named field by field
        as(KIRSTEN).body(assessment(4, 4, 3, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then()
                .statusCode(409).body("detail", containsString("Declare"));
        declare(KIRSTEN, id, false, null);
        as(KIRSTEN).body(Map.of("conflict", true)).put("/review-cases/{id}/members/me/declaration", id).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        as(KIRSTEN).body(assessment(6, 4, 0, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then()
                .statusCode(400).body("errors.field", containsInAnyOrder(
                        containsString("scores[0].score"), containsString("scores[2].score")));
        as(KIRSTEN).body(Map.of("scores", List.of(Map.of("criterion", "TOPIC", "score", 4, "comment", "x")),
                "recommendation", "APPROVE")).put("/review-cases/{id}/assessments/me", id).then()
                .statusCode(400).body("errors[0].field", equalTo("scores"));
        as(KIRSTEN).get("/review-cases/{id}/assessments", id).then()
                .statusCode(403).body("detail", containsString("after submitting your own"));
        as(KIRSTEN).get("/review-cases/{id}", id).then().body("scoresHidden", equalTo(true))
                .body("assessmentSummary", nullValue());
        as(KIRSTEN).body(assessment(5, 4, 3, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then()
                .statusCode(200).body("scoresHidden", equalTo(false))
                .body("assessmentSummary.assessments", equalTo(1));
        declare(DAN, id, false, null);
        as(DAN).body(assessment(3, 4, 1, "REVISE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(200);
        as(KIRSTEN).get("/review-cases/{id}/assessments", id).then()
                .statusCode(200).body("username", containsInAnyOrder("kirsten", "dan"));

        // the conflicted member sees neither scores nor discussion and cannot assess
        declare(CATHY, id, false, null);
        as(CATHY).body(assessment(5, 5, 5, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then()
                .statusCode(403).body("detail", containsString("conflict of interest"));
        as(CATHY).get("/review-cases/{id}/assessments", id).then().statusCode(403);
        as(CATHY).get("/review-cases/{id}", id).then().body("scoresHidden", equalTo(true))
                .body("assessmentSummary", nullValue()).body("permissions", contains("DECLARE"));
        as(KIRSTEN).body(Map.of("text", "The resources look thin for 40 videos.")).post("/review-cases/{id}/discussion", id)
                .then().statusCode(200).body("author.username", equalTo("kirsten"));
        as(CATHY).get("/review-cases/{id}/discussion", id).then().statusCode(403);
        as(CATHY).body(Map.of("text", "Let me weigh in")).post("/review-cases/{id}/discussion", id).then().statusCode(403);
        as(DAN).get("/review-cases/{id}/discussion", id).then().statusCode(200).body("text", contains(containsString("thin")));

        // the ranked overview: figures for members, none for the conflicted member
        as(KIRSTEN).get("/review-cases/overview").then().statusCode(200)
                .body("find { it.caseId == '" + id + "' }.average", equalTo(3.33f))
                .body("find { it.caseId == '" + id + "' }.criteria.find { it.criterion == 'RESOURCES' }.spread", equalTo(2))
                .body("find { it.caseId == '" + id + "' }.recommendations.REVISE", equalTo(1))
                .body("find { it.caseId == '" + id + "' }.daysWaiting", equalTo(3));
        as(CATHY).get("/review-cases/overview").then()
                .body("find { it.caseId == '" + id + "' }.scoresHidden", equalTo(true))
                .body("find { it.caseId == '" + id + "' }.average", nullValue());

        // the chair drafts the letter, then decides; comments are required for a revision
        String letter = as(CHRIS).queryParam("outcome", "REVISION_REQUESTED").get("/review-cases/{id}/decision/draft", id)
                .then().statusCode(200).extract().path("letter");
        // kirsten (5, 4, 3) and dan (3, 4, 1): TOPIC 4.0, TEACHER 4.0, RESOURCES 2.0
        assertTrue(letter.contains(title) && letter.contains("Dear Ole Friis") && letter.contains("average of 2 assessments"),
                letter);
        assertTrue(letter.contains("- Topic unique on Coursera and/or anchored in a strong research environment: 4.0\n")
                && letter.contains("- The teacher's pedagogical skills and/or research background: 4.0\n")
                && letter.contains("- Resources the department allocated for production and running: 2.0\n"), letter);
        as(KIRSTEN).queryParam("outcome", "APPROVED").get("/review-cases/{id}/decision/draft", id).then().statusCode(403);
        as(CHRIS).body(Map.of("outcome", "REVISION_REQUESTED", "letter", letter)).post("/review-cases/{id}/decision", id)
                .then().statusCode(400).body("errors[0].field", equalTo("comments"));
        String sentLetter = letter.replace("[The committee's comments]", "Please make the video plan concrete.");
        as(CHRIS).body(Map.of("outcome", "REVISION_REQUESTED", "comments", "Make the video plan concrete",
                        "letter", sentLetter)).post("/review-cases/{id}/decision", id).then()
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.outcome", equalTo("REVISION_REQUESTED"))
                .body("decision.decidedBy.username", equalTo("chris"))
                .body("permissions", contains("READ_ASSESSMENTS"));
        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "again")).post("/review-cases/{id}/decision", id).then()
                .statusCode(409).body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(DAN).body(assessment(5, 5, 5, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(409);

        // the letter reaches the instructor, and review decided is published as its schema says
        await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.getMailsSentTo("ole@example.org").stream()
                .anyMatch(m -> m.getSubject().contains(title) && m.getText().contains("video plan concrete")));
        String moocId = as(CHRIS).get("/review-cases/{id}", id).then().extract().path("moocId");
        List<ConsumerRecord<String, String>> events = KafkaTestClient.await(ReviewEvents.TOPIC,
                r -> moocId.equals(r.key()) && ReviewEvents.DECIDED.equals(KafkaTestClient.header(r, "ce_type")), 1,
                Duration.ofSeconds(30));
        JsonNode data = mapper.readTree(events.get(0).value());
        assertEquals("REVISION_REQUESTED", data.get("decision").asText());
        assertEquals("Make the video plan concrete", data.get("comments").asText());
        assertEquals(1, data.get("proposalVersion").asInt());
        assertEquals(3, data.get("criteria").size());
        assertEquals("TOPIC", data.get("criteria").get(0).get("criterion").asText());
        assertEquals(4.0, data.get("criteria").get(0).get("averageScore").asDouble(), 0.001);
        assertEquals(2, data.get("criteria").get(0).get("spread").asInt());
        assertEquals("TEACHER", data.get("criteria").get(1).get("criterion").asText());
        assertEquals(4.0, data.get("criteria").get(1).get("averageScore").asDouble(), 0.001);
        assertEquals(0, data.get("criteria").get(1).get("spread").asInt());
        assertEquals("RESOURCES", data.get("criteria").get(2).get("criterion").asText());
        assertEquals(2.0, data.get("criteria").get(2).get("averageScore").asDouble(), 0.001);
        assertEquals(2, data.get("criteria").get(2).get("spread").asInt());
        try (var schema = getClass().getResourceAsStream("/META-INF/events/mooc.review.decided.v1.schema.json")) {
            var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(data);
            assertTrue(errors.isEmpty(), "the published event matches its schema: " + errors);
        }
    }

    @Test
    void aConflictedChairHandsTheCaseOverAndTheActingChairDecides() {
        String id = openCase("Compute", "Chair in conflict " + System.nanoTime());
        as(CHRIS).get("/review-cases/{id}", id).then()
                .body("permissions", containsInAnyOrder("ASSIGN", "VOLUNTEER", "HAND_OVER"))
                .body("scoresHidden", equalTo(true));
        as(CHRIS).body(Map.of("username", "kirsten")).post("/review-cases/{id}/members", id).then().statusCode(200);
        as(TIM).post("/review-cases/{id}/members/me", id).then().statusCode(200)
                .body("members.find { it.username == 'tim' }.automaticConflict", equalTo("ON_TEAM"));
        as(CHRIS).body(Map.of("username", "tim")).put("/review-cases/{id}/acting-chair", id).then()
                .statusCode(400).body("errors[0].field", equalTo("username"));
        as(CHRIS).body(Map.of("username", "cathy")).put("/review-cases/{id}/acting-chair", id).then().statusCode(400);
        as(KIRSTEN).body(Map.of("username", "kirsten")).put("/review-cases/{id}/acting-chair", id).then().statusCode(403);
        as(CHRIS).body(Map.of("username", "kirsten")).put("/review-cases/{id}/acting-chair", id).then()
                .statusCode(200).body("chair.username", equalTo("kirsten"));
        // the acting chair is an assessor of the case: the scores stay hidden until her own assessment is in
        as(KIRSTEN).get("/review-cases/{id}", id).then().body("permissions", containsInAnyOrder(
                "ASSIGN", "DECLARE", "DISCUSS", "DECIDE"));
        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "Approved")).post("/review-cases/{id}/decision", id).then()
                .statusCode(403).body("detail", containsString("acting chair"));
        as(CHRIS).get("/review-cases/{id}/assessments", id).then().statusCode(403);
        // no assessment is in: below the committee's quorum she must say why she decides anyway
        as(KIRSTEN).body(Map.of("outcome", "APPROVED", "letter", "Approved with pleasure")).post("/review-cases/{id}/decision", id)
                .then().statusCode(400).body("errors[0].field", equalTo("belowQuorumReason"));
        as(KIRSTEN).body(Map.of("outcome", "APPROVED", "letter", "Approved with pleasure",
                        "belowQuorumReason", "The applicant's own department is the only one with the expertise"))
                .post("/review-cases/{id}/decision", id)
                .then().statusCode(200).body("decision.decidedBy.username", equalTo("kirsten"));
    }

    @Test
    void aLateConflictDeclarationWithdrawsTheAssessmentAndOutsidersAreRefused() {
        String id = openCase("Physics", "Late conflict " + System.nanoTime());
        as(CHRIS).body(Map.of("username", "kirsten")).post("/review-cases/{id}/members", id).then().statusCode(200);
        declare(KIRSTEN, id, false, null);
        as(KIRSTEN).body(assessment(4, 4, 4, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(200);
        declare(KIRSTEN, id, true, "I co-supervise a PhD student with the applicant");
        as(CHRIS).get("/review-cases/{id}/assessments", id).then().statusCode(200).body("size()", equalTo(0));
        as(CHRIS).get("/review-cases/{id}", id).then()
                .body("members[0].declaration", equalTo("CONFLICT"))
                .body("members[0].declarationReason", containsString("PhD"))
                .body("members[0].assessed", equalTo(false));

        as(DAN).body(assessment(4, 4, 4, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(403);
        as(DAN).put("/review-cases/{id}/members/me/declaration", id).then().statusCode(400);
        as(IDA).get("/review-cases/{id}", id).then().statusCode(403);
        as(IDA).post("/review-cases/{id}/members/me", id).then().statusCode(403);
        as(ADA).get("/review-cases/{id}/assessments", id).then().statusCode(200).body("size()", equalTo(0));
        as(ADA).post("/review-cases/{id}/members/me", id).then().statusCode(403);
        as(CHRIS).get("/committee/members").then().statusCode(200)
                .body("username", containsInAnyOrder("chris", "cathy", "kirsten"))
                .body("find { it.username == 'kirsten' }.department", equalTo("Chemistry"));
        as(CHRIS).get("/review-cases/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
