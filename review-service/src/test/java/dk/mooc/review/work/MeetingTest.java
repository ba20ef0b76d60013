package dk.mooc.review.work;

import dk.mooc.platform.mail.OutgoingMail;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.AssessmentReminder;
import dk.mooc.review.service.ReminderService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.review.work.ReviewWorkTest.CATHY;
import static dk.mooc.review.work.ReviewWorkTest.CHRIS;
import static dk.mooc.review.work.ReviewWorkTest.DAN;
import static dk.mooc.review.work.ReviewWorkTest.KIRSTEN;
import static dk.mooc.review.work.ReviewWorkTest.as;
import static dk.mooc.review.work.ReviewWorkTest.assessment;
import static dk.mooc.review.work.ReviewWorkTest.declare;
import static dk.mooc.review.work.ReviewWorkTest.openCase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Committee meetings, upcoming and past, the agenda pack in title order with its hidden scores, and reminders that go out once. */
@QuarkusTest
class MeetingTest {

    @Inject
    ReminderService reminders;

    @AfterEach
    void restoreTheClock() {
        Timestamps.reset();
    }

    private static String plan(String title, OffsetDateTime startsAt) {
        return as(CHRIS).body(Map.of("title", title, "startsAt", startsAt.toString(), "location", "Room S09"))
                .post("/meetings").then().statusCode(201).extract().path("id");
    }

    /** The ids of the given meetings in the order GET /meetings lists them (other tests' meetings left out). */
    private static List<String> listed(boolean past, List<String> ours) {
        List<String> all = as(KIRSTEN).queryParam("past", past).get("/meetings").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        return all.stream().filter(ours::contains).toList();
    }

