package dk.mooc.proposal.performance;

import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.proposal.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dk.mooc.proposal.Workflow.ADA;
import static dk.mooc.proposal.Workflow.CHRIS;
import static dk.mooc.proposal.Workflow.IDA;
import static dk.mooc.proposal.Workflow.as;
import static dk.mooc.platform.testing.StatementLog.atMost;
import static dk.mooc.platform.testing.StatementLog.onlyReads;
import static dk.mooc.platform.testing.StatementLog.statementsOf;

/**
 * How many SQL statements a read of proposals costs (docs/performance.md, "Statements per request"): every one is a
 * round trip to PostgreSQL, and round trips are where the service's requests wait. Counted with Hibernate's statement
 * inspector ({@link StatementLog}) on the module's real PostgreSQL.
 */
@QuarkusTest
class StatementsPerRequestTest {

    private static String submitted;

    @BeforeEach
    void proposals() {
        // once: a submitted proposal (admin, committee and its instructor see it) and a draft beside it
        if (submitted == null) {
            submitted = Workflow.submitted("Statements per request " + UUID.randomUUID());
            Workflow.create(IDA, "Statements per request, a draft");
        }
    }

    private static List<String> getById(Person who) {
        return statementsOf("GET /proposals/{id} as " + who.username(),
                () -> as(who).get("/proposals/{id}", submitted).then().extract().statusCode());
    }

    private static List<String> firstPage(Person who) {
        return statementsOf("GET /proposals?page=0&size=20 as " + who.username(),
                () -> as(who).get("/proposals?page=0&size=20").then().extract().statusCode());
    }

    // The bounds. A proposal by id: the proposal with its team bindings in one query; for an instructor (whom a team
    // entry can grant access) one read before it, whether an entry listing their address waits to be bound (a write
    // and its transaction only when one does). A page: the page, the team bindings of its proposals in one query, and
    // the count of all visible rows only when the page is full (a page that is not full says how many there are); the
    // instructor's pending-entry read on top. No statement per proposal on the page.

    @Test
    void aProposalByIdAsAdmin() {
        atMost(1, getById(ADA));
    }

    @Test
    void aProposalByIdAsCommittee() {
        atMost(1, getById(CHRIS));
    }

    @Test
    void aProposalByIdAsItsInstructor() {
        atMost(2, getById(IDA));
    }

    @Test
    void aPageAsAdmin() {
        atMost(3, firstPage(ADA));
    }

    @Test
    void aPageAsCommittee() {
        atMost(3, firstPage(CHRIS));
    }

    @Test
    void aPageAsInstructor() {
        atMost(4, firstPage(IDA));
    }

    @Test
    void aReadWritesNothing() {
        // an instructor's reads with nothing to bind only read
        List<String> statements = new java.util.ArrayList<>(getById(IDA));
        statements.addAll(firstPage(IDA));
        onlyReads(statements);
    }
}
