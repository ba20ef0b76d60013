package dk.mooc.production.launch;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.Studio;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.production.launch.ProductionFixture.BEA;
import static dk.mooc.production.launch.ProductionFixture.BO;
import static dk.mooc.production.launch.ProductionFixture.CARLA;
import static dk.mooc.production.launch.ProductionFixture.IDA;
import static dk.mooc.production.launch.ProductionFixture.MADS;
import static dk.mooc.production.launch.ProductionFixture.agree;
import static dk.mooc.production.launch.ProductionFixture.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A milestone owned by the study board or by MediaLab is completed (its status changed) only by its owner: the board
 * of the MOOC's own department, MediaLab. The instructor's and the consultant's milestones keep their rule (the MOOC's
 * instructor or a consultant), and moving any milestone stays with them.
 */
@QuarkusTest
class MilestoneOwnershipTest {

    private static final Person ADA = TestTokens.person("ada", null, "admin");

    private static long version(UUID moocId) {
        return as(CARLA).get("/productions/{id}", moocId).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static io.restassured.response.ValidatableResponse change(Person who, UUID moocId, String key,
                                                                       Map<String, Object> change) {
        return as(who).header("If-Match", "\"" + version(moocId) + "\"").body(change)
                .put("/productions/{id}/milestones/{key}", moocId, key).then();
    }

    /** Refused with a 403 problem, and the production (plan and version) is as it was. */
    private static void refused(Person who, UUID moocId, String key, Map<String, Object> change) {
        JsonPath before = as(CARLA).get("/productions/{id}", moocId).then().statusCode(200).extract().jsonPath();
        change(who, moocId, key, change).statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:mooc:problem:forbidden"));
        JsonPath after = as(CARLA).get("/productions/{id}", moocId).then().statusCode(200).extract().jsonPath();
        assertEquals(before.getLong("version"), after.getLong("version"), who.username() + " on " + key + ": version");
        assertEquals(before.getList("milestones"), after.getList("milestones"), who.username() + " on " + key + ": plan");
    }

    private static Map<String, Object> milestone(UUID moocId, String key) {
        return as(CARLA).get("/productions/{id}", moocId).then().statusCode(200).extract().jsonPath()
                .getMap("milestones.find { it.key == '" + key + "' }");
    }

    @Test
    void theStudyBoardsAndMediaLabsMilestonesAreCompletedOnlyByTheirOwner() throws Exception {
        UUID moocId = ProductionFixture.approved(true);
        agree(moocId);
        assertEquals("STUDY_BOARD", milestone(moocId, "BOARD_LAUNCH_APPROVAL").get("owner"));
        assertEquals("MEDIALAB", milestone(moocId, "VIDEO_RECORDING").get("owner"));
        Map<String, Object> done = Map.of("status", "DONE");

        // the study board's milestone: not the instructor, a consultant, MediaLab or an admin
        for (Person other : new Person[] {IDA, CARLA, MADS, ADA}) {
            refused(other, moocId, "BOARD_LAUNCH_APPROVAL", done);
        }
        change(IDA, moocId, "BOARD_LAUNCH_APPROVAL", done).body("detail", containsString("study board of the MOOC's department"));
        // another department's board does not even see the MOOC (404, so that its existence does not leak)
        change(BEA, moocId, "BOARD_LAUNCH_APPROVAL", done).statusCode(404);
        assertEquals("PLANNED", milestone(moocId, "BOARD_LAUNCH_APPROVAL").get("status"));

        // MediaLab's milestone: not the instructor, a consultant, the board or an admin
        for (Person other : new Person[] {IDA, CARLA, BO, ADA}) {
            refused(other, moocId, "VIDEO_RECORDING", done);
        }
        refused(IDA, moocId, "VIDEO_RECORDING", Map.of("status", "IN_PROGRESS"));
        // moving it is still the plan's business: MediaLab does not move it, the instructor does
        refused(MADS, moocId, "VIDEO_RECORDING", Map.of("dueDate", "2027-07-01"));
        change(IDA, moocId, "VIDEO_RECORDING", Map.of("dueDate", "2027-07-01")).statusCode(200)
                .body("milestones.find { it.key == 'VIDEO_RECORDING' }.dueDate", equalTo("2027-07-01"))
                .body("milestones.find { it.key == 'VIDEO_RECORDING' }.status", equalTo("PLANNED"));
        // nor both at once: the date would be the owner's to move
        refused(MADS, moocId, "VIDEO_RECORDING", Map.of("dueDate", "2027-07-02", "status", "DONE"));

        // the owners complete their own
        String today = Timestamps.today(Studio.ZONE).toString();
        change(MADS, moocId, "VIDEO_RECORDING", done).statusCode(200)
                .body("milestones.find { it.key == 'VIDEO_RECORDING' }.status", equalTo("DONE"))
                .body("milestones.find { it.key == 'VIDEO_RECORDING' }.doneOn", equalTo(today));
        change(BO, moocId, "BOARD_LAUNCH_APPROVAL", done).statusCode(200)
                .body("milestones.find { it.key == 'BOARD_LAUNCH_APPROVAL' }.status", equalTo("DONE"))
                .body("milestones.find { it.key == 'BOARD_LAUNCH_APPROVAL' }.doneOn", equalTo(today));
        // the owner's repeated request (a retry after a lost answer) changes nothing and is no 403
        List<Object> plan = as(CARLA).get("/productions/{id}", moocId).then().extract().jsonPath().getList("milestones");
        change(MADS, moocId, "VIDEO_RECORDING", done).statusCode(200)
                .body("milestones.find { it.key == 'VIDEO_RECORDING' }.status", equalTo("DONE"))
                .body("milestones.find { it.key == 'VIDEO_RECORDING' }.doneOn", equalTo(today));
        assertEquals(plan, as(CARLA).get("/productions/{id}", moocId).then().extract().jsonPath().getList("milestones"),
                "a repeated completion leaves the plan as it was");
        // and only they reopen them
        refused(IDA, moocId, "VIDEO_RECORDING", Map.of("status", "IN_PROGRESS"));
        refused(CARLA, moocId, "BOARD_LAUNCH_APPROVAL", Map.of("status", "PLANNED"));
        change(MADS, moocId, "VIDEO_RECORDING", Map.of("status", "IN_PROGRESS")).statusCode(200)
                .body("milestones.find { it.key == 'VIDEO_RECORDING' }.status", equalTo("IN_PROGRESS"))
                .body("milestones.find { it.key == 'VIDEO_RECORDING' }.doneOn", nullValue());
    }

    @Test
    void theInstructorsAndTheConsultantsMilestonesKeepTheirRule() throws Exception {
        UUID moocId = ProductionFixture.approved(true);
        agree(moocId);
        Map<String, Object> done = Map.of("status", "DONE");
        assertEquals("INSTRUCTOR", milestone(moocId, "COURSE_OUTLINE").get("owner"));
        assertEquals("CONSULTANT", milestone(moocId, "PLAN_AGREED").get("owner"));

        for (Person other : new Person[] {MADS, BO, ADA}) {
            refused(other, moocId, "COURSE_OUTLINE", done);
            refused(other, moocId, "PLAN_AGREED", done);
        }
        change(CARLA, moocId, "COURSE_OUTLINE", done).statusCode(200)
                .body("milestones.find { it.key == 'COURSE_OUTLINE' }.status", equalTo("DONE"));
        change(IDA, moocId, "PLAN_AGREED", done).statusCode(200)
                .body("milestones.find { it.key == 'PLAN_AGREED' }.status", equalTo("DONE"));
        change(IDA, moocId, "COURSE_OUTLINE", Map.of("status", "IN_PROGRESS")).statusCode(200)
                .body("milestones.find { it.key == 'COURSE_OUTLINE' }.status", equalTo("IN_PROGRESS"));
        assertNull(milestone(moocId, "COURSE_OUTLINE").get("doneOn"));
    }

    /** The keys of the caller's plan whose milestone permissions contain {@code permission}, in plan order. */
    private static java.util.List<String> keysWith(Person who, UUID moocId, String permission) {
        return as(who).get("/productions/{id}", moocId).then().statusCode(200).extract().jsonPath()
                .getList("milestones.findAll { it.permissions.contains('" + permission + "') }.key", String.class);
    }

    @Test
    void eachMilestoneSaysWhetherTheCallerMayChangeItsStatus() throws Exception {
        UUID moocId = ProductionFixture.approved(true);
        agree(moocId);

        // the instructor: their own milestones, not MediaLab's or the study board's; and may move every one
        JsonPath ida = as(IDA).get("/productions/{id}", moocId).then().statusCode(200).extract().jsonPath();
        assertEquals(java.util.List.of("CHANGE_STATUS", "MOVE_DUE"),
                ida.getList("milestones.find { it.key == 'COURSE_OUTLINE' }.permissions"));
        assertEquals(java.util.List.of("MOVE_DUE"), ida.getList("milestones.find { it.key == 'VIDEO_RECORDING' }.permissions"));
        assertEquals(java.util.List.of("MOVE_DUE"),
                ida.getList("milestones.find { it.key == 'BOARD_LAUNCH_APPROVAL' }.permissions"));
        java.util.List<String> idaStatus = keysWith(IDA, moocId, "CHANGE_STATUS");
        assertEquals(true, idaStatus.contains("PLAN_AGREED"), "instructor on the consultant's milestone: " + idaStatus);
        assertEquals(false, idaStatus.contains("VIDEO_RECORDING") || idaStatus.contains("BOARD_LAUNCH_APPROVAL"),
                "instructor: " + idaStatus);
        assertEquals(ida.getList("milestones.key"), keysWith(IDA, moocId, "MOVE_DUE"));

        // MediaLab and the department's board read the production, and may change the status of their own milestone only
        assertEquals(java.util.List.of("VIDEO_RECORDING"), keysWith(MADS, moocId, "CHANGE_STATUS"));
        assertEquals(java.util.List.of("BOARD_LAUNCH_APPROVAL"), keysWith(BO, moocId, "CHANGE_STATUS"));
        // moving is not theirs
        assertEquals(java.util.List.of(), keysWith(MADS, moocId, "MOVE_DUE"));
        assertEquals(java.util.List.of(), keysWith(BO, moocId, "MOVE_DUE"));
        // an admin sees the plan but owns none of it
        assertEquals(java.util.List.of(), as(ADA).get("/productions/{id}", moocId).then().statusCode(200).extract()
                .jsonPath().getList("milestones.findAll { !it.permissions.isEmpty() }.key"));

        // the flag tells the truth: what it offers succeeds, what it withholds is refused
        change(MADS, moocId, "VIDEO_RECORDING", Map.of("status", "IN_PROGRESS")).statusCode(200);
        refused(IDA, moocId, "VIDEO_RECORDING", Map.of("status", "DONE"));
    }
}
