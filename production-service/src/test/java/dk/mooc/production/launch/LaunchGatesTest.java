package dk.mooc.production.launch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.platform.mail.OutgoingMail;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.Studio;
import dk.mooc.production.event.ProductionEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.production.launch.ProductionFixture.BEA;
import static dk.mooc.production.launch.ProductionFixture.BO;
import static dk.mooc.production.launch.ProductionFixture.CARLA;
import static dk.mooc.production.launch.ProductionFixture.IDA;
import static dk.mooc.production.launch.ProductionFixture.MADS;
import static dk.mooc.production.launch.ProductionFixture.OLE;
import static dk.mooc.production.launch.ProductionFixture.OLGA;
import static dk.mooc.production.launch.ProductionFixture.SARA;
import static dk.mooc.production.launch.ProductionFixture.agree;
import static dk.mooc.production.launch.ProductionFixture.as;
import static dk.mooc.production.launch.ProductionFixture.asWithEtag;
import static dk.mooc.production.launch.ProductionFixture.milestoneDone;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The road from an approved MOOC to its launch: team, feedback rounds, user test, the study board's launch approval
 * and the QA gates that refuse the launch, each named, until they are met; then course.launched on the broker.
 */
@QuarkusTest
class LaunchGatesTest {

    private static final List<String> MANDATORY_BEFORE_LAUNCH = List.of("PLAN_AGREED", "COURSE_OUTLINE", "PILOT_MODULE",
            "VIDEO_RECORDING", "MATERIAL_COMPLETE", "COURSERA_SETUP");

    @Inject
    ObjectMapper mapper;

    private static List<String> unmetGates(UUID moocId) {
        return as(IDA).body(Map.of("courseUrl", "https://www.coursera.org/learn/q", "launchDate", "2027-09-01"))
                .post("/productions/{id}/launch", moocId).then()
                .statusCode(409).body("type", equalTo("urn:mooc:problem:illegal-transition"))
                .extract().jsonPath().getList("unmetGates.key");
    }

