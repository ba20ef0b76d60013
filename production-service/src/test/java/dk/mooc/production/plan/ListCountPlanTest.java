package dk.mooc.production.plan;

import dk.mooc.platform.testing.QueryPlans;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.production.launch.ProductionFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;

/**
 * A full page's count reads an index alone, for every role's scope (V27__production_visibility_index.sql): a production
 * row is wide (its plan and the proposal's snapshot, about 4 kB), and a count that reads the rows themselves cost 3 ms
 * at 100,000 productions against 0.4 ms from a narrow index (docs/performance.md). The count is the statement the
 * service really issues for a full page (a page of one), and its plan is checked as {@link QueryPlans} describes.
 */
@QuarkusTest
class ListCountPlanTest {

    static final Person ADA = TestTokens.person("ada", null, "admin");
    static final Person CARLA = TestTokens.person("carla", null, "consultant");
    static final Person IVY = TestTokens.person("ivy", "Compute", "instructor");
    static final Person BO = TestTokens.person("bo", "Compute", "board");
    /** Every role that widens a scope at once: own productions, teams, feedback rounds and the board's department. */
    static final Person MAX = TestTokens.person("max", "Compute", "instructor", "board");

    private static boolean seeded;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void production() throws Exception {
        // once: a production of Ivy's in Compute, which Bo and Max see as its department's board
        if (!seeded) {
            ProductionFixture.approved(IVY, CARLA, true);
            seeded = true;
        }
    }

    @Test
    void adminsCountReadsAnIndexOnly() throws SQLException {
        assertIndexOnly(ADA);
    }

    @Test
    void consultantsCountReadsAnIndexOnly() throws SQLException {
        assertIndexOnly(CARLA);
    }

    @Test
    void instructorsCountReadsAnIndexOnly() throws SQLException {
        assertIndexOnly(IVY);
    }

    @Test
    void boardsCountReadsAnIndexOnly() throws SQLException {
        assertIndexOnly(BO);
    }

    @Test
    void everyRoleAtOnceCountsFromAnIndexOnly() throws SQLException {
        assertIndexOnly(MAX);
    }

    private void assertIndexOnly(Person who) throws SQLException {
        String count = QueryPlans.countStatementOf("production",
                () -> given().auth().oauth2(who.token()).get("/productions?page=0&size=1").then().statusCode(200));
        QueryPlans.assertIndexOnly("production", QueryPlans.indexScanPlan(dataSource, count), who.username(), count);
    }
}
