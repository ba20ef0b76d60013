package dk.mooc.proposal.workflow;

import dk.mooc.proposal.TestData;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import dk.mooc.platform.mail.OutgoingMail;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import static dk.mooc.proposal.Workflow.as;
import static dk.mooc.proposal.Workflow.consulted;
import static dk.mooc.proposal.Workflow.create;
import static dk.mooc.proposal.Workflow.hash;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proposal workflow over HTTP with a real signed token per person: every hand-off, the e-mail it sends,
 * and who may (not) act. Proposals are Ida's (Compute) unless the test says otherwise.
 */
@QuarkusTest
class ProposalWorkflowTest {

    @Inject
    MockMailbox mailbox;

    private List<Mail> mailsTo(String address, String titlePart) {
        return mailbox.getMailsSentTo(address).stream().filter(m -> m.getSubject().contains(titlePart)).toList();
    }

    /** The mails queued for {@code address} about proposal {@code id}, in the transaction of each hand-off. */
    static List<OutgoingMail> queued(String id, String address) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMail.<OutgoingMail>list(
                "subjectRef = ?1 and recipient = ?2 order by createdAt, id", id, address));
    }

    static List<String> subjects(List<OutgoingMail> mails) {
        return mails.stream().map(m -> m.subject).toList();
    }

    @AfterEach
    void realClock() {
        Timestamps.reset();
    }

    private Mail awaitMail(String address, String subjectPart) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(address, subjectPart).isEmpty());
        List<Mail> mails = mailsTo(address, subjectPart);
        return mails.get(mails.size() - 1);
    }

    @Test
    void fromDraftThroughConsultationAndBothEndorsementsToTheCommittee() {
        String title = "Workflow happy path " + System.nanoTime();
        String id = create(IDA, title);
        as(IDA).get("/proposals/{id}", id).then()
                .body("permissions", containsInAnyOrder("EDIT", "REQUEST_CONSULTATION", "WITHDRAW"))
                .body("consultation", nullValue())
                .body("boardApproval.state", equalTo("NOT_REQUESTED"));

        // 1. the instructor asks the LearningLab; the LearningLab's mailbox gets a link
        as(IDA).post("/proposals/{id}/consultation/request", id).then()
                .statusCode(200).body("status", equalTo("CONSULTATION_REQUESTED"));
        assertTrue(awaitMail("carla@example.org", title).getText().contains("http://localhost:8080/proposals/" + id));
        as(CARLA).queryParam("consultant", "unassigned").get("/proposals").then()
                .statusCode(200).body("items.id", hasItem(id)).body("items.status", everyItem(equalTo("CONSULTATION_REQUESTED")));
        as(CARLA).get("/proposals/{id}", id).then().body("permissions", contains("ASSIGN_CONSULTANT"));

        // 2. a consultant takes it; the instructor is told who
        as(CARLA).post("/proposals/{id}/consultation/assign", id).then()
                .statusCode(200)
                .body("status", equalTo("CONSULTANT_ASSIGNED"))
                .body("consultation.consultant.name", equalTo("Carla Tester"));
        assertTrue(awaitMail("ida@example.org", "Your LearningLab consultant").getText().contains(title));
        as(CARLA).queryParam("consultant", "me").get("/proposals").then().body("items.id", hasItem(id));

        // 3. the consultation is recorded (a future date or empty notes are refused field by field)
        String today = Timestamps.today().toString();
        as(CARLA).body(Map.of("date", Timestamps.today().plusDays(3).toString(), "notes", "Too early"))
                .post("/proposals/{id}/consultation", id).then()
                .statusCode(400).body("errors.field", contains("date"));
        as(CARLA).body(Map.of("date", today, "notes", " ")).post("/proposals/{id}/consultation", id).then()
                .statusCode(400).body("errors[0].field", containsString("notes"));
        as(CARLA).body(Map.of("date", today, "notes", "Target group and pilot module agreed"))
                .post("/proposals/{id}/consultation", id).then()
                .statusCode(200)
                .body("status", equalTo("CONSULTED"))
                .body("consultation.date", equalTo(today))
                .body("consultation.notes", equalTo("Target group and pilot module agreed"));
        // the instructor is told, once, in the same transaction, with a link to the proposal
        List<OutgoingMail> toIda = queued(id, "ida@example.org");
        assertEquals(List.of("Your LearningLab consultant: Carla Tester", "Consultation recorded: " + title),
                subjects(toIda), "the instructor's hand-off mails so far");
        assertTrue(toIda.get(1).textBody.contains("The consultation on " + today + " is recorded"), toIda.get(1).textBody);
        assertTrue(toIda.get(1).textBody.contains("http://localhost:8080/proposals/" + id), toIda.get(1).textBody);
        assertTrue(awaitMail("ida@example.org", "Consultation recorded").getText()
                .contains("http://localhost:8080/proposals/" + id), "and the mail is delivered");

        // 4. endorsements: the board and the head each get a link bound to exactly this version
        String hash = as(IDA).post("/proposals/{id}/endorsements/request", id).then()
                .statusCode(200)
                .body("status", equalTo("ENDORSEMENT"))
                .body("boardApproval.state", equalTo("REQUESTED"))
                .body("headSignature.state", equalTo("REQUESTED"))
                .body("permissions", not(hasItem("SUBMIT")))
                .extract().path("contentHash");
        assertTrue(awaitMail("bo@example.org", title).getText()
                .contains("http://localhost:8080/proposals/" + id + "/board-approval?hash=" + hash));
        assertTrue(awaitMail("hans@example.org", title).getText()
                .contains("http://localhost:8080/proposals/" + id + "/signature?hash=" + hash));
        as(IDA).get("/proposals/{id}/next", id).then()
                .body("waitingFor.actor", contains("STUDY_BOARD", "HEAD_OF_DEPARTMENT"));

        as(BO).get("/proposals/{id}", id).then().body("permissions", contains("DECIDE_BOARD_APPROVAL"));
        as(BO).body(Map.of("decision", "APPROVE", "comment", "Fits our programme", "contentHash", hash))
                .post("/proposals/{id}/board-approval", id).then()
                .statusCode(200)
                .body("boardApproval.state", equalTo("APPROVED"))
                .body("boardApproval.decidedBy.name", equalTo("Bo Tester"))
                .body("boardApproval.decidedAt", notNullValue())
                .body("boardApproval.revision", equalTo(1))
                .body("boardApproval.contentHash", equalTo(hash));
        as(HANS).body(Map.of("decision", "SIGN", "contentHash", hash)).post("/proposals/{id}/head-signature", id).then()
                .statusCode(200)
                .body("headSignature.state", equalTo("SIGNED"))
                .body("readyToSubmit", equalTo(true));
        awaitMail("ida@example.org", "Head of Department signed");

        // 5. to the committee
        as(IDA).get("/proposals/{id}/next", id).then().body("nextAction", equalTo("SUBMIT"));
        as(IDA).post("/proposals/{id}/submit", id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(CHRIS).get("/proposals/{id}", id).then().statusCode(200);

        as(IDA).get("/proposals/{id}/history", id).then()
                .body("action", contains("CREATED", "CONSULTATION_REQUESTED", "CONSULTANT_ASSIGNED", "CONSULTATION_RECORDED",
                        "ENDORSEMENTS_REQUESTED", "BOARD_APPROVED", "HEAD_SIGNED", "SUBMITTED"))
                .body("actorName", contains("Ida Tester", "Ida Tester", "Carla Tester", "Carla Tester", "Ida Tester",
                        "Bo Tester", "Hans Tester", "Ida Tester"))
                // each step is a code with the values its wording needs; the reader's language writes the sentence
                .body("[2].params", equalTo(java.util.Map.of("consultant", "Carla Tester")))
                .body("[3].params", equalTo(java.util.Map.of("date", today)))
                .body("[4].params", equalTo(java.util.Map.of("version", "1", "requested", "BOTH")))
                .body("[5].params", equalTo(java.util.Map.of("version", "1", "comment", "Fits our programme")))
                .body("[6].params.contentHash", equalTo(hash.substring(0, 12)))
                .body("[7].params", equalTo(java.util.Map.of("version", "1")))
                .body("findAll { it.detail != null }", org.hamcrest.Matchers.hasSize(0));
        as(IDA).get("/proposals/{id}/versions", id).then()
                .body("number", contains(1)).body("[0].submittedAt", notNullValue()).body("[0].contentHash", equalTo(hash));
    }

    @Test
    void illegalTransitionsAreRefusedWithAProblemThatNamesTheStage() {
        String id = create(IDA, "Illegal steps");
        as(IDA).post("/proposals/{id}/submit", id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:illegal-transition"))
                .body("detail", containsString("The proposal is draft"));
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(409);
        as(CARLA).post("/proposals/{id}/consultation/assign", id).then().statusCode(404); // not in the queue yet
        as(IDA).post("/proposals/{id}/consultation/request", id).then().statusCode(200);
        as(IDA).post("/proposals/{id}/consultation/request", id).then().statusCode(409);
        as(CARLA).body(Map.of("date", "2026-11-01", "notes", "x")).post("/proposals/{id}/consultation", id).then()
                .statusCode(409).body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(CARLA).post("/proposals/{id}/consultation/assign", id).then().statusCode(200);
        as(CONNOR).post("/proposals/{id}/consultation/assign", id).then().statusCode(404); // taken: out of his queue
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(409);
        as(IDA).body("{}").post("/proposals/{id}/withdraw", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        as(IDA).post("/proposals/{id}/consultation/request", id).then().statusCode(409);
        as(IDA).body("{}").post("/proposals/{id}/withdraw", id).then().statusCode(409);
    }

    @Test
    void anIncompleteApplicationCannotGoToItsEndorsers() {
        String id = as(IDA).body(TestData.draftBody("Incomplete")).post("/proposals").then().statusCode(201)
                .extract().path("id");
        consulted(IDA, id);
        as(IDA).post("/proposals/{id}/endorsements/request", id).then()
                .statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.field", hasItem("topic"))
                .body("errors.field", hasItem("resources"));
        as(IDA).get("/proposals/{id}", id).then().body("status", equalTo("CONSULTED"));
    }

    @Test
    void eachRoleActsOnlyOnWhatIsTheirs() {
        String id = create(IDA, "Whose is it");
        // before anything was requested only the instructor, the team and admins see it
        as(OLE).get("/proposals/{id}", id).then().statusCode(404);
        as(CARLA).get("/proposals/{id}", id).then().statusCode(404);
        as(BO).get("/proposals/{id}", id).then().statusCode(404);
        as(CHRIS).get("/proposals/{id}", id).then().statusCode(404);
        as(ADA).get("/proposals/{id}", id).then().statusCode(200).body("permissions", org.hamcrest.Matchers.empty());
        as(TIM).get("/proposals/{id}", id).then().statusCode(200).body("permissions", org.hamcrest.Matchers.empty());
        as(TIM).get("/proposals").then().body("items.id", hasItem(id));
        as(TIM).header("If-Match", "\"0\"").body(TestData.completeBody("Team member edits"))
                .put("/proposals/{id}", id).then().statusCode(403).body("type", equalTo("urn:mooc:problem:forbidden"));
        as(TIM).post("/proposals/{id}/consultation/request", id).then().statusCode(403);
        as(OLE).post("/proposals/{id}/consultation/request", id).then().statusCode(404);
        as(MADS).get("/proposals/{id}", id).then().statusCode(403);

        as(IDA).post("/proposals/{id}/consultation/request", id).then().statusCode(200);
        as(IDA).post("/proposals/{id}/consultation/assign", id).then().statusCode(403); // not a consultant
        as(CARLA).post("/proposals/{id}/consultation/assign", id).then().statusCode(200);
        as(CONNOR).get("/proposals/{id}", id).then().statusCode(404);
        as(CARLA).header("If-Match", "\"0\"").body(TestData.completeBody("Consultant edits"))
                .put("/proposals/{id}", id).then().statusCode(403);
        as(CARLA).body(Map.of("date", "2026-11-01", "notes", "Held")).post("/proposals/{id}/consultation", id)
                .then().statusCode(200);

        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        String hash = hash(IDA, id);
        // another department's board and head do not even see it; the own department's act in their own role only
        as(BEA).body(Map.of("decision", "APPROVE", "contentHash", hash)).post("/proposals/{id}/board-approval", id)
                .then().statusCode(404);
        as(HELLE).body(Map.of("decision", "SIGN", "contentHash", hash)).post("/proposals/{id}/head-signature", id)
                .then().statusCode(404);
        as(HANS).body(Map.of("decision", "APPROVE", "contentHash", hash)).post("/proposals/{id}/board-approval", id)
                .then().statusCode(403);
        as(BO).body(Map.of("decision", "SIGN", "contentHash", hash)).post("/proposals/{id}/head-signature", id)
                .then().statusCode(403);
        as(IDA).body(Map.of("decision", "APPROVE", "contentHash", hash)).post("/proposals/{id}/board-approval", id)
                .then().statusCode(403);
        as(BO).post("/proposals/{id}/submit", id).then().statusCode(403);
        as(BO).get("/proposals").then().body("items.id", hasItem(id)).body("items.department", everyItem(equalTo("Compute")));
        as(BEA).get("/proposals").then().body("items.id", not(hasItem(id)));
        as(HANS).get("/proposals").then().body("items.id", hasItem(id))
                .body("items.department", everyItem(equalTo("Compute")));
        as(CHRIS).get("/proposals/{id}", id).then().statusCode(404); // not submitted yet
        as(OLE).body("{}").post("/proposals/{id}/withdraw", id).then().statusCode(404);
    }

    @Test
    void anEndorserDecidesOnTheVersionTheyReadAndADeclineNeedsAComment() {
        String id = create(IDA, "Stale links");
        consulted(IDA, id);
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        String mailed = hash(IDA, id);
        // the instructor edits after the mail went out: the link's version is no longer the current one
        long version = as(IDA).get("/proposals/{id}", id).then().extract().jsonPath().getLong("version");
        as(IDA).header("If-Match", "\"" + version + "\"").body(TestData.completeBody("Stale links, edited"))
                .put("/proposals/{id}", id).then().statusCode(200);
        as(BO).body(Map.of("decision", "APPROVE", "contentHash", mailed)).post("/proposals/{id}/board-approval", id)
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:mooc:problem:conflict"))
                .body("detail", containsString("changed after you opened it"));
        as(BO).get("/proposals/{id}", id).then().body("boardApproval.state", equalTo("REQUESTED"));

        String current = hash(BO, id);
        as(BO).body(Map.of("decision", "DECLINE", "contentHash", current)).post("/proposals/{id}/board-approval", id)
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        as(BO).body(Map.of("decision", "MAYBE", "contentHash", "nothex")).post("/proposals/{id}/board-approval", id)
                .then().statusCode(400).body("errors.field", hasItem(containsString("decision")))
                .body("errors.field", hasItem(containsString("contentHash")));
        as(BO).body(Map.of("decision", "DECLINE", "comment", "Move the launch to spring", "contentHash", current))
                .post("/proposals/{id}/board-approval", id).then()
                .statusCode(200).body("boardApproval.state", equalTo("DECLINED"))
                .body("boardApproval.comment", equalTo("Move the launch to spring"));
        assertTrue(awaitMail("ida@example.org", "Study board declined").getText().contains("Move the launch to spring"));
        as(BO).body(Map.of("decision", "APPROVE", "contentHash", current)).post("/proposals/{id}/board-approval", id)
                .then().statusCode(409).body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(IDA).get("/proposals/{id}/next", id).then().body("nextAction", equalTo("REVISE"));
        // asking again re-opens only the declined approval
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200)
                .body("boardApproval.state", equalTo("REQUESTED"));
    }

    @Test
    void aHeadsDeclineNeedsACommentWhichTheInstructorIsSent() {
        String title = "Head declines " + System.nanoTime();
        String id = create(IDA, title);
        consulted(IDA, id);
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        String hash = hash(HANS, id);
        as(HANS).body(Map.of("decision", "DECLINE", "contentHash", hash)).post("/proposals/{id}/head-signature", id)
                .then().statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.field", contains("comment"));
        as(HANS).body(Map.of("decision", "DECLINE", "comment", "   ", "contentHash", hash))
                .post("/proposals/{id}/head-signature", id).then().statusCode(400)
                .body("errors.field", contains("comment"));
        as(HANS).get("/proposals/{id}", id).then().body("headSignature.state", equalTo("REQUESTED"));
        as(IDA).get("/proposals/{id}/history", id).then().body("action", not(hasItem("HEAD_DECLINED")));
        assertEquals(List.of(), subjects(queued(id, "ida@example.org")).stream()
                .filter(s -> s.startsWith("Head of Department")).toList(), "a refused decline tells nobody");

        as(HANS).body(Map.of("decision", "DECLINE", "comment", "The department cannot fund 400 staff hours",
                        "contentHash", hash))
                .post("/proposals/{id}/head-signature", id).then().statusCode(200)
                .body("headSignature.state", equalTo("DECLINED"))
                .body("headSignature.comment", equalTo("The department cannot fund 400 staff hours"))
                .body("readyToSubmit", equalTo(false));
        List<OutgoingMail> declined = queued(id, "ida@example.org").stream()
                .filter(m -> m.subject.equals("Head of Department declined: " + title)).toList();
        assertEquals(1, declined.size(), "the instructor is told once");
        assertTrue(declined.get(0).textBody.contains("The department cannot fund 400 staff hours"), declined.get(0).textBody);
        as(IDA).get("/proposals/{id}/next", id).then().body("nextAction", equalTo("REVISE"));
    }

    @Test
    void theConsultationDateIsCheckedAgainstThePlatformClock() {
        String id = create(IDA, "Consulted in another year");
        as(IDA).post("/proposals/{id}/consultation/request", id).then().statusCode(200);
        as(CARLA).post("/proposals/{id}/consultation/assign", id).then().statusCode(200);
        // the platform's day is two years after the real one: a consultation held on that day is not in the future
        LocalDate day = Timestamps.today().plusYears(2);
        Timestamps.startOn(day);
        as(CARLA).body(Map.of("date", day.plusDays(1).toString(), "notes", "Tomorrow"))
                .post("/proposals/{id}/consultation", id).then()
                .statusCode(400).body("errors.field", contains("date"));
        as(CARLA).body(Map.of("date", day.toString(), "notes", "Held today"))
                .post("/proposals/{id}/consultation", id).then()
                .statusCode(200)
                .body("status", equalTo("CONSULTED"))
                .body("consultation.date", equalTo(day.toString()));
    }

    @Test
    void anyEditVoidsTheHeadsSignatureAndOnlyAScopeChangeTheBoardsApproval() {
        String title = "Voided signature " + System.nanoTime();
        String id = create(IDA, title);
        consulted(IDA, id);
        dk.mooc.proposal.Workflow.endorsed(IDA, id);
        long version = as(IDA).get("/proposals/{id}", id).then().body("readyToSubmit", equalTo(true))
                .extract().jsonPath().getLong("version");

        Map<String, Object> body = new java.util.HashMap<>(TestData.completeBody(title));
        body.put("summary", "A sharper summary after the head signed");
        as(IDA).header("If-Match", "\"" + version + "\"").body(body).put("/proposals/{id}", id).then()
                .statusCode(200)
                .body("headSignature.state", equalTo("VOID"))
                .body("boardApproval.state", equalTo("APPROVED"))
                .body("readyToSubmit", equalTo(false))
                .body("permissions", not(hasItem("SUBMIT")));
        as(IDA).get("/proposals/{id}/history", id).then().body("action", hasItem("SIGNATURE_VOIDED"))
                .body("action", not(hasItem("BOARD_APPROVAL_VOIDED")));
        as(IDA).post("/proposals/{id}/submit", id).then().statusCode(409)
                .body("detail", containsString("Head of Department's signature is void"));

        // only the head is asked again
        int boardMails = mailsTo("bo@example.org", title).size();
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200)
                .body("boardApproval.state", equalTo("APPROVED")).body("headSignature.state", equalTo("REQUESTED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("hans@example.org", title).size() == 2);
        assertEquals(boardMails, mailsTo("bo@example.org", title).size(), "the study board is not asked again");
        dk.mooc.proposal.Workflow.sign(HANS, id);

        // a scope change (the launch semester) voids the board's approval as well
        version = as(IDA).get("/proposals/{id}", id).then().extract().jsonPath().getLong("version");
        body.put("plannedLaunchSemester", "2028-spring");
        as(IDA).header("If-Match", "\"" + version + "\"").body(body).put("/proposals/{id}", id).then()
                .statusCode(200).body("boardApproval.state", equalTo("VOID")).body("headSignature.state", equalTo("VOID"));
        as(IDA).get("/proposals/{id}/history", id).then().body("action", hasItem("BOARD_APPROVAL_VOIDED"));
    }

    @Test
    void addingAnAttachmentAfterTheSignatureVoidsIt() {
        String id = create(IDA, "Attachment after signing");
        consulted(IDA, id);
        dk.mooc.proposal.Workflow.endorsed(IDA, id);
        String signed = hash(IDA, id);
        given().auth().oauth2(IDA.token()).contentType("text/plain").body("Week 1: qubits".getBytes())
                .queryParam("name", "outline.txt").post("/proposals/{id}/attachments", id).then().statusCode(201);
        as(IDA).get("/proposals/{id}", id).then()
                .body("contentHash", not(equalTo(signed)))
                .body("headSignature.state", equalTo("VOID"))
                .body("boardApproval.state", equalTo("APPROVED"));
        // the endorsers read the attachments with the application; another department's board does not
        as(BO).get("/proposals/{id}/attachments", id).then().statusCode(200).body("fileName", hasItem("outline.txt"));
        as(BEA).get("/proposals/{id}/attachments", id).then().statusCode(404);
    }

    @Test
    void twoConcurrentEditsOfOneVersionLoseNoUpdate() throws Exception {
        String id = create(IDA, "Concurrent edits");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (String title : List.of("Writer A", "Writer B")) {
            answers.add(pool.submit(() -> {
                start.await();
                return as(IDA).header("If-Match", "\"0\"").body(TestData.completeBody(title))
                        .put("/proposals/{id}", id).then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> f : answers) {
            codes.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), "exactly one writer wins: " + codes);
        assertTrue(codes.stream().anyMatch(c -> c == 409 || c == 412), "the other is told its version is stale: " + codes);
        String title = as(IDA).get("/proposals/{id}", id).then().extract().path("title");
        as(IDA).get("/proposals/{id}/history", id).then().body("findAll { it.action == 'EDITED' }.size()", equalTo(1))
                .body("[-1].params.changedFields", containsString("title"));
        assertTrue(title.equals("Writer A") || title.equals("Writer B"));
    }

    @Test
    void aTokenWithABrokenSignatureIsRefused() {
        String token = IDA.token();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().auth().oauth2(forged).get("/proposals").then().statusCode(401)
                .body("type", equalTo("urn:mooc:problem:unauthenticated"));
        as(IDA).get("/proposals").then().statusCode(200);
    }
}
