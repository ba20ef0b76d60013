package dk.mooc.review.work;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static dk.mooc.review.work.ReviewWorkTest.ADA;
import static dk.mooc.review.work.ReviewWorkTest.CATHY;
import static dk.mooc.review.work.ReviewWorkTest.CHRIS;
import static dk.mooc.review.work.ReviewWorkTest.DAN;
import static dk.mooc.review.work.ReviewWorkTest.KIRSTEN;
import static dk.mooc.review.work.ReviewWorkTest.TIM;
import static dk.mooc.review.work.ReviewWorkTest.as;
import static dk.mooc.review.work.ReviewWorkTest.assessment;
import static dk.mooc.review.work.ReviewWorkTest.declare;
import static dk.mooc.review.work.ReviewWorkTest.openCase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committee's confidentiality (docs/review.md, "Who sees the scores"), walked as a property: every view of a case
 * that can carry scores or recommendations, for every member state, before and after the decision. The scores stay
 * hidden until the caller's own assessment is in, and a conflicted person never sees them; the deciding chair who is
 * not an assessor of the case sees them to decide. Then the deciding rules: a conflicted member never chairs, also
 * when the conflict is declared after the hand-over, and a decision below the quorum needs a recorded reason.
 */
@QuarkusTest
class ConfidentialityTest {

    /** Committee members beyond the roster (they volunteer); History and Law have no conflict with Biology. */
    private static final Person EVE = TestTokens.person("eve", "History", "committee");
    private static final Person FINN = TestTokens.person("finn", "Law", "committee");

    /** Who someone is on the case, and whether they may see its scores (the expectation the views are checked against). */
    private record State(String name, Person person, boolean seesScores) {
    }

    /** One view that can carry the scores: null when the caller may not open it at all, else whether it showed them. */
    private interface View extends BiFunction<Person, Ids, Boolean> {
    }

    private record Ids(String caseId, String meetingId) {
    }

    private static final int QUORUM = 2;

    @Test
    void everyViewHidesTheScoresFromEveryoneButAssessorsTheDecidingChairAndAdminsBeforeAndAfterTheDecision() {
        Ids ids = caseWithEveryMemberState("Confidential " + System.nanoTime());
        List<State> states = List.of(
                new State("not assigned", FINN, false),
                new State("assigned, declared, not assessed", DAN, false),
                new State("conflicted (declared)", EVE, false),
                new State("conflicted (on the proposal's team)", TIM, false),
                new State("assessed", KIRSTEN, true),
                new State("assessed (second)", CATHY, true),
                new State("chair, not an assessor", CHRIS, true),
                new State("admin", ADA, true));

        Map<String, View> open = new LinkedHashMap<>();
        open.put("the case", ConfidentialityTest::caseView);
        open.put("the case in the list", ConfidentialityTest::listedCase);
        open.put("the ranked overview", ConfidentialityTest::overview);
        open.put("the agenda pack", ConfidentialityTest::agenda);
        open.put("the assessments", ConfidentialityTest::assessments);
        List<String> walked = walk(states, open, ids);

        as(CHRIS).body(Map.of("outcome", "APPROVED", "comments", "Strong on all three criteria",
                        "letter", "Dear Ole Friis, approved with TOPIC 4.5 on average."))
                .post("/review-cases/{id}/decision", ids.caseId()).then().statusCode(200);
        // who may act is checked before the case's state: not yours 403, yours but decided 409
        as(DAN).body(Map.of("outcome", "REJECTED", "comments", "No", "letter", "No"))
                .post("/review-cases/{id}/decision", ids.caseId()).then().statusCode(403);
        as(CHRIS).body(Map.of("outcome", "REJECTED", "comments", "No", "letter", "No"))
                .post("/review-cases/{id}/decision", ids.caseId()).then().statusCode(409);
        as(FINN).body(Map.of("username", "kirsten")).put("/review-cases/{id}/acting-chair", ids.caseId()).then()
                .statusCode(403);
        as(EVE).body(assessment(5, 5, 5, "APPROVE")).put("/review-cases/{id}/assessments/me", ids.caseId()).then()
                .statusCode(403);
        as(DAN).body(assessment(5, 5, 5, "APPROVE")).put("/review-cases/{id}/assessments/me", ids.caseId()).then()
                .statusCode(409);
        Map<String, View> decided = new LinkedHashMap<>();
        decided.put("the decided case with its letter", ConfidentialityTest::decidedCase);
        decided.put("the decided case in the list", ConfidentialityTest::listedCase);
        decided.put("the agenda pack with the letter", ConfidentialityTest::agenda);
        decided.put("the assessments after the decision", ConfidentialityTest::assessments);
        walked.addAll(walk(states, decided, ids));

        // 8 states × 9 views, each checked (a view refused outright counts as hidden, and is checked as such)
        assertEquals(8 * 9, walked.size(), String.join("\n", walked));
    }

