package dk.mooc.review.work;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.platform.events.OutboxEvent;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.event.ReviewEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.review.work.ReviewWorkTest.ADA;
import static dk.mooc.review.work.ReviewWorkTest.CATHY;
import static dk.mooc.review.work.ReviewWorkTest.CHRIS;
import static dk.mooc.review.work.ReviewWorkTest.DAN;
import static dk.mooc.review.work.ReviewWorkTest.KIRSTEN;
import static dk.mooc.review.work.ReviewWorkTest.as;
import static dk.mooc.review.work.ReviewWorkTest.assessment;
import static dk.mooc.review.work.ReviewWorkTest.declare;
import static dk.mooc.review.work.ReviewWorkTest.openCase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The rules of docs/review.md one by one: the overview's ranking, changing an assessment until the decision,
 * comments for a rejection, the instructor's automatic conflict, the comment length, and the waiting time read
 * from the platform's clock. Cases are in "Biology", so that none of the committee is in the applicant's department.
 */
@QuarkusTest
class ReviewRulesTest {

    private static final String BIOLOGY = "Biology";
    /** The roster in application.properties; the chair assigns these, others volunteer. */
    private static final List<String> ROSTER = List.of("chris", "cathy", "kirsten");

    @Inject
    ObjectMapper mapper;

    @AfterEach
    void restoreTheClock() {
        Timestamps.reset();
    }

    private static String openedDaysAgo(String title, int days) {
        OffsetDateTime opened = Timestamps.now().minusDays(days).minusMinutes(5);
        return openCase(BIOLOGY, title, c -> c.openedAt = opened);
    }

