package dk.mooc.production.plan;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.mooc.platform.testing.StatementLog.atMost;
import static dk.mooc.platform.testing.StatementLog.onlyReads;
import static dk.mooc.platform.testing.StatementLog.statementsOf;
import static dk.mooc.production.plan.ProductionPlanTest.CARLA;
import static dk.mooc.production.plan.ProductionPlanTest.IDA;
import static dk.mooc.production.plan.ProductionPlanTest.as;
import static dk.mooc.production.plan.ProductionPlanTest.submitAndDecide;
import static org.awaitility.Awaitility.await;

/**
 * How many SQL statements a read of productions costs (docs/performance.md, "Statements per request"): every one is a
 * round trip to PostgreSQL, and round trips are where the service's requests wait. Counted with Hibernate's statement
 * inspector ({@link StatementLog}) on the module's real PostgreSQL.
 */
@QuarkusTest
class StatementsPerRequestTest {

    static final Person ADA = TestTokens.person("ada", null, "admin");

    private static UUID production;

    @BeforeEach
    void productions() throws Exception {
        // once: three of Ida's MOOCs approved, so that each has a production with its plan and a page holds several
        if (production == null) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                UUID moocId = UUID.randomUUID();
                submitAndDecide(moocId, "APPROVED");
                ids.add(moocId);
            }
            for (UUID id : ids) {
                await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                        as(CARLA).get("/productions/{id}", id).then().statusCode(200));
            }
            production = ids.get(0);
        }
    }

    private static List<String> getById(Person who) {
        return statementsOf("GET /productions/{id} as " + who.username(),
                () -> as(who).get("/productions/{id}", production).then().extract().statusCode());
    }

    private static List<String> firstPage(Person who) {
        return statementsOf("GET /productions?page=0&size=20 as " + who.username(),
                () -> as(who).get("/productions?page=0&size=20").then().extract().statusCode());
    }

    private static List<String> tasks(Person who) {
        return statementsOf("GET /tasks as " + who.username(),
                () -> as(who).get("/tasks").then().extract().statusCode());
    }

    private static List<String> home(Person who) {
        return statementsOf("GET /home as " + who.username(),
                () -> as(who).get("/home").then().extract().statusCode());
    }

    // The bounds. A production by id: one statement, the production with its feedback rounds (who may read it), its
    // milestones and its maintenance tasks as one JSON document, which also says whether anything waits to be bound to
    // the caller's address (binding, and a second read, only when something waits). A page: the pending check, the page, the milestones of its productions in one query, and
    // the count of all visible productions only when the page is full. No statement per production on the page.

    @Test
    void aProductionByIdAsAdmin() {
        atMost(1, getById(ADA));
    }

    @Test
    void aProductionByIdAsConsultant() {
        atMost(1, getById(CARLA));
    }

    @Test
    void aProductionByIdAsItsInstructor() {
        atMost(1, getById(IDA));
    }

    @Test
    void aPageAsAdmin() {
        atMost(4, firstPage(ADA));
    }

    @Test
    void aPageAsItsInstructor() {
        atMost(4, firstPage(IDA));
    }

    // The home (getMyProductionHome) is the task inbox and the first page, each read as its own operation reads it:
    // never more than the two requests it saves, whatever they cost.

    @Test
    void theHomeAsItsInstructorCostsNoMoreThanTheInboxAndThePage() {
        atMost(tasks(IDA).size() + firstPage(IDA).size(), home(IDA));
    }

    @Test
    void theHomeAsConsultantCostsNoMoreThanTheInboxAndThePage() {
        atMost(tasks(CARLA).size() + firstPage(CARLA).size(), home(CARLA));
    }

    @Test
    void aReadWritesNothing() {
        List<String> statements = new ArrayList<>(getById(IDA));
        statements.addAll(firstPage(IDA));
        statements.addAll(home(IDA));
        onlyReads(statements);
    }
}
