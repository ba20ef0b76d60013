package dk.mooc.proposal.rest;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.proposal.ContentFingerprint;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.proposal.Workflow.ADA;
import static dk.mooc.proposal.Workflow.BEA;
import static dk.mooc.proposal.Workflow.BO;
import static dk.mooc.proposal.Workflow.CARLA;
import static dk.mooc.proposal.Workflow.CHRIS;
import static dk.mooc.proposal.Workflow.CONNOR;
import static dk.mooc.proposal.Workflow.HANS;
import static dk.mooc.proposal.Workflow.HELLE;
import static dk.mooc.proposal.Workflow.IDA;
import static dk.mooc.proposal.Workflow.MADS;
import static dk.mooc.proposal.Workflow.OLE;
import static dk.mooc.proposal.Workflow.TIM;
import static dk.mooc.proposal.Workflow.approve;
import static dk.mooc.proposal.Workflow.as;
import static dk.mooc.proposal.Workflow.consulted;
import static dk.mooc.proposal.Workflow.create;
import static dk.mooc.proposal.Workflow.hash;
import static dk.mooc.proposal.Workflow.sign;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The task inbox of proposal-service over HTTP with a real signed token per person: each kind appears for the one who
 * may act, disappears once the action is taken, and never shows for anybody else; given, voided and declined
 * endorsements are no tasks. Proposals are Ida's (Compute) unless the test says otherwise.
 */
@QuarkusTest
class TasksResourceTest {

    /** The kinds of the caller's tasks on one proposal. */
    private static List<String> kinds(Person who, String id) {
        return inbox(who).getList("items.findAll { it.subjectId == '" + id + "' }.kind");
    }