    @Test
    void aMeetingsTitleAndLocationAreOneLineAndALineBreakPlansNothing() {
        String marker = "Injected " + System.nanoTime();
        String startsAt = Timestamps.now().plusDays(20).truncatedTo(ChronoUnit.SECONDS).toString();
        // the title goes into reminder e-mails' subjects and calendar lines, where CR LF would add a header
        as(CHRIS).body(Map.of("title", marker + "\r\nBcc: x@evil.example", "startsAt", startsAt))
                .post("/meetings").then().statusCode(400)
                .body("type", org.hamcrest.Matchers.equalTo("urn:mooc:problem:validation"))
                .body("errors.field", org.hamcrest.Matchers.contains("title"));
        as(CHRIS).body(Map.of("title", marker, "startsAt", startsAt, "location", "Room S09\u2028Bcc: x@evil.example"))
                .post("/meetings").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("location"));
        List<String> titles = as(KIRSTEN).get("/meetings").then().statusCode(200).extract().jsonPath()
                .getList("title", String.class);
        assertEquals(List.of(), titles.stream().filter(t -> t.startsWith(marker)).toList(), "nothing planned");
    }

    @Test
    void upcomingMeetingsAreListedSoonestFirstAndPastOnesNewestFirstAsTheClockMoves() {
        OffsetDateTime t = Timestamps.now().truncatedTo(ChronoUnit.SECONDS);
        String first = plan("First " + System.nanoTime(), t.plusDays(10));
        String second = plan("Second " + System.nanoTime(), t.plusDays(11));
        String third = plan("Third " + System.nanoTime(), t.plusDays(13));
        String fourth = plan("Fourth " + System.nanoTime(), t.plusDays(14));
        List<String> ours = List.of(fourth, second, third, first);

        assertEquals(List.of(first, second, third, fourth), listed(false, ours), "all upcoming, soonest first");
        assertEquals(List.of(), listed(true, ours), "none past yet");

        // twelve days later, between the second and the third meeting
        Timestamps.use(Clock.fixed(t.plusDays(12).toInstant(), ZoneOffset.UTC));
        assertEquals(List.of(third, fourth), listed(false, ours), "upcoming: soonest first");
        assertEquals(List.of(second, first), listed(true, ours), "past: newest first");
        as(CHRIS).body(Map.of("title", "Too late", "startsAt", t.plusDays(11).toString())).post("/meetings").then()
                .statusCode(400).body("errors[0].field", equalTo("startsAt"));

        Timestamps.use(Clock.fixed(t.plusDays(15).toInstant(), ZoneOffset.UTC));
        assertEquals(List.of(), listed(false, ours), "all over");
        assertEquals(List.of(fourth, third, second, first), listed(true, ours));
    }

    @Test
    void theAgendaListsItsCasesByTitleWhateverTheOrderTheyWereAddedIn() {
        String prefix = "Agenda " + System.nanoTime() + " ";
        String gamma = openCase("Biology", prefix + "Gamma rays");
        String alpha = openCase("Biology", prefix + "alpha particles");
        String beta = openCase("Biology", prefix + "Beta decay");
        String meeting = plan("Agenda order " + System.nanoTime(), Timestamps.now().plusDays(20));
        for (String caseId : List.of(gamma, alpha, beta)) {
            as(CHRIS).body(Map.of("caseId", caseId)).post("/meetings/{id}/cases", meeting).then().statusCode(200);
        }
        // by title as people read it: case does not matter
        as(KIRSTEN).get("/meetings/{id}", meeting).then().statusCode(200)
                .body("caseCount", equalTo(3))
                .body("cases.caseId", contains(alpha, beta, gamma));
        as(KIRSTEN).get("/meetings/{id}/agenda", meeting).then().statusCode(200)
                .body("cases.caseId", contains(alpha, beta, gamma))
                .body("cases.title", contains(prefix + "alpha particles", prefix + "Beta decay", prefix + "Gamma rays"));
    }

    @Test
    void theChairPlansAMeetingPutsOpenCasesOnItsAgendaAndMembersReadTheAgendaPack() {
        OffsetDateTime nextWeek = Timestamps.now().plusDays(7);
        as(CHRIS).body(Map.of("title", "In the past", "startsAt", Timestamps.now().minusHours(1).toString()))
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
                .body("find { it.id == '" + meeting + "' }.permissions", equalTo(List.of()));
        as(CHRIS).get("/meetings").then().body("find { it.id == '" + meeting + "' }.permissions", contains("EDIT"));

        // the agenda pack: figures for a member who assessed, none for the conflicted member
        as(KIRSTEN).get("/meetings/{id}/agenda", meeting).then().statusCode(200)
                .body("meeting.title", containsString("December meeting"))
                .body("cases[0].title", equalTo(title))
                .body("cases.size()", equalTo(1))
                .body("cases[0].scoresHidden", equalTo(false))
                .body("cases[0].assessmentSummary.average", equalTo(4.0f))   // (4 + 5 + 3) / 3
                .body("cases[0].assessmentSummary.criteria.average", contains(4.0f, 5.0f, 3.0f))
                .body("cases[0].members.username", contains("kirsten", "cathy"))
                .body("cases[0].members.find { it.username == 'cathy' }.conflicted", equalTo(true));
        as(CATHY).get("/meetings/{id}/agenda", meeting).then().statusCode(200)
                .body("cases.size()", equalTo(1))
                .body("cases[0].caseId", equalTo(caseId))
                .body("cases[0].scoresHidden", equalTo(true))
                .body("cases[0].assessmentSummary", nullValue());

        as(CHRIS).delete("/meetings/{id}/cases/{caseId}", meeting, caseId).then().statusCode(200).body("caseCount", equalTo(0));
        as(CHRIS).delete("/meetings/{id}/cases/{caseId}", meeting, caseId).then().statusCode(404);

        // a decided case cannot be put on an agenda
        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "Approved", "belowQuorumReason", "The committee asked the chair to decide without a second assessment"))
                .post("/review-cases/{id}/decision", caseId)
                .then().statusCode(200);
        as(CHRIS).body(Map.of("caseId", caseId)).post("/meetings/{id}/cases", meeting).then()
                .statusCode(409).body("type", equalTo("urn:mooc:problem:illegal-transition"));
    }

    @Test
    void membersWhoseAssessmentIsNotInAreRemindedOnceBeforeTheMeeting() {
        // far beyond every other test's meetings, so that each run's count is this meeting's alone
        OffsetDateTime startsAt = Timestamps.now().plusDays(400).truncatedTo(ChronoUnit.MINUTES);
        String title = "Reminded " + System.nanoTime();
        String caseId = openCase("Physics", title);
        String meeting = plan("Meeting far ahead " + System.nanoTime(), startsAt);
        as(CHRIS).body(Map.of("username", "kirsten")).post("/review-cases/{id}/members", caseId).then().statusCode(200);
        as(CHRIS).body(Map.of("username", "cathy")).post("/review-cases/{id}/members", caseId).then().statusCode(200);
        as(DAN).post("/review-cases/{id}/members/me", caseId).then().statusCode(200);
        declare(DAN, caseId, false, null);
        as(DAN).body(assessment(3, 3, 3, "REVISE")).put("/review-cases/{id}/assessments/me", caseId).then().statusCode(200);
        as(CHRIS).body(Map.of("caseId", caseId)).post("/meetings/{id}/cases", meeting).then().statusCode(200);

        // five days before the meeting nothing is due yet (the window is three days)
        assertEquals(0, reminders.remind(startsAt.minusDays(5)), "nothing is due five days before");
        assertEquals(0, reminders.remind(startsAt.minusDays(3).minusMinutes(1)), "nor a minute before the window opens");
        assertEquals(List.of(), reminderRows(caseId));

        // two days before: kirsten only (dan's assessment is in; cathy is in the applicant's department)
        OffsetDateTime due = startsAt.minusDays(2);
        assertEquals(1, reminders.remind(due), "one reminder goes out");
        List<AssessmentReminder> rows = reminderRows(caseId);
        assertEquals(List.of("kirsten"), rows.stream().map(r -> r.username).toList());
        assertEquals(UUID.fromString(meeting), rows.get(0).meetingId);
        assertEquals(due.toInstant(), rows.get(0).sentAt.toInstant());
        // the mail is queued in the reminder's transaction (sending it is asynchronous): one, with a link to the case
        List<OutgoingMail> queued = queuedTo("kirsten@example.org", title);
        assertEquals(1, queued.size());
        assertTrue(queued.get(0).textBody.contains("/review-cases/" + caseId), queued.get(0).textBody);
        assertEquals(List.of(), queuedTo("dan@example.org", title), "whose assessment is in is not reminded");
        assertEquals(List.of(), queuedTo("cathy@example.org", title), "a conflicted member is not asked to assess");

        // later runs (a restart, a second replica) send nothing again; after the start nothing is due
        assertEquals(0, reminders.remind(due.plusHours(1)));
        assertEquals(0, reminders.remind(due.plusHours(2)));
        assertEquals(0, reminders.remind(startsAt.plusMinutes(1)));
        assertEquals(1, reminderRows(caseId).size(), "one reminder per member, case and meeting");
        assertEquals(1, queuedTo("kirsten@example.org", title).size());
    }

    private static List<AssessmentReminder> reminderRows(String caseId) {
        return QuarkusTransaction.requiringNew().call(() ->
                AssessmentReminder.<AssessmentReminder>list("caseId = ?1 order by username", UUID.fromString(caseId)));
    }

    private static List<OutgoingMail> queuedTo(String recipient, String caseTitle) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutgoingMail.<OutgoingMail>list("recipient = ?1 and subject like ?2", recipient, "%" + caseTitle + "%"));
    }
}
