package dk.mooc.proposal.performance;

import dk.mooc.platform.testing.QueryPlans;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.proposal.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.UUID;

import static dk.mooc.proposal.Workflow.ADA;
import static dk.mooc.proposal.Workflow.BO;
import static dk.mooc.proposal.Workflow.CARLA;
import static dk.mooc.proposal.Workflow.CHRIS;
import static dk.mooc.proposal.Workflow.HANS;
import static dk.mooc.proposal.Workflow.IDA;
import static dk.mooc.proposal.Workflow.as;

/**
 * A full page's count reads an index alone, for every role's scope (V20__proposal_visibility_index.sql): a proposal
 * row is wide (its whole application), and a count that reads the rows themselves costs several times one that reads a
 * narrow index (docs/performance.md). The count is the statement the service really issues for a full page (a page of
 * one), and its plan is checked as {@link QueryPlans} describes.
 */
@QuarkusTest
class ListCountPlanTest {

    /** Every role that widens a scope at once: own proposals, team entries, consultations, both endorsements, committee. */
    private static final Person MAX = TestTokens.person("max", "Compute",
            "instructor", "consultant", "board", "head", "committee");

    private static boolean seeded;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void proposals() {
        // once: a proposal taken to the committee, so that every role below sees at least one and a page of one is full
        if (!seeded) {
            Workflow.submitted("Count plans " + UUID.randomUUID());
            Workflow.create(MAX, "Count plans, Max's own");
            seeded = true;
        }
    }

    @Test
    void adminsCountReadsAnIndexOnly() throws SQLException {
        assertIndexOnly(ADA);
    }

    @Test
    void committeesCountReadsAnIndexOnly() throws SQLException {
        assertIndexOnly(CHRIS);
    }

    @Test
    void instructorsCountReadsAnIndexOnly() throws SQLException {
        assertIndexOnly(IDA);
    }

    @Test
    void consultantsCountReadsAnIndexOnly() throws SQLException {
        assertIndexOnly(CARLA);
    }

    @Test
    void boardsAndHeadsCountsReadAnIndexOnly() throws SQLException {
        assertIndexOnly(BO);
        assertIndexOnly(HANS);
    }

    @Test
    void everyRoleAtOnceCountsFromAnIndexOnly() throws SQLException {
        assertIndexOnly(MAX);
    }

    private void assertIndexOnly(Person who) throws SQLException {
        String count = QueryPlans.countStatementOf("proposal",
                () -> as(who).get("/proposals?page=0&size=1").then().statusCode(200));
        QueryPlans.assertIndexOnly("proposal", QueryPlans.indexScanPlan(dataSource, count), who.username(), count);
    }
}