    @Test
    void theOverviewRanksTheBestAverageFirstAndUnassessedCasesLastThenTheLongestWaiting() {
        String p = "Ranked " + System.nanoTime() + " ";
        // opened so that neither the opening order nor the waiting time alone gives the expected ranking
        String unassessedOld = openedDaysAgo(p + "unassessed, waiting 20 days", 20);
        String low = openedDaysAgo(p + "low", 15);
        String tieOld = openedDaysAgo(p + "tie, waiting 9 days", 9);
        String middle = openedDaysAgo(p + "middle", 5);
        String tieNew = openedDaysAgo(p + "tie, waiting 2 days", 2);
        String best = openedDaysAgo(p + "best", 1);
        String unassessedNew = openedDaysAgo(p + "unassessed, waiting 0 days", 0);

        member(KIRSTEN, best);
        as(KIRSTEN).body(assessment(5, 4, 4, "APPROVE")).put("/review-cases/{id}/assessments/me", best).then().statusCode(200);
        member(KIRSTEN, middle);
        as(KIRSTEN).body(assessment(3, 4, 1, "REVISE")).put("/review-cases/{id}/assessments/me", middle).then().statusCode(200);
        member(DAN, middle);
        as(DAN).body(assessment(5, 2, 4, "APPROVE")).put("/review-cases/{id}/assessments/me", middle).then().statusCode(200);
        member(KIRSTEN, tieOld);
        as(KIRSTEN).body(assessment(3, 3, 3, "REVISE")).put("/review-cases/{id}/assessments/me", tieOld).then().statusCode(200);
        member(CATHY, tieNew);
        as(CATHY).body(assessment(2, 4, 3, "REVISE")).put("/review-cases/{id}/assessments/me", tieNew).then().statusCode(200);
        member(CATHY, low);
        as(CATHY).body(assessment(2, 2, 3, "REJECT")).put("/review-cases/{id}/assessments/me", low).then().statusCode(200);
        member(KIRSTEN, unassessedOld);   // a member, but no assessment yet

        List<String> ours = List.of(unassessedOld, low, tieOld, middle, tieNew, best, unassessedNew);
        JsonPath overview = as(ADA).get("/review-cases/overview").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> ranked = new ArrayList<>();
        for (Map<String, Object> e : overview.<Map<String, Object>>getList("")) {
            if (ours.contains((String) e.get("caseId"))) {
                ranked.add(e);
            }
        }
        assertEquals(List.of(best, middle, tieOld, tieNew, low, unassessedOld, unassessedNew),
                ranked.stream().map(e -> (String) e.get("caseId")).toList(), "best first, unassessed last");
        // worked by hand: the overall average is the mean of the three criterion averages, to two decimals
        //   best    (5, 4, 4)                      -> 13 / 3 = 4.33
        //   middle  (3, 4, 1) and (5, 2, 4)         -> TOPIC 4.0, TEACHER 3.0, RESOURCES 2.5 -> 9.5 / 3 = 3.17
        //   ties    (3, 3, 3) and (2, 4, 3)         -> 3.0 each; the one waiting longer first
        //   low     (2, 2, 3)                      -> 7 / 3 = 2.33
        assertEquals(Arrays.asList(4.33f, 3.17f, 3.0f, 3.0f, 2.33f, null, null),
                ranked.stream().map(e -> e.get("average")).toList());
        assertEquals(List.of(1, 5, 9, 2, 15, 20, 0), ranked.stream().map(e -> e.get("daysWaiting")).toList());
        assertEquals(List.of(1, 2, 1, 1, 1, 0, 0), ranked.stream().map(e -> e.get("assessments")).toList());
        assertEquals(List.of(1, 2, 1, 1, 1, 1, 0), ranked.stream().map(e -> e.get("members")).toList());

        Map<String, Object> m = ranked.get(1);
        assertEquals(List.of("TOPIC", "TEACHER", "RESOURCES"), criteria(m, "criterion"));
        assertEquals(List.of(4.0f, 3.0f, 2.5f), criteria(m, "average"));
        assertEquals(List.of(2, 2, 3), criteria(m, "spread"));
        assertEquals(List.of(2, 2, 2), criteria(m, "count"));
        assertEquals(Map.of("APPROVE", 1, "REVISE", 1, "REJECT", 0), m.get("recommendations"));
        Map<String, Object> unassessed = ranked.get(5);
        assertEquals(Arrays.asList(null, null, null), criteria(unassessed, "average"));
        assertEquals(List.of(0, 0, 0), criteria(unassessed, "count"));
        assertEquals(Map.of("APPROVE", 0, "REVISE", 0, "REJECT", 0), unassessed.get("recommendations"));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> criteria(Map<String, Object> entry, String field) {
        return ((List<Map<String, Object>>) entry.get("criteria")).stream().map(c -> c.get(field)).toList();
    }

    /** The person joins the case (the chair assigns roster members, others volunteer) and declares no conflict. */
    private static void member(Person who, String caseId) {
        if (ROSTER.contains(who.username())) {
            as(CHRIS).body(Map.of("username", who.username())).post("/review-cases/{id}/members", caseId).then().statusCode(200);
        } else {
            as(who).post("/review-cases/{id}/members/me", caseId).then().statusCode(200);
        }
        declare(who, caseId, false, null);
    }

    @Test
    void aMemberChangesTheirAssessmentUntilTheDecisionButNotAfter() throws Exception {
        OffsetDateTime first = Timestamps.now().truncatedTo(ChronoUnit.SECONDS);
        Timestamps.use(Clock.fixed(first.toInstant(), ZoneOffset.UTC));
        String id = openCase(BIOLOGY, "Changed assessment " + System.nanoTime());
        member(KIRSTEN, id);
        as(KIRSTEN).body(assessment(4, 4, 4, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(200);

        OffsetDateTime second = first.plusHours(2);
        Timestamps.use(Clock.fixed(second.toInstant(), ZoneOffset.UTC));
        as(KIRSTEN).body(assessment(2, 3, 1, "REJECT")).put("/review-cases/{id}/assessments/me", id).then()
                .statusCode(200)
                .body("assessmentSummary.assessments", equalTo(1))
                .body("assessmentSummary.average", equalTo(2.0f))   // (2 + 3 + 1) / 3
                .body("assessmentSummary.recommendations.REJECT", equalTo(1))
                .body("assessmentSummary.recommendations.APPROVE", equalTo(0));
        JsonPath changed = as(KIRSTEN).get("/review-cases/{id}/assessments", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("kirsten"), changed.getList("username"), "replaced, not added");
        assertEquals(List.of(2, 3, 1), changed.getList("[0].scores.score"));
        assertEquals(List.of("Topic 2", "Teacher 3", "Resources 1"), changed.getList("[0].scores.comment"));
        assertEquals("REJECT", changed.getString("[0].recommendation"));
        assertEquals(first.toInstant(), OffsetDateTime.parse(changed.getString("[0].submittedAt")).toInstant(),
                "first submitted then");
        assertEquals(second.toInstant(), OffsetDateTime.parse(changed.getString("[0].updatedAt")).toInstant(),
                "last changed now");

        as(CHRIS).body(Map.of("outcome", "REJECTED", "comments", "Not for the programme", "letter", "Dear Ole, no.", "belowQuorumReason", "The committee asked the chair to decide without a second assessment"))
                .post("/review-cases/{id}/decision", id).then().statusCode(200);
        Timestamps.use(Clock.fixed(second.plusHours(1).toInstant(), ZoneOffset.UTC));
        as(KIRSTEN).body(assessment(5, 5, 5, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then()
                .statusCode(409).body("type", equalTo("urn:mooc:problem:illegal-transition"));
        JsonPath after = as(KIRSTEN).get("/review-cases/{id}/assessments", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 3, 1), after.getList("[0].scores.score"), "the decided case keeps the assessment it was decided on");
        assertEquals(second.toInstant(), OffsetDateTime.parse(after.getString("[0].updatedAt")).toInstant());

        // the decision published the changed figures
        JsonNode decided = mapper.readTree(decidedEvent(id).payload);
        assertEquals(2.0, decided.get("criteria").get(0).get("averageScore").asDouble(), 0.001);
        assertEquals(3.0, decided.get("criteria").get(1).get("averageScore").asDouble(), 0.001);
        assertEquals(1.0, decided.get("criteria").get(2).get("averageScore").asDouble(), 0.001);
    }

    @Test
    void aRejectionNeedsCommentsAndIsNotMadeWithoutThem() throws Exception {
        String id = openCase(BIOLOGY, "Rejected " + System.nanoTime());
        as(CHRIS).body(Map.of("outcome", "REJECTED", "letter", "Dear Ole, no.")).post("/review-cases/{id}/decision", id)
                .then().statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.field", contains("comments"));
        as(CHRIS).body(Map.of("outcome", "REJECTED", "comments", "   ", "letter", "Dear Ole, no."))
                .post("/review-cases/{id}/decision", id).then().statusCode(400)
                .body("errors.field", contains("comments"));
        as(CHRIS).get("/review-cases/{id}", id).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("decision", nullValue())
                .body("permissions", hasItem("DECIDE"));
        assertNull(decidedEventOrNull(id), "nothing published for a refused decision");

        as(CHRIS).body(Map.of("outcome", "REJECTED", "comments", "  Outside the programme's scope  ", "letter", "Dear Ole, no.",
                        "belowQuorumReason", "The committee asked the chair to decide without a second assessment"))
                .post("/review-cases/{id}/decision", id).then().statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.outcome", equalTo("REJECTED"))
                .body("decision.comments", equalTo("Outside the programme's scope"));
        JsonNode decided = mapper.readTree(decidedEvent(id).payload);
        assertEquals("REJECTED", decided.get("decision").asText());
        assertEquals("Outside the programme's scope", decided.get("comments").asText());
    }

    @Test
    void theProposalsInstructorHasAConflictAutomaticallyByUserIdOrEmail() {
        // the instructor's address was not verified when they submitted: the proposal names them by user id only
        String byId = openCase(BIOLOGY, "Instructor by id " + System.nanoTime(), c -> {
            c.instructorId = KIRSTEN.sub();
            c.instructorName = KIRSTEN.name();
            c.instructorEmail = null;
            c.team = List.of();
        });
        as(KIRSTEN).post("/review-cases/{id}/members/me", byId).then().statusCode(200)
                .body("members.find { it.username == 'kirsten' }.automaticConflict", equalTo("INSTRUCTOR"))
                .body("members.find { it.username == 'kirsten' }.conflicted", equalTo(true));
        declare(KIRSTEN, byId, false, null);   // declaring "no conflict" does not lift the automatic one
        as(KIRSTEN).get("/review-cases/{id}", byId).then().statusCode(200)
                .body("members[0].conflicted", equalTo(true))
                .body("scoresHidden", equalTo(true))
                .body("assessmentSummary", nullValue())
                .body("permissions", contains("DECLARE"));
        as(KIRSTEN).body(assessment(5, 5, 5, "APPROVE")).put("/review-cases/{id}/assessments/me", byId).then()
                .statusCode(403);
        as(KIRSTEN).get("/review-cases/{id}/assessments", byId).then().statusCode(403);
        as(KIRSTEN).get("/review-cases/{id}/discussion", byId).then().statusCode(403);

        // assigned from the roster (which knows no user id): recognised by the e-mail address, whatever its case
        String byEmail = openCase(BIOLOGY, "Instructor by e-mail " + System.nanoTime(), c -> {
            c.instructorId = "someone-else-sub";
            c.instructorName = "Kirsten Holt";
            c.instructorEmail = "Kirsten@Example.org";
            c.team = List.of();
        });
        as(CHRIS).body(Map.of("username", "kirsten")).post("/review-cases/{id}/members", byEmail).then().statusCode(200)
                .body("members.find { it.username == 'kirsten' }.automaticConflict", equalTo("INSTRUCTOR"));
        // a control: another member of the same case is not flagged
        as(CHRIS).body(Map.of("username", "cathy")).post("/review-cases/{id}/members", byEmail).then().statusCode(200)
                .body("members.find { it.username == 'cathy' }.automaticConflict", nullValue())
                .body("members.find { it.username == 'cathy' }.conflicted", equalTo(false));

        // the chair as the instructor neither decides nor sees the scores; they hand the case over
        String chairs = openCase(BIOLOGY, "The chair's own proposal " + System.nanoTime(), c -> {
            c.instructorId = CHRIS.sub();
            c.instructorName = CHRIS.name();
            c.instructorEmail = null;
            c.team = List.of();
        });
        as(CHRIS).get("/review-cases/{id}", chairs).then().statusCode(200)
                .body("scoresHidden", equalTo(true))
                .body("permissions", containsInAnyOrder("ASSIGN", "VOLUNTEER", "HAND_OVER"));
        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "Approved")).post("/review-cases/{id}/decision", chairs)
                .then().statusCode(403);
    }

    @Test
    void aScoreCommentMayHave4000CharactersAndNotOneMore() {
        String id = openCase(BIOLOGY, "Long comments " + System.nanoTime());
        member(KIRSTEN, id);
        String longest = "x".repeat(4000);
        as(KIRSTEN).body(withTopicComment(longest + "y")).put("/review-cases/{id}/assessments/me", id).then()
                .statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.field", contains("scores[0].comment"));
        as(KIRSTEN).body(withTopicComment("   ")).put("/review-cases/{id}/assessments/me", id).then()
                .statusCode(400)
                .body("errors.field", contains("scores[0].comment"));
        as(KIRSTEN).get("/review-cases/{id}", id).then().body("members[0].assessed", equalTo(false));

        as(KIRSTEN).body(withTopicComment(longest)).put("/review-cases/{id}/assessments/me", id).then().statusCode(200);
        JsonPath stored = as(KIRSTEN).get("/review-cases/{id}/assessments", id).then().statusCode(200).extract().jsonPath();
        assertEquals(longest, stored.getString("[0].scores[0].comment"), "kept whole");
    }

    private static Map<String, Object> withTopicComment(String comment) {
        Map<String, Object> a = new HashMap<>(assessment(4, 4, 4, "APPROVE"));
        List<Map<String, Object>> scores = new ArrayList<>();
        scores.add(Map.of("criterion", "TOPIC", "score", 4, "comment", comment));
        scores.add(Map.of("criterion", "TEACHER", "score", 4, "comment", "Teacher"));
        scores.add(Map.of("criterion", "RESOURCES", "score", 4, "comment", "Resources"));
        a.put("scores", scores);
        return a;
    }

    @Test
    void daysWaitingCountsOnThePlatformsClock() {
        OffsetDateTime opened = Timestamps.now().minusDays(2).truncatedTo(ChronoUnit.SECONDS);
        String id = openCase(BIOLOGY, "Waiting " + System.nanoTime(), c -> c.openedAt = opened);
        Timestamps.use(Clock.fixed(opened.plusDays(10).plusHours(1).toInstant(), ZoneOffset.UTC));
        as(DAN).get("/review-cases/{id}", id).then().statusCode(200).body("daysWaiting", equalTo(10));
        as(DAN).get("/review-cases/overview").then().statusCode(200)
                .body("find { it.caseId == '" + id + "' }.daysWaiting", equalTo(10));
        Timestamps.use(Clock.fixed(opened.plusDays(40).toInstant(), ZoneOffset.UTC));
        as(DAN).get("/review-cases/{id}", id).then().body("daysWaiting", equalTo(40));
    }

    private static OutboxEvent decidedEvent(String caseId) {
        OutboxEvent e = decidedEventOrNull(caseId);
        if (e == null) {
            throw new AssertionError("no " + ReviewEvents.DECIDED + " stored for case " + caseId);
        }
        return e;
    }

    private static OutboxEvent decidedEventOrNull(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReviewCase c = ReviewCase.findById(UUID.fromString(caseId));
            List<OutboxEvent> events = OutboxEvent.list("subject = ?1 and eventType = ?2", c.moocId.toString(),
                    ReviewEvents.DECIDED);
            if (events.size() > 1) {
                throw new AssertionError("more than one decision stored: " + events.size());
            }
            return events.isEmpty() ? null : events.get(0);
        });
    }
}
