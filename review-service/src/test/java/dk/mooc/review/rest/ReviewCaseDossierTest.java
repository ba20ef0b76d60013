package dk.mooc.review.rest;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /review-cases/{id}/dossier: the case's page reads the case with its assessments, its discussion and the
 * committee's roster in one request, each exactly as its own operation answers the same caller; a part that operation
 * would refuse (403) is null, never filled, and the roster is there only for whoever may assign the case's members;
 * an unknown case is 404, as from getReviewCase.
 */
@QuarkusTest
class ReviewCaseDossierTest {

    /** The chair, from Compute: no conflict with a Biology proposal. */
    private static final Person CHRIS = TestTokens.person("chris", "Compute", "committee", "committee-chair");
    private static final Person KIRSTEN = TestTokens.person("kirsten", "Chemistry", "committee");
    private static final Person CATHY = TestTokens.person("cathy", "Physics", "committee");
    /** Volunteers, not on the roster. */
    private static final Person DAN = TestTokens.person("dan", "Mathematics", "committee");
    /** On the proposal's team: a conflict of interest flagged the moment he joins the case. */
    private static final Person TIM = TestTokens.person("tim", "Mathematics", "committee");
    private static final Person ADA = TestTokens.person("ada", null, "admin");
    private static final Person IDA = TestTokens.person("ida", "Compute", "instructor");

    private static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    /**
     * An open Biology case whose team lists tim@example.org: Kirsten and Cathy assigned by the chair, both declared
     * without a conflict, Kirsten's assessment in and her post in the discussion; Dan volunteered and declared, his
     * assessment not in; Tim volunteered and is flagged as conflicted.
     */
    private static String caseUnderReview() {
        String id = QuarkusTransaction.requiringNew().call(() -> {
            ReviewCase c = new ReviewCase();
            c.id = UUID.randomUUID();
            c.moocId = UUID.randomUUID();
            c.round = 1;
            c.proposalVersion = 1;
            c.proposalTitle = "With its dossier " + System.nanoTime();
            c.summary = "A summary";
            c.department = "Biology";
            c.instructorId = "ole-sub";
            c.instructorName = "Ole Friis";
            c.instructorEmail = "ole@example.org";
            c.newContent = true;
            c.plannedLaunchSemester = "2027-autumn";
            c.team = List.of(new ReviewCase.TeamMember("Tim Team", "tim@example.org", "TEACHING_ASSISTANT"));
            c.status = ReviewCaseStatus.OPEN;
            c.openedAt = Timestamps.now().minusDays(3);
            c.persist();
            return c.id.toString();
        });
        for (Person p : List.of(KIRSTEN, CATHY)) {
            as(CHRIS).body(Map.of("username", p.username())).post("/review-cases/{id}/members", id).then().statusCode(200);
            declareNoConflict(p, id);
        }
        as(KIRSTEN).body(Map.of("scores", List.of(
                        Map.of("criterion", "TOPIC", "score", 4, "comment", "A topic few offer"),
                        Map.of("criterion", "TEACHER", "score", 5, "comment", "An experienced teacher"),
                        Map.of("criterion", "RESOURCES", "score", 3, "comment", "The video budget is thin")),
                        "recommendation", "APPROVE"))
                .put("/review-cases/{id}/assessments/me", id).then().statusCode(200);
        as(KIRSTEN).body(Map.of("text", "The resource plan looks thin for 40 videos."))
                .post("/review-cases/{id}/discussion", id).then().statusCode(200);
        as(DAN).post("/review-cases/{id}/members/me", id).then().statusCode(200);
        declareNoConflict(DAN, id);
        as(TIM).post("/review-cases/{id}/members/me", id).then().statusCode(200)
                .body("members.find { it.username == 'tim' }.conflicted", equalTo(true));
        return id;
    }

    private static void declareNoConflict(Person p, String id) {
        as(p).body(Map.of("conflict", false)).put("/review-cases/{id}/members/me/declaration", id).then().statusCode(200);
    }

    /** What {@code who}'s own request to {@code path} answers, which must be 200. */
    private static Object own(Person who, String path, Object... params) {
        return as(who).get(path, params).then().statusCode(200).extract().jsonPath().get("$");
    }

    /** The dossier as {@code who} reads it, its case compared with getReviewCase's answer to them. */
    private static JsonPath dossier(Person who, String id) {
        JsonPath dossier = as(who).get("/review-cases/{id}/dossier", id).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertEquals(own(who, "/review-cases/{id}", id), dossier.get("reviewCase"), who.username() + ": the case");
        // every part is named, also when it is null
        assertEquals(Set.of("reviewCase", "assessments", "discussion", "committee"), dossier.getMap("$").keySet(),
                who.username() + ": the parts");
        return dossier;
    }

    /** The part is what its own operation answers {@code who} at {@code path}. */
    private static void assertPart(Person who, JsonPath dossier, String part, String path, Object... params) {
        assertEquals(own(who, path, params), dossier.get(part), who.username() + ": " + part);
    }

    /** The part is null, and its own operation (GET /review-cases/{id}/ and the part's name) refuses {@code who}. */
    private static void assertRefused(Person who, String id, JsonPath dossier, String part) {
        assertNull(dossier.get(part), who.username() + ": no " + part);
        as(who).get("/review-cases/{id}/" + part, id).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:forbidden"));
    }

    private static List<String> permissions(JsonPath dossier) {
        return dossier.getList("reviewCase.permissions", String.class);
    }