    @Test
    void anActingChairSeesTheScoresOnlyAfterTheirOwnAssessmentAndLosesTheChairWithALateConflict() {
        String id = openCase("Biology", "Acting chair " + System.nanoTime());
        for (String member : List.of("kirsten", "cathy")) {
            as(CHRIS).body(Map.of("username", member)).post("/review-cases/{id}/members", id).then().statusCode(200);
        }
        declare(KIRSTEN, id, false, null);
        as(KIRSTEN).body(assessment(4, 5, 3, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(200);
        as(CHRIS).body(Map.of("username", "cathy")).put("/review-cases/{id}/acting-chair", id).then().statusCode(200);

        // the acting chair decides, but is an assessor: no figures until her own assessment is in, not even in the draft
        as(CATHY).get("/review-cases/{id}", id).then().body("permissions", hasItem("DECIDE"))
                .body("permissions", not(hasItem("READ_ASSESSMENTS"))).body("assessmentSummary", nullValue());
        as(CATHY).get("/review-cases/{id}/assessments", id).then().statusCode(403);
        String draft = as(CATHY).queryParam("outcome", "APPROVED").get("/review-cases/{id}/decision/draft", id).then()
                .statusCode(200).extract().path("letter");
        assertFalse(draft.contains("4.0") || draft.contains("5.0") || draft.contains("3.0"), draft);
        assertTrue(draft.contains("[shown once your own assessment is in]"), draft);
        // the chair who handed over neither decides nor sees the figures any more
        as(CHRIS).get("/review-cases/{id}", id).then().body("assessmentSummary", nullValue())
                .body("permissions", not(hasItem("DECIDE")));

        declare(CATHY, id, false, null);
        as(CATHY).body(assessment(2, 3, 4, "REVISE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(200)
                .body("assessmentSummary.assessments", equalTo(2));
        String figures = as(CATHY).queryParam("outcome", "APPROVED").get("/review-cases/{id}/decision/draft", id).then()
                .statusCode(200).extract().path("letter");
        // kirsten (4, 5, 3) and cathy (2, 3, 4): TOPIC 3.0, TEACHER 4.0, RESOURCES 3.5
        assertTrue(figures.contains(": 3.0\n") && figures.contains(": 4.0\n") && figures.contains(": 3.5\n"), figures);

        // a conflict declared later: she no longer chairs, drafts or decides; the hand-over is revoked and recorded
        declare(CATHY, id, true, "My spouse joined the applicant's group last week");
        as(CATHY).get("/review-cases/{id}", id).then().body("chair", nullValue())
                .body("permissions", not(hasItem("DECIDE"))).body("assessmentSummary", nullValue());
        as(CATHY).queryParam("outcome", "APPROVED").get("/review-cases/{id}/decision/draft", id).then().statusCode(403);
        as(CATHY).body(Map.of("outcome", "APPROVED", "letter", "Approved", "belowQuorumReason", "urgent"))
                .post("/review-cases/{id}/decision", id).then().statusCode(403);
        as(CHRIS).get("/review-cases/{id}", id).then().body("permissions", hasItem("DECIDE"));
        as(CHRIS).body(Map.of("username", "cathy")).put("/review-cases/{id}/acting-chair", id).then().statusCode(400)
                .body("errors[0].field", equalTo("username"));
        as(CHRIS).get("/review-cases/{id}/history", id).then().statusCode(200)
                .body("action", contains("MEMBER_ASSIGNED", "MEMBER_ASSIGNED", "NO_CONFLICT_DECLARED", "ASSESSMENT_GIVEN",
                        "HANDED_OVER", "NO_CONFLICT_DECLARED", "ASSESSMENT_GIVEN", "CONFLICT_DECLARED",
                        "ASSESSMENT_WITHDRAWN", "HAND_OVER_REVOKED"))
                .body("find { it.action == 'HAND_OVER_REVOKED' }.actor.username", equalTo("cathy"));
    }

    @Test
    void belowTheQuorumTheChairDecidesOnlyWithAReasonRecordedInTheHistory() {
        String id = openCase("Biology", "Below quorum " + System.nanoTime());
        as(CHRIS).body(Map.of("username", "kirsten")).post("/review-cases/{id}/members", id).then().statusCode(200);
        declare(KIRSTEN, id, false, null);
        as(KIRSTEN).body(assessment(4, 4, 4, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(200);
        as(CHRIS).get("/review-cases/{id}", id).then().body("quorum", equalTo(QUORUM));

        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "Approved")).post("/review-cases/{id}/decision", id).then()
                .statusCode(400).body("errors[0].field", equalTo("belowQuorumReason"))
                .body("errors[0].message", containsString("1 of the 2 assessments"));
        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "Approved", "belowQuorumReason", "  "))
                .post("/review-cases/{id}/decision", id).then().statusCode(400);
        as(CHRIS).get("/review-cases/{id}", id).then().body("status", equalTo("OPEN")).body("decision", nullValue());

        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "Approved",
                        "belowQuorumReason", "Two members fell ill; the launch cannot wait for the next meeting"))
                .post("/review-cases/{id}/decision", id).then().statusCode(200).body("status", equalTo("DECIDED"));
        JsonPath history = as(KIRSTEN).get("/review-cases/{id}/history", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("MEMBER_ASSIGNED", "NO_CONFLICT_DECLARED", "ASSESSMENT_GIVEN", "DECIDED_BELOW_QUORUM"),
                history.getList("action"));
        assertEquals(Map.of("outcome", "APPROVED", "assessments", "1", "quorum", "2", "reason", "Two members fell ill; "
                + "the launch cannot wait for the next meeting"), history.getMap("find { it.action == 'DECIDED_BELOW_QUORUM' }.params"));
        assertEquals(List.of(), history.getList("findAll { it.detail != null }"), "no English sentence in the history");
        assertEquals("chris", history.getString("find { it.action == 'DECIDED_BELOW_QUORUM' }.actor.username"));
        // the history never carries what an assessment says
        assertEquals(Map.of(), history.getMap("find { it.action == 'ASSESSMENT_GIVEN' }.params"));

        // at the quorum no reason is needed, and the history says how many assessments there were
        String full = openCase("Biology", "At quorum " + System.nanoTime());
        for (Person p : List.of(KIRSTEN, CATHY)) {
            as(CHRIS).body(Map.of("username", p.username())).post("/review-cases/{id}/members", full).then().statusCode(200);
            declare(p, full, false, null);
            as(p).body(assessment(3, 3, 3, "REVISE")).put("/review-cases/{id}/assessments/me", full).then().statusCode(200);
        }
        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "Approved")).post("/review-cases/{id}/decision", full).then()
                .statusCode(200);
        as(CHRIS).get("/review-cases/{id}/history", full).then()
                .body("find { it.action == 'DECIDED' }.params", equalTo(Map.of("outcome", "APPROVED", "assessments", "2",
                        "quorum", "2")));
    }

    // --- the case with one person in each state ----------------------------------------------------------------------

    private static Ids caseWithEveryMemberState(String title) {
        String id = openCase("Biology", title);
        for (String member : List.of("kirsten", "cathy")) {
            as(CHRIS).body(Map.of("username", member)).post("/review-cases/{id}/members", id).then().statusCode(200);
        }
        for (Person p : List.of(KIRSTEN, CATHY)) {
            declare(p, id, false, null);
        }
        as(KIRSTEN).body(assessment(5, 4, 3, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(200);
        as(CATHY).body(assessment(4, 4, 2, "REVISE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(200);
        as(DAN).post("/review-cases/{id}/members/me", id).then().statusCode(200);
        declare(DAN, id, false, null);
        as(TIM).post("/review-cases/{id}/members/me", id).then().statusCode(200)
                .body("members.find { it.username == 'tim' }.conflicted", equalTo(true));
        as(EVE).post("/review-cases/{id}/members/me", id).then().statusCode(200);
        declare(EVE, id, false, null);
        as(EVE).body(assessment(1, 1, 1, "REJECT")).put("/review-cases/{id}/assessments/me", id).then().statusCode(200);
        // having seen the scores once, she declares a conflict: her assessment is withdrawn and the figures hidden again
        declare(EVE, id, true, "I reviewed the applicant's grant last year");
        String meeting = as(CHRIS).body(Map.of("title", "Committee " + title,
                        "startsAt", Timestamps.now().plusDays(30).toString()))
                .post("/meetings").then().statusCode(201).extract().path("id");
        as(CHRIS).body(Map.of("caseId", id)).post("/meetings/{id}/cases", meeting).then().statusCode(200);
        return new Ids(id, meeting);
    }

    private static List<String> walk(List<State> states, Map<String, View> views, Ids ids) {
        List<String> walked = new ArrayList<>();
        for (Map.Entry<String, View> view : views.entrySet()) {
            for (State s : states) {
                Boolean saw = view.getValue().apply(s.person(), ids);
                boolean shown = saw != null && saw;
                if (shown != s.seesScores()) {
                    fail(view.getKey() + " as " + s.name() + " (" + s.person().username() + "): scores "
                            + (shown ? "shown" : "hidden") + ", expected " + (s.seesScores() ? "shown" : "hidden"));
                }
                walked.add(view.getKey() + " × " + s.name() + ": " + (shown ? "shown" : "hidden"));
            }
        }
        return walked;
    }

    // --- the views: each returns whether the scores were there, and checks that "hidden" means nothing leaks ----------

    private static Boolean caseView(Person p, Ids ids) {
        Response r = as(p).get("/review-cases/{id}", ids.caseId());
        assertEquals(200, r.statusCode(), "every committee member and admin may open the case");
        return summaryShown(r.jsonPath(), "");
    }

    private static Boolean decidedCase(Person p, Ids ids) {
        JsonPath c = as(p).get("/review-cases/{id}", ids.caseId()).then().statusCode(200).extract().jsonPath();
        assertEquals("APPROVED", c.getString("decision.outcome"), "the outcome itself is no secret");
        boolean shown = summaryShown(c, "");
        // the letter and the comments quote the figures: they go with the scores
        assertEquals(shown, c.getString("decision.letter") != null, "the letter with the scores");
        assertEquals(shown, c.getString("decision.comments") != null, "the comments with the scores");
        return shown;
    }

    private static Boolean listedCase(Person p, Ids ids) {
        for (int page = 0; page < 50; page++) {
            JsonPath list = as(p).queryParam("page", page).queryParam("size", 100).get("/review-cases").then()
                    .statusCode(200).extract().jsonPath();
            List<String> onPage = list.getList("items.id");
            int i = onPage.indexOf(ids.caseId());
            if (i >= 0) {
                return summaryShown(list, "items[" + i + "].");
            }
            if (onPage.size() < 100) {
                break;
            }
        }
        throw new AssertionError("the case is not in the list");
    }

    private static Boolean overview(Person p, Ids ids) {
        JsonPath o = as(p).get("/review-cases/overview").then().statusCode(200).extract().jsonPath();
        String e = "find { it.caseId == '" + ids.caseId() + "' }.";
        assertNotNull(o.get(e + "caseId"), "an open case is in everyone's overview");
        boolean hidden = o.getBoolean(e + "scoresHidden");
        if (hidden) {
            assertEquals(null, (Object) o.get(e + "average"));
            assertEquals(List.of(), o.getList(e + "criteria"));
            assertEquals(Map.of(), o.getMap(e + "recommendations"));
        } else {
            // kirsten (5, 4, 3) and cathy (4, 4, 2): 4.5, 4.0, 2.5 -> 11 / 3
            assertEquals(3.67f, o.getFloat(e + "average"), 0.001);
            assertEquals(Map.of("APPROVE", 1, "REVISE", 1, "REJECT", 0), o.getMap(e + "recommendations"));
        }
        return !hidden;
    }

    private static Boolean agenda(Person p, Ids ids) {
        JsonPath a = as(p).get("/meetings/{id}/agenda", ids.meetingId()).then().statusCode(200).extract().jsonPath();
        int i = a.getList("cases.caseId").indexOf(ids.caseId());
        assertTrue(i >= 0, "the case is on the agenda");
        return summaryShown(a, "cases[" + i + "].");
    }

    private static Boolean assessments(Person p, Ids ids) {
        Response r = as(p).get("/review-cases/{id}/assessments", ids.caseId());
        if (r.statusCode() == 403) {
            return null;
        }
        assertEquals(200, r.statusCode());
        assertEquals(List.of("kirsten", "cathy"), r.jsonPath().getList("username"), "the withdrawn assessment is gone");
        return true;
    }

    /** The summary and the flag agree, and a shown summary has the real figures. */
    private static boolean summaryShown(JsonPath json, String prefix) {
        boolean hidden = json.getBoolean(prefix + "scoresHidden");
        Object summary = json.get(prefix + "assessmentSummary");
        assertEquals(hidden, summary == null, "scoresHidden and the summary agree");
        if (!hidden) {
            assertEquals(2, json.getInt(prefix + "assessmentSummary.assessments"));
            assertEquals(Map.of("APPROVE", 1, "REVISE", 1, "REJECT", 0), json.getMap(prefix + "assessmentSummary.recommendations"));
        }
        return !hidden;
    }
}
