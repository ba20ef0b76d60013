package dk.mooc.review.work;

import dk.mooc.platform.mail.OutgoingMail;
import dk.mooc.review.service.ReminderService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static dk.mooc.review.work.ReviewWorkTest.CATHY;
import static dk.mooc.review.work.ReviewWorkTest.CHRIS;
import static dk.mooc.review.work.ReviewWorkTest.DAN;
import static dk.mooc.review.work.ReviewWorkTest.KIRSTEN;
import static dk.mooc.review.work.ReviewWorkTest.as;
import static dk.mooc.review.work.ReviewWorkTest.assessment;
import static dk.mooc.review.work.ReviewWorkTest.declare;
import static dk.mooc.review.work.ReviewWorkTest.openCase;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Committee meetings, the agenda pack with its hidden scores, and reminders that go out once. */
@QuarkusTest
class MeetingTest {

    @Inject
    ReminderService reminders;

    @Inject
    MockMailbox mailbox;

    private static String plan(String title, OffsetDateTime startsAt) {
        return as(CHRIS).body(Map.of("title", title, "startsAt", startsAt.toString(), "location", "Room S09"))
                .post("/meetings").then().statusCode(201).extract().path("id");
    }

    private long remindersTo(String address, String caseTitle) {
        return mailbox.getMailsSentTo(address).stream().filter(m -> m.getSubject().contains(caseTitle)).count();
    }

    @Test
    void theChairPlansAMeetingPutsOpenCasesOnItsAgendaAndMembersReadTheAgendaPack() {
        OffsetDateTime nextWeek = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7);
        as(CHRIS).body(Map.of("title", "In the past", "startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString()))
                .post("/meetings").then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        as(KIRSTEN).body(Map.of("title", "Not the chair", "startsAt", nextWeek.toString())).post("/meetings").then()
                .statusCode(403);
        String meeting = plan("December meeting " + System.nanoTime(), nextWeek);
        String other = plan("Another meeting " + System.nanoTime(), nextWeek.plusDays(1));

        String title = "On the agenda " + System.nanoTime();
        String caseId = openCase("Physics", title);
        as(CHRIS).body(Map.of("username", "kirsten")).post("/review-cases/{id}/members", caseId).then().statusCode(200);
        as(CHRIS).body(Map.of("username", "cathy")).post("/review-cases/{id}/members", caseId).then().statusCode(200);
        declare(KIRSTEN, caseId, false, null);
        as(KIRSTEN).body(assessment(4, 5, 3, "APPROVE")).put("/review-cases/{id}/assessments/me", caseId).then().statusCode(200);

        as(KIRSTEN).body(Map.of("caseId", caseId)).post("/meetings/{id}/cases", meeting).then().statusCode(403);
        as(CHRIS).body(Map.of("caseId", caseId)).post("/meetings/{id}/cases", meeting).then()
                .statusCode(200).body("cases.caseId", contains(caseId)).body("caseCount", equalTo(1));
        as(CHRIS).body(Map.of("caseId", caseId)).post("/meetings/{id}/cases", other).then()
                .statusCode(409).body("detail", containsString("another meeting"));
        as(KIRSTEN).get("/meetings").then().statusCode(200)
                .body("find { it.id == '" + meeting + "' }.caseCount", equalTo(1))
                .body("find { it.id == '" + meeting + "' }.permissions", not(hasItem("EDIT")));
        as(CHRIS).get("/meetings").then().body("find { it.id == '" + meeting + "' }.permissions", hasItem("EDIT"));

        // the agenda pack: figures for a member who assessed, none for the conflicted member
        as(KIRSTEN).get("/meetings/{id}/agenda", meeting).then().statusCode(200)
                .body("meeting.title", containsString("December meeting"))
                .body("cases[0].title", equalTo(title))
                .body("cases[0].assessmentSummary.average", notNullValue())
                .body("cases[0].members.username", hasItem("cathy"));
        as(CATHY).get("/meetings/{id}/agenda", meeting).then().statusCode(200)
                .body("cases[0].scoresHidden", equalTo(true))
                .body("cases[0].assessmentSummary", nullValue());

        as(CHRIS).delete("/meetings/{id}/cases/{caseId}", meeting, caseId).then().statusCode(200).body("caseCount", equalTo(0));
        as(CHRIS).delete("/meetings/{id}/cases/{caseId}", meeting, caseId).then().statusCode(404);

        // a decided case cannot be put on an agenda
        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "Approved")).post("/review-cases/{id}/decision", caseId)
                .then().statusCode(200);
        as(CHRIS).body(Map.of("caseId", caseId)).post("/meetings/{id}/cases", meeting).then()
                .statusCode(409).body("type", equalTo("urn:mooc:problem:illegal-transition"));
    }

    @Test
    void membersWhoseAssessmentIsNotInAreRemindedOnceBeforeTheMeeting() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String title = "Reminded " + System.nanoTime();
        String caseId = openCase("Physics", title);
        String meeting = plan("Meeting in two days " + System.nanoTime(), now.plusDays(2));
        as(CHRIS).body(Map.of("username", "kirsten")).post("/review-cases/{id}/members", caseId).then().statusCode(200);
        as(CHRIS).body(Map.of("username", "cathy")).post("/review-cases/{id}/members", caseId).then().statusCode(200);
        as(DAN).post("/review-cases/{id}/members/me", caseId).then().statusCode(200);
        declare(DAN, caseId, false, null);
        as(DAN).body(assessment(3, 3, 3, "REVISE")).put("/review-cases/{id}/assessments/me", caseId).then().statusCode(200);
        as(CHRIS).body(Map.of("caseId", caseId)).post("/meetings/{id}/cases", meeting).then().statusCode(200);

        // five days before the meeting nothing is due yet
        reminders.remind(now.minusDays(3));
        assertEquals(0, remindersTo("kirsten@example.org", title));

        reminders.remind(now);
        await().atMost(Duration.ofSeconds(20)).until(() -> remindersTo("kirsten@example.org", title) == 1);
        assertEquals(0, remindersTo("dan@example.org", title), "whose assessment is in is not reminded");
        assertEquals(0, remindersTo("cathy@example.org", title), "a conflicted member is not asked to assess");
        String text = mailbox.getMailsSentTo("kirsten@example.org").stream()
                .filter(m -> m.getSubject().contains(title)).findFirst().orElseThrow().getText();
        assertEquals(true, text.contains("/review-cases/" + caseId), text);

        reminders.remind(now.plusHours(1));
        reminders.remind(now.plusHours(2));
        // counted where the mail is queued, so a second one cannot hide behind asynchronous sending
        long queued = QuarkusTransaction.requiringNew().call(() ->
                OutgoingMail.count("recipient = ?1 and subject like ?2", "kirsten@example.org", "%" + title + "%"));
        assertEquals(1, queued, "one reminder per member, case and meeting");
        assertEquals(1, remindersTo("kirsten@example.org", title));
    }
}
