package dk.mooc.review.work;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.CaseMember;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.review.work.ReviewWorkTest.ADA;
import static dk.mooc.review.work.ReviewWorkTest.CATHY;
import static dk.mooc.review.work.ReviewWorkTest.CHRIS;
import static dk.mooc.review.work.ReviewWorkTest.DAN;
import static dk.mooc.review.work.ReviewWorkTest.IDA;
import static dk.mooc.review.work.ReviewWorkTest.KIRSTEN;
import static dk.mooc.review.work.ReviewWorkTest.as;
import static dk.mooc.review.work.ReviewWorkTest.assessment;
import static dk.mooc.review.work.ReviewWorkTest.declare;
import static dk.mooc.review.work.ReviewWorkTest.openCase;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The task inbox of review-service over HTTP with a real signed token per person: declaring, assessing and deciding
 * appear for the one who may do it now and go once done; a conflict of interest (declared or automatic, a member's or
 * the chair's) takes them away; decided and closed cases have none. Chris chairs (Compute), Cathy is in Physics,
 * Kirsten in Chemistry, Dan in Mathematics.
 */
@QuarkusTest
class TasksResourceTest {

    private static JsonPath inbox(Person who) {
        return as(who).get("/tasks").then().statusCode(200).extract().jsonPath();
    }

    /** The kinds of the caller's tasks on one case. */
    private static List<String> kinds(Person who, String caseId) {
        return inbox(who).getList("items.findAll { it.subjectId == '" + caseId + "' }.kind");
    }

    private static Map<String, Object> task(Person who, String caseId, String kind) {
        Map<String, Object> task = inbox(who).getMap("items.find { it.subjectId == '" + caseId + "' && it.kind == '"
                + kind + "' }");
        assertTrue(task != null, who.username() + " has no " + kind + " task on " + caseId);
        return task;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> params(Person who, String caseId, String kind) {
        return (Map<String, String>) task(who, caseId, kind).get("params");
    }

    private static void assign(String caseId, String username) {
        as(CHRIS).body(Map.of("username", username)).post("/review-cases/{id}/members", caseId).then().statusCode(200);
    }

    @Test
    void anonymousIs401AndRolesWithoutCasesAre403() {
        given().get("/tasks").then().statusCode(401);
        as(ADA).get("/tasks").then().statusCode(403);
        as(IDA).get("/tasks").then().statusCode(403);
    }

    @Test
    void aMemberDeclaresThenAssessesBeforeTheMeetingAndTheChairDecides() {
        String title = "Inbox case " + System.nanoTime();
        String id = openCase("Physics", title);
        String moocId = as(CHRIS).get("/review-cases/{id}", id).then().extract().path("moocId");
        OffsetDateTime startsAt = Timestamps.now().plusDays(10).withHour(22).withMinute(30);
        String meetingId = as(CHRIS).body(Map.of("title", "Inbox meeting", "startsAt", startsAt.toString()))
                .post("/meetings").then().statusCode(201).extract().path("id");
        as(CHRIS).body(Map.of("caseId", id)).post("/meetings/{id}/cases", meetingId).then().statusCode(200);
        String meetingDay = startsAt.atZoneSameInstant(ZoneId.of("Europe/Copenhagen")).toLocalDate().toString();

        // the chair decides every open case they have no conflict in; it is due at the meeting
        Map<String, Object> decide = task(CHRIS, id, "SEND_DECISION");
        assertEquals(moocId, decide.get("moocId"));
        assertEquals(title, decide.get("title"));
        assertEquals(meetingDay, decide.get("dueDate"));
        assertEquals(Map.of("round", "1", "meetingId", meetingId, "assessments", "0", "quorum", "2",
                "actingChair", "false"), decide.get("params"));
        assertEquals(List.of(), kinds(KIRSTEN, id));

        // assigned: declare first
        assign(id, "kirsten");
        Map<String, Object> declaring = task(KIRSTEN, id, "DECLARE_CONFLICT_OF_INTEREST");
        assertEquals(meetingDay, declaring.get("dueDate"));
        assertEquals(Map.of("round", "1", "meetingId", meetingId, "automaticConflict", "false"),
                declaring.get("params"));
        assertEquals(List.of("DECLARE_CONFLICT_OF_INTEREST"), kinds(KIRSTEN, id));

        // declared: assess, due before the meeting
        declare(KIRSTEN, id, false, null);
        assertEquals(List.of("ASSESS_CASE"), kinds(KIRSTEN, id));
        assertEquals(meetingDay, task(KIRSTEN, id, "ASSESS_CASE").get("dueDate"));
        assertEquals(List.of(), kinds(DAN, id));

        // assessed: nothing left for her; the chair sees the assessment counted
        as(KIRSTEN).body(assessment(4, 4, 3, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then()
                .statusCode(200);
        assertEquals(List.of(), kinds(KIRSTEN, id));
        assertEquals("1", params(CHRIS, id, "SEND_DECISION").get("assessments"));

        // decided: nobody's task any more
        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "Approved", "belowQuorumReason", "Urgent"))
                .post("/review-cases/{id}/decision", id).then().statusCode(200);
        assertEquals(List.of(), kinds(CHRIS, id));
        assertEquals(List.of(), kinds(KIRSTEN, id));
    }

    @Test
    void aConflictedMemberIsAskedToDeclareButNeverToAssess() {
        String id = openCase("Physics", "Conflicted member " + System.nanoTime());
        assign(id, "cathy");
        assign(id, "kirsten");

        // Cathy is in the applicant's department: flagged, and declaring "no conflict" does not lift it
        assertEquals("true", params(CATHY, id, "DECLARE_CONFLICT_OF_INTEREST").get("automaticConflict"));
        declare(CATHY, id, false, null);
        assertEquals(List.of(), kinds(CATHY, id));

        // a declared conflict takes the assessment away too, also one that was due
        declare(KIRSTEN, id, false, null);
        assertEquals(List.of("ASSESS_CASE"), kinds(KIRSTEN, id));
        declare(KIRSTEN, id, true, "I co-supervise the instructor's PhD student");
        assertEquals(List.of(), kinds(KIRSTEN, id));
    }

    @Test
    void aConflictedChairDecidesNothingAndTheActingChairDecidesUntilTheyDeclareAConflict() {
        // Chris is in the applicant's department
        String id = openCase("Compute", "Conflicted chair " + System.nanoTime());
        assertEquals(List.of(), kinds(CHRIS, id));

        assign(id, "kirsten");
        declare(KIRSTEN, id, false, null);
        as(CHRIS).body(Map.of("username", "kirsten")).put("/review-cases/{id}/acting-chair", id).then().statusCode(200);
        assertEquals(List.of("ASSESS_CASE", "SEND_DECISION"), kinds(KIRSTEN, id).stream().sorted().toList());
        assertEquals("true", params(KIRSTEN, id, "SEND_DECISION").get("actingChair"));
        assertEquals(List.of(), kinds(CHRIS, id));

        // an acting chair who declares a conflict loses the case at once, and with it both tasks
        declare(KIRSTEN, id, true, "Related to the instructor");
        assertEquals(List.of(), kinds(KIRSTEN, id));
        assertEquals(List.of(), kinds(CHRIS, id));
    }

    @Test
    void aChairWhoHandedACaseOverNoLongerDecidesIt() {
        String id = openCase("Physics", "Handed over " + System.nanoTime());
        assertEquals(List.of("SEND_DECISION"), kinds(CHRIS, id));
        as(DAN).post("/review-cases/{id}/members/me", id).then().statusCode(200);
        declare(DAN, id, false, null);
        as(CHRIS).body(Map.of("username", "dan")).put("/review-cases/{id}/acting-chair", id).then().statusCode(200);

        assertEquals(List.of(), kinds(CHRIS, id));
        Map<String, Object> decide = task(DAN, id, "SEND_DECISION");
        String openedAt = as(DAN).get("/review-cases/{id}", id).then().extract().path("openedAt");
        // it became Dan's when it was handed over, not when the case opened three days ago
        assertTrue(OffsetDateTime.parse((String) decide.get("since")).isAfter(OffsetDateTime.parse(openedAt)));
        assertNull(decide.get("dueDate"));
    }

    @Test
    void aClosedCaseHasNoTasks() {
        String id = openCase("Physics", "Closed " + System.nanoTime());
        assign(id, "kirsten");
        assertEquals(List.of("SEND_DECISION"), kinds(CHRIS, id));
        assertEquals(List.of("DECLARE_CONFLICT_OF_INTEREST"), kinds(KIRSTEN, id));

        QuarkusTransaction.requiringNew().run(() -> ReviewCase.<ReviewCase>findById(UUID.fromString(id))
                .close(ReviewCase.CloseCause.WITHDRAWN, Map.of(), Timestamps.now()));
        assertEquals(List.of(), kinds(CHRIS, id));
        assertEquals(List.of(), kinds(KIRSTEN, id));
    }

    @Test
    void atMostTwoHundredTasksAreListedTheLongestWaitingFirst() {
        Person member = TestTokens.person("inboxcap" + System.nanoTime(), "Mathematics", "committee");
        OffsetDateTime start = Timestamps.now().minusDays(30);
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 201; i++) {
                // the chair's own department, so that these are no decisions of his
                String id = openCase("Compute", "Capped " + i, c -> c.openedAt = start);
                ids.add(id);
                OffsetDateTime assignedAt = start.plusMinutes(i);
                QuarkusTransaction.requiringNew().run(() -> {
                    CaseMember m = new CaseMember();
                    m.caseId = UUID.fromString(id);
                    m.username = member.username();
                    m.name = member.name();
                    m.email = member.email();
                    m.department = member.department();
                    m.volunteered = true;
                    m.assignedBy = member.username();
                    m.assignedAt = assignedAt;
                    m.persist();
                });
            }

            JsonPath tasks = inbox(member);
            assertEquals(200, tasks.getList("items").size());
            assertEquals(ids.subList(0, 200), tasks.getList("items.subjectId"));
            assertEquals(List.of("DECLARE_CONFLICT_OF_INTEREST"), tasks.getList("items.kind").stream().distinct().toList());
            assertTrue(tasks.getInt("total") >= 201, "the cases left out are counted, so the inbox can say the list is cut");
        } finally {
            // other tests rank and list all open cases: leave none of these open
            QuarkusTransaction.requiringNew().run(() -> ReviewCase.update("status = ?1, closedAt = ?2 where id in ?3",
                    ReviewCaseStatus.CLOSED, Timestamps.now(), ids.stream().map(UUID::fromString).toList()));
        }
    }
}