    private static JsonPath inbox(Person who) {
        return as(who).get("/tasks").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> task(Person who, String id, String kind) {
        Map<String, Object> task = inbox(who).getMap("items.find { it.subjectId == '" + id + "' && it.kind == '" + kind
                + "' }");
        assertTrue(task != null, who.username() + " has no " + kind + " task on " + id);
        return task;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> params(Person who, String id, String kind) {
        return (Map<String, String>) task(who, id, kind).get("params");
    }

    private static void edit(Person instructor, String id, Map<String, Object> body) {
        String etag = as(instructor).get("/proposals/{id}", id).then().statusCode(200).extract().header("ETag");
        as(instructor).header("If-Match", etag).body(body).put("/proposals/{id}", id).then().statusCode(200);
    }

    private static Map<String, Object> completeBodyWithSummary(String title, String summary) {
        Map<String, Object> body = new HashMap<>(TestData.completeBody(title));
        body.put("summary", summary);
        return body;
    }

    @Test
    void anonymousIs401AndRolesThatActOnNoProposalAre403() {
        given().get("/tasks").then().statusCode(401);
        as(ADA).get("/tasks").then().statusCode(403);
        as(CHRIS).get("/tasks").then().statusCode(403);
        as(MADS).get("/tasks").then().statusCode(403);
    }

    @Test
    void eachStepIsTheTaskOfTheOneWhoMayTakeItAndGoneOnceTaken() {
        String title = "Inbox walk " + System.nanoTime();
        String id = create(IDA, title);

        // a draft: the instructor's to send to the LearningLab; nobody else's, not even the team's
        assertEquals(List.of("REQUEST_CONSULTATION"), kinds(IDA, id));
        Map<String, Object> draft = task(IDA, id, "REQUEST_CONSULTATION");
        assertEquals(id, draft.get("moocId"));
        assertEquals(title, draft.get("title"));
        assertNull(draft.get("dueDate"));
        assertEquals(Map.of("revision", "1"), draft.get("params"));
        for (Person other : List.of(OLE, TIM, CARLA, BO, HANS)) {
            assertEquals(List.of(), kinds(other, id), other.username());
        }

        // in the LearningLab's queue: every consultant's to take
        as(IDA).post("/proposals/{id}/consultation/request", id).then().statusCode(200);
        assertEquals(List.of(), kinds(IDA, id));
        assertEquals(List.of("TAKE_CONSULTATION"), kinds(CARLA, id));
        assertEquals(List.of("TAKE_CONSULTATION"), kinds(CONNOR, id));
        assertEquals("Compute", params(CARLA, id, "TAKE_CONSULTATION").get("department"));
        assertEquals(List.of(), kinds(BO, id));

        // taken: only the consultant who took it records it
        as(CARLA).post("/proposals/{id}/consultation/assign", id).then().statusCode(200);
        assertEquals(List.of("RECORD_CONSULTATION"), kinds(CARLA, id));
        assertEquals(List.of(), kinds(CONNOR, id));

        // recorded: back to the instructor, who asks both endorsers
        as(CARLA).body(Map.of("date", Timestamps.today().toString(), "notes", "Held"))
                .post("/proposals/{id}/consultation", id).then().statusCode(200);
        assertEquals(List.of(), kinds(CARLA, id));
        assertEquals(List.of("REQUEST_ENDORSEMENTS"), kinds(IDA, id));
        assertEquals("STUDY_BOARD,HEAD_OF_DEPARTMENT", params(IDA, id, "REQUEST_ENDORSEMENTS").get("endorsers"));

        // requested: the department's board and head, each for the content they will see
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        String hash = hash(IDA, id);
        assertEquals(List.of(), kinds(IDA, id));
        assertEquals(Map.of("revision", "1", "contentHash", hash, "department", "Compute"),
                params(BO, id, "GIVE_BOARD_APPROVAL"));
        assertEquals(hash, params(HANS, id, "SIGN_AS_HEAD").get("contentHash"));
        assertEquals(List.of(), kinds(BEA, id));
        assertEquals(List.of(), kinds(HELLE, id));
        assertEquals(List.of(), kinds(CARLA, id));

        // an approval already given is no task; the head still signs
        approve(BO, id);
        assertEquals(List.of(), kinds(BO, id));
        assertEquals(List.of("SIGN_AS_HEAD"), kinds(HANS, id));
        assertEquals(List.of(), kinds(IDA, id));

        // after both endorsements no endorsement task anywhere: the instructor submits
        sign(HANS, id);
        assertEquals(List.of(), kinds(HANS, id));
        assertEquals(List.of(), kinds(BO, id));
        assertEquals(List.of("SUBMIT_PROPOSAL"), kinds(IDA, id));

        // with the committee: nothing waits for anybody here
        as(IDA).post("/proposals/{id}/submit", id).then().statusCode(200);
        for (Person p : List.of(IDA, BO, HANS, CARLA)) {
            assertEquals(List.of(), kinds(p, id), p.username());
        }
    }

    @Test
    void aVoidedSignatureIsNoTaskUntilItIsRequestedAgain() {
        String title = "Voided signature " + System.nanoTime();
        String id = create(IDA, title);
        consulted(IDA, id);
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        approve(BO, id);
        sign(HANS, id);
        assertEquals(List.of("SUBMIT_PROPOSAL"), kinds(IDA, id));

        // an edit outside the academic scope voids the signature, not the board's approval
        edit(IDA, id, completeBodyWithSummary(title, "A changed summary"));
        as(HANS).get("/proposals/{id}", id).then().body("headSignature.state", equalTo("VOID"));
        assertEquals(List.of(), kinds(HANS, id));
        assertEquals(List.of(), kinds(BO, id));
        assertEquals(List.of("REQUEST_ENDORSEMENTS"), kinds(IDA, id));
        assertEquals("HEAD_OF_DEPARTMENT", params(IDA, id, "REQUEST_ENDORSEMENTS").get("endorsers"));

        // asked again: the head signs the new content
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        assertEquals(hash(IDA, id), params(HANS, id, "SIGN_AS_HEAD").get("contentHash"));
        assertEquals(List.of(), kinds(BO, id));
        assertEquals(List.of(), kinds(IDA, id));
    }

    @Test
    void aSignatureVoidedWhileTheBoardIsAskedLeavesTheBoardsTaskAndAsksTheInstructor() {
        String title = "Voided before the board " + System.nanoTime();
        String id = create(IDA, title);
        consulted(IDA, id);
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        sign(HANS, id);
        edit(IDA, id, completeBodyWithSummary(title, "Another summary"));

        assertEquals(List.of(), kinds(HANS, id));
        assertEquals(List.of("GIVE_BOARD_APPROVAL"), kinds(BO, id));
        // the board decides on the content as it is now
        assertEquals(hash(BO, id), params(BO, id, "GIVE_BOARD_APPROVAL").get("contentHash"));
        assertEquals(List.of("REQUEST_ENDORSEMENTS"), kinds(IDA, id));
    }

    @Test
    void aDeclinedEndorsementSendsTheProposalBackForRevisionUntilEndorsementsAreAskedAgain() {
        String title = "Declined " + System.nanoTime();
        String id = create(IDA, title);
        consulted(IDA, id);
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        as(BO).body(Map.of("decision", "DECLINE", "comment", "Sharpen the target group", "contentHash", hash(BO, id)))
                .post("/proposals/{id}/board-approval", id).then().statusCode(200);

        assertEquals(List.of(), kinds(BO, id));
        assertEquals(List.of("SIGN_AS_HEAD"), kinds(HANS, id));
        assertEquals(List.of("REVISE_PROPOSAL"), kinds(IDA, id));
        assertEquals(Map.of("revision", "1", "requestedBy", "STUDY_BOARD"), params(IDA, id, "REVISE_PROPOSAL"));

        edit(IDA, id, completeBodyWithSummary(title, "Sharper target group"));
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        assertEquals(List.of(), kinds(IDA, id));
        assertEquals(List.of("GIVE_BOARD_APPROVAL"), kinds(BO, id));
        assertEquals(List.of("SIGN_AS_HEAD"), kinds(HANS, id));
    }

    @Test
    void theCommitteesRevisionRequestIsTheInstructorsToRevise() {
        String title = "Revision " + System.nanoTime();
        UUID id = TestData.submitted(IDA.sub(), "Compute", title);
        QuarkusTransaction.requiringNew().run(() -> Proposal.<Proposal>findById(id)
                .applyDecision("REVISION_REQUESTED", "Make the resources concrete", 1, Timestamps.now()));
        edit(IDA, id.toString(), completeBodyWithSummary(title, "Concrete resources"));

        assertEquals(List.of("REVISE_PROPOSAL"), kinds(IDA, id.toString()));
        assertEquals(Map.of("revision", "2", "requestedBy", "COMMITTEE"), params(IDA, id.toString(), "REVISE_PROPOSAL"));
        assertEquals(List.of(), kinds(OLE, id.toString()));

        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        assertEquals(List.of(), kinds(IDA, id.toString()));
        assertEquals(List.of("SIGN_AS_HEAD"), kinds(HANS, id.toString()));
    }

    @Test
    void anIncompleteApplicationIsToBeCompletedBeforeEndorsementsCanBeAsked() {
        String id = as(IDA).body(TestData.draftBody("Incomplete " + System.nanoTime())).post("/proposals").then()
                .statusCode(201).extract().path("id");
        consulted(IDA, id);

        assertEquals(List.of("COMPLETE_APPLICATION"), kinds(IDA, id));
        List<String> missing = List.of(params(IDA, id, "COMPLETE_APPLICATION").get("missing").split(","));
        assertTrue(missing.containsAll(List.of("topic", "team", "resources")), missing.toString());
        // asking now would be refused, so it is not offered
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(400);

        edit(IDA, id, TestData.completeBody("Incomplete"));
        assertEquals(List.of("REQUEST_ENDORSEMENTS"), kinds(IDA, id));
    }

    @Test
    void atMostTwoHundredTasksAreListedTheLongestWaitingFirst() {
        String department = "Inbox cap " + System.nanoTime();
        Person board = TestTokens.person("capboard", department, "board");
        OffsetDateTime start = Timestamps.now().minusDays(30);
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 201; i++) {
                // requested a minute apart, the first the longest ago
                OffsetDateTime at = start.plusMinutes(i);
                Proposal p = Proposal.draft(UUID.randomUUID(), "cap-instructor", "Cap Instructor", null, department, at);
                p.edit(TestData.completeContent("Capped " + i), at);
                p.contentHash = ContentFingerprint.contentHash(p.content(), List.of());
                p.requestConsultation(at);
                p.assignConsultant("carla-sub", "Carla Tester", "carla@example.org", at);
                p.recordConsultation(at.toLocalDate(), "Held", at);
                p.requestEndorsements(at);
                p.persist();
                created.add(p.id.toString());
            }
            return created;
        });

        JsonPath tasks = inbox(board);
        assertEquals(200, tasks.getList("items").size());
        assertEquals(ids.subList(0, 200), tasks.getList("items.subjectId"));
        assertEquals(List.of("GIVE_BOARD_APPROVAL"), tasks.getList("items.kind").stream().distinct().toList());
    }
}