    @Test
    void everyGateRefusesTheLaunchUntilItIsMetThenTheLaunchIsPublished() throws Exception {
        UUID moocId = ProductionFixture.approved(true);

        // the team comes from the application and the consultation, each role with its responsibilities
        as(IDA).get("/productions/{id}", moocId).then().statusCode(200)
                .body("team.email", containsInAnyOrder("ida@example.org", "sara@example.org", "carla@example.org"))
                .body("team.find { it.email == 'carla@example.org' }.role", equalTo("CONSULTANT"))
                .body("team.find { it.email == 'sara@example.org' }.role", equalTo("ASSISTANT"))
                .body("team.find { it.email == 'sara@example.org' }.responsibilities", hasItem("Exercises and quizzes"))
                .body("permissions", hasItems("EDIT_PLAN", "MANAGE_TEAM", "RESOLVE_COMMENTS"))
                .body("permissions", not(hasItem("LAUNCH")))
                .body("permissions", not(hasItem("REQUEST_LAUNCH_APPROVAL")))
                .body("gates", hasSize(5));
        // a team member (by e-mail) reads it; nobody outside does
        as(SARA).get("/productions/{id}", moocId).then().statusCode(200).body("permissions", not(hasItem("EDIT_PLAN")));
        as(OLE).get("/productions/{id}", moocId).then().statusCode(404);

        // not before the plan is agreed
        as(IDA).body(Map.of("courseUrl", "https://www.coursera.org/learn/q", "launchDate", "2027-09-01"))
                .post("/productions/{id}/launch", moocId).then().statusCode(409)
                .body("detail", containsString("plan has not been agreed"));
        agree(moocId);
        as(IDA).get("/productions/{id}", moocId).then().body("permissions", hasItems("LAUNCH", "REQUEST_LAUNCH_APPROVAL"));
        assertEquals(List.of("MANDATORY_MILESTONES", "FEEDBACK_TEACHING_PLAN", "FEEDBACK_MATERIAL", "USER_TEST",
                "BOARD_LAUNCH_APPROVAL"), unmetGates(moocId));

        // feedback on the teaching plan: the consultant and an invited experienced colleague comment
        String carlas = as(CARLA).body(Map.of("text", "Week 3 has no learning objective for the lab."))
                .post("/productions/{id}/feedback/TEACHING_PLAN/comments", moocId).then().statusCode(201)
                .body("authorRole", equalTo("CONSULTANT")).extract().path("id");
        as(OLGA).get("/productions/{id}", moocId).then().statusCode(404);
        as(OLGA).body(Map.of("text", "x")).post("/productions/{id}/feedback/TEACHING_PLAN/comments", moocId).then()
                .statusCode(404);
        as(IDA).body(Map.of("name", "Olga Experienced", "email", "olga@example.org"))
                .put("/productions/{id}/feedback/TEACHING_PLAN/colleague", moocId).then().statusCode(200)
                .body("colleague.email", equalTo("olga@example.org"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() ->
                OutgoingMail.count("recipient = ?1 and textBody like ?2", "olga@example.org", "%/productions/" + moocId + "%")));
        as(OLGA).get("/productions/{id}", moocId).then().statusCode(200).body("permissions", hasItem("COMMENT"));
        String olgas = as(OLGA).body(Map.of("text", "Ten-minute videos keep learners better than twenty."))
                .post("/productions/{id}/feedback/TEACHING_PLAN/comments", moocId).then().statusCode(201)
                .body("authorRole", equalTo("COLLEAGUE")).extract().path("id");
        as(OLGA).body(Map.of("text", "x")).post("/productions/{id}/feedback/MATERIAL/comments", moocId).then()
                .statusCode(403);
        as(IDA).body(Map.of("text", "x")).post("/productions/{id}/feedback/TEACHING_PLAN/comments", moocId).then()
                .statusCode(403);
        as(CARLA).post("/productions/{id}/feedback/TEACHING_PLAN/close", moocId).then().statusCode(409)
                .body("detail", containsString("2 comment(s)"));
        // only the instructor resolves; declining needs a note
        as(CARLA).body(Map.of("resolution", "RESOLVED"))
                .put("/productions/{id}/feedback/TEACHING_PLAN/comments/{c}", moocId, carlas).then().statusCode(403);
        as(IDA).body(Map.of("resolution", "RESOLVED", "note", "Objective added."))
                .put("/productions/{id}/feedback/TEACHING_PLAN/comments/{c}", moocId, carlas).then().statusCode(200)
                .body("resolution", equalTo("RESOLVED"));
        as(IDA).body(Map.of("resolution", "DECLINED"))
                .put("/productions/{id}/feedback/TEACHING_PLAN/comments/{c}", moocId, olgas).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        as(IDA).body(Map.of("resolution", "DECLINED", "note", "The lab demo needs twenty minutes."))
                .put("/productions/{id}/feedback/TEACHING_PLAN/comments/{c}", moocId, olgas).then().statusCode(200);
        as(IDA).post("/productions/{id}/feedback/TEACHING_PLAN/close", moocId).then().statusCode(403);
        as(CARLA).post("/productions/{id}/feedback/TEACHING_PLAN/close", moocId).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        as(CARLA).body(Map.of("text", "late")).post("/productions/{id}/feedback/TEACHING_PLAN/comments", moocId).then()
                .statusCode(409);
        assertEquals(List.of("MANDATORY_MILESTONES", "FEEDBACK_MATERIAL", "USER_TEST", "BOARD_LAUNCH_APPROVAL"),
                unmetGates(moocId));

        // the material round: closing an empty round is refused too
        as(CARLA).post("/productions/{id}/feedback/MATERIAL/close", moocId).then().statusCode(409)
                .body("detail", containsString("no comments"));
        String material = as(CARLA).body(Map.of("text", "Add transcripts to the videos."))
                .post("/productions/{id}/feedback/MATERIAL/comments", moocId).then().statusCode(201).extract().path("id");
        as(IDA).body(Map.of("resolution", "RESOLVED"))
                .put("/productions/{id}/feedback/MATERIAL/comments/{c}", moocId, material).then().statusCode(200);
        as(CARLA).post("/productions/{id}/feedback/MATERIAL/close", moocId).then().statusCode(200);
        as(IDA).get("/productions/{id}/feedback", moocId).then().statusCode(200)
                .body("round", equalTo(List.of("TEACHING_PLAN", "MATERIAL")))
                .body("status", equalTo(List.of("CLOSED", "CLOSED")))
                .body("[0].comments", hasSize(2));
        assertEquals(List.of("MANDATORY_MILESTONES", "USER_TEST", "BOARD_LAUNCH_APPROVAL"), unmetGates(moocId));

        // the user test (mandatory for new content) also completes its milestone
        as(IDA).body(Map.of("testedOn", Timestamps.today(Studio.ZONE).plusDays(2).toString(), "students", 8, "colleagues", 2,
                "findings", "x")).put("/productions/{id}/user-test", moocId).then().statusCode(400);
        as(IDA).body(Map.of("testedOn", Timestamps.today(Studio.ZONE).minusDays(1).toString(), "students", 0, "colleagues", 0,
                "findings", "x")).put("/productions/{id}/user-test", moocId).then().statusCode(400);
        as(IDA).body(Map.of("testedOn", Timestamps.today(Studio.ZONE).minusDays(1).toString(), "students", 8, "colleagues", 2,
                        "findings", "Week 2's quiz was too hard."))
                .put("/productions/{id}/user-test", moocId).then().statusCode(200)
                .body("userTest.students", equalTo(8))
                .body("milestones.find { it.key == 'USER_TEST' }.status", equalTo("DONE"))
                .body("gates.find { it.key == 'USER_TEST' }.code", equalTo("USER_TEST_RECORDED"))
                .body("gates.find { it.key == 'USER_TEST' }.params.testedOn",
                        equalTo(Timestamps.today(Studio.ZONE).minusDays(1).toString()))
                .body("gates.find { it.key == 'FEEDBACK_MATERIAL' }.code", equalTo("FEEDBACK_ROUND_CLOSED"))
                .body("gates.find { it.key == 'FEEDBACK_MATERIAL' }.params.round", equalTo("MATERIAL"))
                .body("gates.findAll { it.detail != null }", hasSize(0));
        assertEquals(List.of("MANDATORY_MILESTONES", "BOARD_LAUNCH_APPROVAL"), unmetGates(moocId));

        // the study board's launch approval: asked by e-mail, decided by the department's board only
        as(BO).body(Map.of("decision", "APPROVED")).post("/productions/{id}/launch-approval", moocId).then()
                .statusCode(409);
        as(IDA).post("/productions/{id}/launch-approval/request", moocId).then().statusCode(200)
                .body("launchApproval.status", equalTo("REQUESTED"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> OutgoingMail.count(
                "recipient = ?1 and textBody like ?2", "bo@example.org", "%/productions/" + moocId + "/launch-approval%")));
        as(BEA).body(Map.of("decision", "APPROVED")).post("/productions/{id}/launch-approval", moocId).then()
                .statusCode(404);
        as(BO).get("/productions/{id}", moocId).then().statusCode(200)
                .body("permissions", equalTo(List.of("DECIDE_LAUNCH_APPROVAL")));
        as(BO).body(Map.of("decision", "DECLINED")).post("/productions/{id}/launch-approval", moocId).then()
                .statusCode(400).body("errors[0].field", equalTo("comment"));
        as(BO).body(Map.of("decision", "DECLINED", "comment", "Add subtitles first."))
                .post("/productions/{id}/launch-approval", moocId).then().statusCode(200)
                .body("launchApproval.status", equalTo("DECLINED"))
                .body("gates.find { it.key == 'BOARD_LAUNCH_APPROVAL' }.code", equalTo("LAUNCH_DECLINED"))
                .body("gates.find { it.key == 'BOARD_LAUNCH_APPROVAL' }.params.comment", equalTo("Add subtitles first."));
        assertTrue(unmetGates(moocId).contains("BOARD_LAUNCH_APPROVAL"));
        as(CARLA).post("/productions/{id}/launch-approval/request", moocId).then().statusCode(200);
        as(BO).body(Map.of("decision", "APPROVED", "comment", "Subtitles are in."))
                .post("/productions/{id}/launch-approval", moocId).then().statusCode(200)
                .body("launchApproval.status", equalTo("APPROVED"))
                .body("milestones.find { it.key == 'BOARD_LAUNCH_APPROVAL' }.status", equalTo("DONE"));
        as(IDA).post("/productions/{id}/launch-approval/request", moocId).then().statusCode(409);

        // the mandatory milestones, one by one: the gate names those still open
        for (int i = 0; i < MANDATORY_BEFORE_LAUNCH.size(); i++) {
            JsonPath refusal = as(IDA).body(Map.of("courseUrl", "https://www.coursera.org/learn/q", "launchDate", "2027-09-01"))
                    .post("/productions/{id}/launch", moocId).then().statusCode(409).extract().jsonPath();
            assertEquals(List.of("MANDATORY_MILESTONES"), refusal.getList("unmetGates.key"));
            assertEquals("MILESTONES_NOT_DONE", refusal.getString("unmetGates[0].code"));
            assertTrue(refusal.getString("unmetGates[0].params.milestones").contains("Coursera set-up"));
            assertEquals(String.valueOf(MANDATORY_BEFORE_LAUNCH.size() - i), refusal.getString("unmetGates[0].params.count"));
            assertNull(refusal.get("unmetGates[0].detail"), "the gate's state is a code, not an English sentence");
            milestoneDone(moocId, MANDATORY_BEFORE_LAUNCH.get(i));
        }

        // MediaLab does not launch; a URL that is not Coursera's is refused field by field
        as(MADS).body(Map.of("courseUrl", "https://www.coursera.org/learn/q", "launchDate", "2027-09-01"))
                .post("/productions/{id}/launch", moocId).then().statusCode(403);
        as(IDA).body(Map.of("courseUrl", "http://example.org/q", "launchDate", "2027-09-01"))
                .post("/productions/{id}/launch", moocId).then().statusCode(400).body("errors[0].field", containsString("courseUrl"));
        as(IDA).body(Map.of("courseUrl", "https://www.coursera.org/learn/quantum-computing-for-engineers",
                        "launchDate", "2027-09-01"))
                .post("/productions/{id}/launch", moocId).then().statusCode(200)
                .body("status", equalTo("LAUNCHED"))
                .body("launch.courseUrl", equalTo("https://www.coursera.org/learn/quantum-computing-for-engineers"))
                .body("warnings", hasSize(0))
                .body("milestones.find { it.key == 'LAUNCH' }.status", equalTo("DONE"))
                .body("permissions", equalTo(List.of("BOOK", "MANAGE_MAINTENANCE")));
        as(IDA).body(Map.of("courseUrl", "https://www.coursera.org/learn/q", "launchDate", "2027-09-01"))
                .post("/productions/{id}/launch", moocId).then().statusCode(409);
        asWithEtag(IDA, moocId).body(Map.of("status", "IN_PROGRESS")).put("/productions/{id}/milestones/LAUNCH", moocId)
                .then().statusCode(409);

        List<ConsumerRecord<String, String>> launched = KafkaTestClient.await(ProductionEvents.PRODUCTION_TOPIC,
                KafkaTestClient.subject(moocId.toString()), 1, Duration.ofSeconds(30));
        assertEquals(ProductionEvents.COURSE_LAUNCHED, KafkaTestClient.header(launched.get(0), "ce_type"));
        var data = mapper.readTree(launched.get(0).value());
        assertTrue(ProductionFixture.validate("production-service/src/main/resources/META-INF/events/mooc.course.launched.v1.schema.json",
                data).isEmpty(), "course launched matches its published schema");
        assertEquals(IDA.sub(), data.at("/instructor/id").asText());
        assertEquals("2027-09-01", data.get("launchDate").asText());
        assertEquals(5000, data.get("expectedEnrolments").asInt());
    }

