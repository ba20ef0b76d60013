package dk.mooc.proposal.performance;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.proposal.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.mooc.proposal.Workflow.ADA;
import static dk.mooc.proposal.Workflow.BO;
import static dk.mooc.proposal.Workflow.CARLA;
import static dk.mooc.proposal.Workflow.CHRIS;
import static dk.mooc.proposal.Workflow.HANS;
import static dk.mooc.proposal.Workflow.IDA;
import static dk.mooc.proposal.Workflow.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full page's count reads an index alone, for every role's scope (V20__proposal_visibility_index.sql): a proposal
 * row is wide (its whole application), and a count that reads the rows themselves costs several times one that reads a
 * narrow index (docs/performance.md). The count is the statement the service really issues for a full page, taken with
 * Hibernate's statement inspector, and PostgreSQL is asked for its generic plan with sequential and bitmap scans
 * switched off, which leaves an index-only scan only where one index holds every column the scope tests. The module's
 * few rows would make PostgreSQL choose a sequential scan anyway, so what is checked is that the index-only plan
 * exists, not PostgreSQL's choice at 100,000 rows (which bench/run measures).
 */
@QuarkusTest
class ListCountPlanTest {

    /** Every role that widens a scope at once: own proposals, team entries, consultations, both endorsements, committee. */
    private static final Person MAX = TestTokens.person("max", "Compute",
            "instructor", "consultant", "board", "head", "committee");

    /** A plan node that reads the proposal table (not proposal_team_binding or another proposal_ table). */
    private static final Pattern READS_PROPOSAL = Pattern.compile(" on proposal(\\s|$)");

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
        String count = countStatementOf(who);
        List<String> plan = genericPlan(count);
        List<String> tableReads = plan.stream().filter(line -> READS_PROPOSAL.matcher(line).find()).toList();
        assertFalse(tableReads.isEmpty(), "the plan reads proposals somewhere: " + plan);
        assertTrue(tableReads.stream().allMatch(line -> line.contains("Index Only Scan")),
                who.username() + "'s count reads proposal rows, not an index alone:\n" + String.join("\n", plan)
                        + "\nfor: " + count);
    }

    /** The statement that counts the caller's proposals for a full page (a page of one, of which there are more). */
    private static String countStatementOf(Person who) {
        StatementLog.start();
        List<String> sql;
        try {
            as(who).get("/proposals?page=0&size=1").then().statusCode(200);
        } finally {
            sql = StatementLog.stop();
        }
        List<String> counts = sql.stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).contains("count(") && s.contains(" proposal "))
                .toList();
        assertEquals(1, counts.size(), who.username() + "'s page of one counts once: " + sql);
        return counts.get(0);
    }

    /**
     * PostgreSQL's generic plan for the statement (the one for any parameters), with only index scans allowed to read a
     * table. Prepared on the server, since JDBC binds every parameter it sends; executed with nulls, which a generic
     * plan does not look at.
     */
    private List<String> genericPlan(String sql) throws SQLException {
        int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                s.execute("set local enable_seqscan = off");
                s.execute("set local enable_bitmapscan = off");
                s.execute("set local plan_cache_mode = force_generic_plan");
                s.execute("prepare count_plan as " + numbered(sql));
                List<String> plan = new ArrayList<>();
                String nulls = String.join(", ", Collections.nCopies(parameters, "null"));
                try (ResultSet rs = s.executeQuery("explain execute count_plan" + (parameters == 0 ? "" : "(" + nulls + ")"))) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
                return plan;
            } finally {
                c.rollback();
                s.execute("deallocate all");
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** JDBC's {@code ?} parameters as PostgreSQL's {@code $1, $2, …}, for a statement prepared on the server. */
    private static String numbered(String sql) {
        Matcher m = Pattern.compile("\\?").matcher(sql);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("$" + (++n)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
