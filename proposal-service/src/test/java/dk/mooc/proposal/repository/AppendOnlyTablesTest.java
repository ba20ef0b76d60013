package dk.mooc.proposal.repository;

import dk.mooc.proposal.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.mooc.proposal.Workflow.IDA;
import static dk.mooc.proposal.Workflow.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history and the frozen versions are protected by the database itself (docs/proposals.md, "Basics"): plain
 * JDBC against the real PostgreSQL, as any client with the service's credentials would write, cannot change or
 * delete a row.
 */
@QuarkusTest
class AppendOnlyTablesTest {

    @Inject
    DataSource dataSource;

    private static final String VERSIONS = "select number || '|' || content_hash || '|' || submitted_at || '|' || content::text"
            + " from proposal_version where proposal_id = ? order by number";
    private static final String HISTORY = "select id || '|' || at || '|' || actor_id || '|' || actor_name || '|' || action"
            + " || '|' || coalesce(detail, '') || '|' || params::text || '|' || proposal_version from proposal_history where proposal_id = ?"
            + " order by id";

    private static List<String> rows(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
            return rows;
        }
    }

    /** Runs one statement on its own; returns the database's refusal. */
    private static SQLException refused(Connection c, String sql, UUID id) {
        return assertThrows(SQLException.class, () -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, id);
                s.executeUpdate();
            }
        }, sql);
    }

    @Test
    void frozenVersionsRefuseUpdateAndDelete() throws SQLException {
        UUID id = UUID.fromString(Workflow.submitted("Frozen version " + System.nanoTime()));
        String hash = as(IDA).get("/proposals/{id}", id).then().statusCode(200).extract().path("contentHash");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            List<String> before = rows(c, VERSIONS, id);
            assertEquals(1, before.size(), "version 1 was frozen at submission: " + before);
            assertTrue(before.get(0).startsWith("1|" + hash + "|"), before.get(0));

            SQLException update = refused(c, "update proposal_version set content_hash = repeat('0', 64),"
                    + " content = '{}'::jsonb where proposal_id = ?", id);
            assertTrue(update.getMessage().contains("proposal_version rows are immutable"), update.getMessage());
            SQLException delete = refused(c, "delete from proposal_version where proposal_id = ?", id);
            assertTrue(delete.getMessage().contains("proposal_version rows are immutable"), delete.getMessage());

            assertEquals(before, rows(c, VERSIONS, id), "the frozen version is exactly as it was");
        }
        as(IDA).get("/proposals/{id}/versions/1", id).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.startsWith("Frozen version "));
    }

    @Test
    void theHistoryRefusesUpdateAndDelete() throws SQLException {
        UUID id = UUID.fromString(Workflow.submitted("Append-only history " + System.nanoTime()));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            List<String> before = rows(c, HISTORY, id);
            // created, consultation requested/assigned/recorded, endorsements requested, approved, signed, submitted
            assertEquals(8, before.size(), "the whole workflow is in the history: " + before);

            SQLException update = refused(c, "update proposal_history set actor_name = 'Mallory', action = 'NOTHING'"
                    + " where proposal_id = ?", id);
            assertTrue(update.getMessage().contains("proposal_history is append-only"), update.getMessage());
            SQLException delete = refused(c, "delete from proposal_history where proposal_id = ?", id);
            assertTrue(delete.getMessage().contains("proposal_history is append-only"), delete.getMessage());

            assertEquals(before, rows(c, HISTORY, id), "every history row is exactly as it was");
        }
    }
}