    @Test
    void theAdminGetsTheCaseItsAssessmentsAndItsDiscussionAsTheirOwnOperationsAnswerThem() {
        String id = caseUnderReview();
        JsonPath dossier = dossier(ADA, id);
        assertPart(ADA, dossier, "assessments", "/review-cases/{id}/assessments", id);
        assertPart(ADA, dossier, "discussion", "/review-cases/{id}/discussion", id);
        assertEquals(List.of("kirsten"), dossier.getList("assessments.username"));
        assertEquals(List.of("The resource plan looks thin for 40 videos."), dossier.getList("discussion.text"));
        // an admin assigns no members (not on the committee): no roster, though listCommitteeMembers answers them
        assertFalse(permissions(dossier).contains("ASSIGN"), "the admin's permissions: " + permissions(dossier));
        assertNull(dossier.get("committee"), "no roster for the admin");
        as(ADA).get("/committee/members").then().statusCode(200);
    }

    @Test
    void theChairWhoAssignsGetsEveryPartWithTheRoster() {
        String id = caseUnderReview();
        JsonPath dossier = dossier(CHRIS, id);
        assertTrue(permissions(dossier).contains("ASSIGN"), "the chair's permissions: " + permissions(dossier));
        assertPart(CHRIS, dossier, "committee", "/committee/members");
        assertEquals(List.of("Cathy Berg", "Chris Lund", "Kirsten Holt"), dossier.getList("committee.name"));
        // the deciding chair is no assessor: the assessments, to decide
        assertPart(CHRIS, dossier, "assessments", "/review-cases/{id}/assessments", id);
        assertPart(CHRIS, dossier, "discussion", "/review-cases/{id}/discussion", id);
        assertEquals(1, dossier.getList("assessments").size());

        // once decided, nobody assigns any more: the roster goes, the assessments and the discussion stay
        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "Dear Ole Friis, approved.",
                        "belowQuorumReason", "The launch semester cannot wait for the next meeting"))
                .post("/review-cases/{id}/decision", id).then().statusCode(200);
        JsonPath decided = dossier(CHRIS, id);
        assertEquals("DECIDED", decided.getString("reviewCase.status"));
        assertFalse(permissions(decided).contains("ASSIGN"), "after the decision: " + permissions(decided));
        assertNull(decided.get("committee"), "no roster once decided");
        assertPart(CHRIS, decided, "assessments", "/review-cases/{id}/assessments", id);
        assertPart(CHRIS, decided, "discussion", "/review-cases/{id}/discussion", id);
    }

    @Test
    void aMemberWhoseAssessmentIsNotInGetsTheDiscussionButNoAssessments() {
        String id = caseUnderReview();
        JsonPath dossier = dossier(DAN, id);
        assertRefused(DAN, id, dossier, "assessments");
        assertPart(DAN, dossier, "discussion", "/review-cases/{id}/discussion", id);
        assertEquals(1, dossier.getList("discussion").size());
        assertNull(dossier.get("committee"), "a member assigns nobody: no roster");
        assertFalse(permissions(dossier).contains("ASSIGN"));

        // Kirsten's is in: she reads the assessments
        JsonPath assessor = dossier(KIRSTEN, id);
        assertPart(KIRSTEN, assessor, "assessments", "/review-cases/{id}/assessments", id);
        assertPart(KIRSTEN, assessor, "discussion", "/review-cases/{id}/discussion", id);

        // after the decision he may no longer post, and still reads the discussion, as listDiscussionPosts answers him
        as(CHRIS).body(Map.of("outcome", "APPROVED", "letter", "Dear Ole Friis, approved.",
                        "belowQuorumReason", "The launch semester cannot wait for the next meeting"))
                .post("/review-cases/{id}/decision", id).then().statusCode(200);
        JsonPath decided = dossier(DAN, id);
        assertFalse(permissions(decided).contains("DISCUSS"), "after the decision: " + permissions(decided));
        assertPart(DAN, decided, "discussion", "/review-cases/{id}/discussion", id);
        assertRefused(DAN, id, decided, "assessments");
    }

    @Test
    void aConflictedMemberGetsNeitherTheAssessmentsNorTheDiscussion() {
        String id = caseUnderReview();
        JsonPath flagged = dossier(TIM, id);
        assertRefused(TIM, id, flagged, "discussion");
        assertRefused(TIM, id, flagged, "assessments");
        assertNull(flagged.get("committee"));

        // a conflict declared after reading both: both hidden again
        JsonPath before = dossier(CATHY, id);
        assertPart(CATHY, before, "discussion", "/review-cases/{id}/discussion", id);
        as(CATHY).body(Map.of("conflict", true, "reason", "I co-supervise a PhD student with the applicant"))
                .put("/review-cases/{id}/members/me/declaration", id).then().statusCode(200);
        JsonPath declared = dossier(CATHY, id);
        assertRefused(CATHY, id, declared, "discussion");
        assertRefused(CATHY, id, declared, "assessments");
    }

    @Test
    void anUnknownCaseIs404AndWhoMayNotReadCasesIsRefusedAsByGetReviewCase() {
        UUID unknown = UUID.randomUUID();
        for (Person who : List.of(ADA, CHRIS)) {
            as(who).get("/review-cases/{id}/dossier", unknown).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:mooc:problem:not-found"));
            as(who).get("/review-cases/{id}", unknown).then().statusCode(404);
        }
        String id = caseUnderReview();
        as(IDA).get("/review-cases/{id}/dossier", id).then().statusCode(403)
                .body("type", equalTo("urn:mooc:problem:forbidden"));
        as(IDA).get("/review-cases/{id}", id).then().statusCode(403);
    }
}
