package dk.mooc.proposal.performance;

import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.proposal.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static dk.mooc.proposal.Workflow.ADA;
import static dk.mooc.proposal.Workflow.CHRIS;
import static dk.mooc.proposal.Workflow.IDA;
import static dk.mooc.proposal.Workflow.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many SQL statements a read of proposals costs (docs/performance.md, "Statements per request"): every one is a
 * round trip to PostgreSQL, and round trips are where the service's requests wait. Counted with Hibernate's statement
 * inspector ({@link StatementLog}) on the module's real PostgreSQL. The background jobs (the outbox relay, the mail
 * sender, the inbox) share the connection pool and may run during a request; their statements are not the request's.
 */
@QuarkusTest
class StatementsPerRequestTest {

    /** Tables only the background jobs touch, and the relay's leader lock. */
    private static final Pattern BACKGROUND = Pattern.compile("outbox_event|outgoing_mail|inbox_event|pg_try_advisory");

    private static String submitted;

    @BeforeEach
    void proposals() {
        // once: a submitted proposal (admin, committee and its instructor see it) and a draft beside it
        if (submitted == null) {
            submitted = Workflow.submitted("Statements per request " + UUID.randomUUID());
            Workflow.create(IDA, "Statements per request, a draft");
        }
    }

    /** The statements one request issues, after the same request once to warm up (first-use costs are not a read's). */
    private static List<String> statementsOf(String what, Supplier<Integer> request) {
        int warmUp = request.get();
        StatementLog.start();
        int status;
        List<String> sql;
        try {
            status = request.get();
        } finally {
            sql = StatementLog.stop();
        }
        assertTrue(warmUp == 200 && status == 200, what + " answered " + status);
        List<String> own = sql.stream().filter(s -> !BACKGROUND.matcher(s.toLowerCase(Locale.ROOT)).find()).toList();
        System.out.printf("%s: %d statement(s)%n", what, own.size());
        own.forEach(s -> System.out.println("    " + s));
        return own;
    }

    private static List<String> getById(Person who) {
        return statementsOf("GET /proposals/{id} as " + who.username(),
                () -> as(who).get("/proposals/{id}", submitted).then().extract().statusCode());
    }

    private static List<String> firstPage(Person who) {
        return statementsOf("GET /proposals?page=0&size=20 as " + who.username(),
                () -> as(who).get("/proposals?page=0&size=20").then().extract().statusCode());
    }

    private static void atMost(int bound, List<String> statements) {
        assertTrue(statements.size() <= bound, statements.size() + " statements, at most " + bound + " expected: " + statements);
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
        List<String> statements = new java.util.ArrayList<>(getById(IDA));
        statements.addAll(firstPage(IDA));
        assertTrue(statements.stream().allMatch(s -> s.strip().toLowerCase(Locale.ROOT).startsWith("select")),
                "an instructor's reads with nothing to bind only read: " + statements);
    }
}
