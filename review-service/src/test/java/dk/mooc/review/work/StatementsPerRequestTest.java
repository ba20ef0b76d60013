package dk.mooc.review.work;

import dk.mooc.platform.testing.TestTokens.Person;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.mooc.platform.testing.StatementLog.atMost;
import static dk.mooc.platform.testing.StatementLog.onlyReads;
import static dk.mooc.platform.testing.StatementLog.statementsOf;
import static dk.mooc.review.work.ReviewWorkTest.ADA;
import static dk.mooc.review.work.ReviewWorkTest.CHRIS;
import static dk.mooc.review.work.ReviewWorkTest.KIRSTEN;
import static dk.mooc.review.work.ReviewWorkTest.as;
import static dk.mooc.review.work.ReviewWorkTest.openCase;

/**
 * How many SQL statements a read of review cases costs (docs/performance.md, "Statements per request"): every one is a
 * round trip to PostgreSQL, and round trips are where the service's requests wait. Counted with Hibernate's statement
 * inspector ({@link StatementLog}) on the module's real PostgreSQL.
 */
@QuarkusTest
class StatementsPerRequestTest {

    private static String caseId;

    @BeforeEach
    void aCaseWithAMember() {
        // once: three open cases (Physics, so the chair from Compute has no conflict), each with Kirsten assigned, so
        // that a page holds several cases and a statement per case would show
        if (caseId == null) {
            for (int i = 0; i < 3; i++) {
                caseId = openCase("Physics", "Statements per request " + i + " " + System.nanoTime());
                as(CHRIS).body(Map.of("username", KIRSTEN.username())).post("/review-cases/{id}/members", caseId)
                        .then().statusCode(200);
            }
        }
    }

    private static List<String> getById(Person who) {
        return statementsOf("GET /review-cases/{id} as " + who.username(),
                () -> as(who).get("/review-cases/{id}", caseId).then().extract().statusCode());
    }

    private static List<String> firstPage(Person who) {
        return statementsOf("GET /review-cases?page=0&size=20 as " + who.username(),
                () -> as(who).get("/review-cases?page=0&size=20").then().extract().statusCode());
    }

    private static List<String> dossier(Person who) {
        return statementsOf("GET /review-cases/{id}/dossier as " + who.username(),
                () -> as(who).get("/review-cases/{id}/dossier", caseId).then().extract().statusCode());
    }

    // The bounds. A case by id: one statement, the case with its assessments and its members as one JSON document
    // (the caller's standing is read from them). A page: the page, the assessments and the members of its cases in one
    // query each, and the count of all matching cases only when the page is full. No statement per case on the page. A
    // case with its parts (the dossier): the case's one (its assessments come with it), then the discussion where the
    // caller may read it, and the caller's membership where it is not among the case's members just read (the chair on
    // a case he is not a member of).

    @Test
    void aCaseByIdAsAdmin() {
        atMost(1, getById(ADA));
    }

    @Test
    void aCaseByIdAsChair() {
        atMost(1, getById(CHRIS));
    }

    @Test
    void aCaseByIdAsMember() {
        atMost(1, getById(KIRSTEN));
    }

    @Test
    void aPageAsAdmin() {
        atMost(4, firstPage(ADA));
    }

    @Test
    void aPageAsChair() {
        atMost(4, firstPage(CHRIS));
    }

    @Test
    void aPageAsMember() {
        atMost(4, firstPage(KIRSTEN));
    }

    @Test
    void aCaseWithItsPartsAsAdmin() {
        atMost(4, dossier(ADA));
    }

    @Test
    void aCaseWithItsPartsAsChair() {
        atMost(4, dossier(CHRIS));
    }

    @Test
    void aCaseWithItsPartsAsMember() {
        atMost(4, dossier(KIRSTEN));
    }

    @Test
    void aReadWritesNothing() {
        List<String> statements = new ArrayList<>(getById(KIRSTEN));
        statements.addAll(firstPage(KIRSTEN));
        statements.addAll(dossier(KIRSTEN));
        onlyReads(statements);
    }
}
