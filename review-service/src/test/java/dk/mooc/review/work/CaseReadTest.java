package dk.mooc.review.work;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mooc.platform.web.EntityJson;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.Assessment;
import dk.mooc.review.CaseMember;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.repository.ReviewCaseRepository;
import dk.mooc.review.service.CaseWorkService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static dk.mooc.platform.testing.SameFields.assertSameFields;
import static dk.mooc.review.work.ReviewWorkTest.CATHY;
import static dk.mooc.review.work.ReviewWorkTest.CHRIS;
import static dk.mooc.review.work.ReviewWorkTest.KIRSTEN;
import static dk.mooc.review.work.ReviewWorkTest.as;
import static dk.mooc.review.work.ReviewWorkTest.assessment;
import static dk.mooc.review.work.ReviewWorkTest.declare;
import static dk.mooc.review.work.ReviewWorkTest.openCase;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read of a case with its members and assessments in one statement ({@code ReviewCaseRepository.withParts},
 * {@link EntityJson}) gives exactly the entities Hibernate loads, field by field, for cases whose every column is
 * filled in some way: open with members, conflicts, an assessment and an acting chair; decided; closed with parameters.
 */
@QuarkusTest
class CaseReadTest {

    @Inject
    ReviewCaseRepository cases;

    @Inject
    CaseWorkService work;

    @Inject
    EntityJson json;

    @Test
    void anOpenCaseWithMembersAConflictAnAssessmentAndAnActingChair() {
        String id = openCase("Physics", "One statement, open " + System.nanoTime(), CaseReadTest::everyProposalField);
        for (String member : List.of("kirsten", "cathy")) {
            as(CHRIS).body(Map.of("username", member)).post("/review-cases/{id}/members", id).then().statusCode(200);
        }
        declare(KIRSTEN, id, false, null);
        as(KIRSTEN).body(assessment(4, 5, 3, "APPROVE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(200);
        declare(CATHY, id, true, "I co-authored the proposal's main reference");
        sameAsHibernate(id, 2, 1);
    }

    @Test
    void aDecidedCase() {
        String id = openCase("Biology", "One statement, decided " + System.nanoTime(), CaseReadTest::everyProposalField);
        as(CHRIS).body(Map.of("username", "kirsten")).post("/review-cases/{id}/members", id).then().statusCode(200);
        declare(KIRSTEN, id, false, null);
        as(KIRSTEN).body(assessment(2, 3, 4, "REVISE")).put("/review-cases/{id}/assessments/me", id).then().statusCode(200);
        as(CHRIS).body(Map.of("username", "kirsten")).put("/review-cases/{id}/acting-chair", id).then().statusCode(200);
        as(KIRSTEN).body(Map.of("outcome", "REVISION_REQUESTED", "letter", "Please revise", "comments",
                        "Make the resource plan concrete", "belowQuorumReason", "The others were ill"))
                .post("/review-cases/{id}/decision", id).then().statusCode(200).body("status", equalTo("DECIDED"));
        sameAsHibernate(id, 1, 1);
    }

    @Test
    void aClosedCaseWithItsCauseAndParameters() {
        String id = openCase("Chemistry", "One statement, closed " + System.nanoTime(), c -> {
            everyProposalField(c);
            c.close(ReviewCase.CloseCause.WITHDRAWN, Map.of("reason", "No video budget this year"), Timestamps.now());
        });
        sameAsHibernate(id, 0, 0);
    }

    @Test
    void noCaseIsNoRowAndA404() {
        assertTrue(cases.withParts(UUID.randomUUID()).isEmpty());
        as(CHRIS).get("/review-cases/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anObjectOfMoreFieldsThanAFunctionTakesArgumentsIsWrittenInPieces() {
        List<String> pairs = new ArrayList<>();
        IntStream.range(0, 120).forEach(i -> pairs.add("'k" + i + "', " + i));
        String sql = "select (" + EntityJson.objectOf(pairs) + ")::text";
        assertTrue(sql.contains(" || "), sql);
        JsonNode object = QuarkusTransaction.requiringNew().call(() -> json.one(sql, Map.of(), JsonNode.class)).orElseThrow();
        assertEquals(120, object.size());
        assertEquals(119, object.get("k119").asInt());
    }

    private void sameAsHibernate(String id, int members, int assessments) {
        UUID key = UUID.fromString(id);
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewCase.WithParts read = cases.withParts(key).orElseThrow();
            ReviewCase loaded = cases.findById(key);
            assertSameFields("case", loaded, read.reviewCase());
            List<CaseMember> loadedMembers = work.membersOf(List.of(key)).getOrDefault(key, List.of());
            assertEquals(members, loadedMembers.size());
            assertSameFields("members", loadedMembers, read.members());
            List<Assessment> loadedAssessments = Assessment.list("caseId = ?1 order by submittedAt, username", key);
            assertEquals(assessments, loadedAssessments.size());
            assertSameFields("assessments", loadedAssessments, read.assessments());
        });
    }

    /** Every column a submitted proposal fills, so that none is compared as null on both sides only. */
    private static void everyProposalField(ReviewCase c) {
        c.topic = "Quantum computing";
        c.courseCode = "02180";
        c.newContent = false;
        c.expectedEnrolments = 5000;
        c.staffHours = 400;
        c.assistants = 2;
        c.videoBudgetDkk = 35000;
        c.round = 2;
        c.proposalVersion = 2;
        c.previousOutcome = "REVISION_REQUESTED";
        c.previousComments = "Please make the resource plan concrete.";
        c.legacyCloseReason = "An English sentence from before causes were codes";
    }
}