    @Test
    void aMoocBuildingOnAnExistingCourseLaunchesWithoutAUserTestWithAWarning() throws Exception {
        UUID moocId = ProductionFixture.approved(false);
        agree(moocId);
        for (String round : List.of("TEACHING_PLAN", "MATERIAL")) {
            String c = as(CARLA).body(Map.of("text", "Fine.")).post("/productions/{id}/feedback/{r}/comments", moocId, round)
                    .then().statusCode(201).extract().path("id");
            as(IDA).body(Map.of("resolution", "RESOLVED")).put("/productions/{id}/feedback/{r}/comments/{c}", moocId, round, c)
                    .then().statusCode(200);
            as(CARLA).post("/productions/{id}/feedback/{r}/close", moocId, round).then().statusCode(200);
        }
        MANDATORY_BEFORE_LAUNCH.forEach(k -> milestoneDone(moocId, k));
        as(CARLA).post("/productions/{id}/launch-approval/request", moocId).then().statusCode(200);
        as(BO).body(Map.of("decision", "APPROVED")).post("/productions/{id}/launch-approval", moocId).then().statusCode(200)
                .body("gates.find { it.key == 'USER_TEST' }.met", equalTo(false))
                .body("gates.find { it.key == 'USER_TEST' }.blocking", equalTo(false))
                .body("gates.find { it.key == 'USER_TEST' }.code", equalTo("USER_TEST_MISSING_RECOMMENDED"))
                .body("gates.find { it.key == 'USER_TEST' }.params", equalTo(Map.of()))
                .body("warnings", equalTo(List.of("USER_TEST")));
        as(CARLA).body(Map.of("courseUrl", "https://www.coursera.org/learn/algorithms-2", "launchDate", "2027-02-01"))
                .post("/productions/{id}/launch", moocId).then().statusCode(200)
                .body("status", equalTo("LAUNCHED"))
                .body("warnings", hasSize(1));
    }
}
