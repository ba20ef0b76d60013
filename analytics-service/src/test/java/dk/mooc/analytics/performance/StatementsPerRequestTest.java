package dk.mooc.analytics.performance;

import dk.mooc.platform.testing.TestTokens.Person;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.mooc.analytics.Fixtures.ADA;
import static dk.mooc.analytics.Fixtures.CHRIS;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static dk.mooc.platform.testing.StatementLog.atMost;
import static dk.mooc.platform.testing.StatementLog.onlyReads;
import static dk.mooc.platform.testing.StatementLog.statementsOf;

/**
 * How many SQL statements a read of launched courses costs (docs/performance.md, "Statements per request"): every one
 * is a round trip to PostgreSQL, and round trips are where the service's requests wait. Counted with Hibernate's
 * statement inspector ({@link StatementLog}) on the module's real PostgreSQL.
 */
@QuarkusTest
class StatementsPerRequestTest {

    private static UUID course;

    @BeforeEach
    void courses() {
        // once: three of Ida's launched courses, so that a page holds several
        if (course == null) {
            for (int i = 0; i < 3; i++) {
                course = course("Compute", IDA.sub());
            }
        }
    }

    private static List<String> getById(Person who) {
        return statementsOf("GET /courses/{id} as " + who.username(),
                () -> as(who).get("/courses/{id}", course).then().extract().statusCode());
    }

    private static List<String> firstPage(Person who) {
        return statementsOf("GET /courses?page=0&size=20 as " + who.username(),
                () -> as(who).get("/courses?page=0&size=20").then().extract().statusCode());
    }

    // The bounds. A course by id: the course, the caller's scope in its where clause. A page: the page, and the count of
    // all visible courses only when the page is full.

    @Test
    void aCourseByIdAsAdmin() {
        atMost(1, getById(ADA));
    }

    @Test
    void aCourseByIdAsCommittee() {
        atMost(1, getById(CHRIS));
    }

    @Test
    void aCourseByIdAsItsInstructor() {
        atMost(1, getById(IDA));
    }

    @Test
    void aPageAsAdmin() {
        atMost(2, firstPage(ADA));
    }

    @Test
    void aPageAsCommittee() {
        atMost(2, firstPage(CHRIS));
    }

    @Test
    void aPageAsItsInstructor() {
        atMost(2, firstPage(IDA));
    }

    @Test
    void aReadWritesNothing() {
        List<String> statements = new ArrayList<>(getById(IDA));
        statements.addAll(firstPage(IDA));
        onlyReads(statements);
    }
}
