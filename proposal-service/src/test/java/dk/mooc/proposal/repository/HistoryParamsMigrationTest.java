package dk.mooc.proposal.repository;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * History lines written before codes and parameters (English sentences only) get their parameters from the
 * migration, and keep their sentence: the migrations run on a schema of their own, up to the version before,
 * where the old lines are written, and then to the end.
 */
@QuarkusTest
class HistoryParamsMigrationTest {

    /** A schema of the test's own, apart from the service's. */
    private static final String SCHEMA = "history_params_migration_" + System.nanoTime();

    @Inject
    DataSource dataSource;

    /**
     * Flyway on connections of its own: it sets the search path of the connections it uses, which must not reach
     * the service's pool.
     */
    private Flyway flyway(String target) {
        Config config = ConfigProvider.getConfig();
        return Flyway.configure()
                .dataSource(config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null))
                .schemas(SCHEMA).locations("classpath:db/migration").target(target).cleanDisabled(false).load();
    }

    @Test
    void oldSentencesBecomeParametersAndStayAsTheFallback() throws Exception {
        flyway("15").migrate();
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into " + SCHEMA + ".proposal (id, title, department, instructor_id, instructor_name, new_content, status,"
                    + " version, created_at, updated_at, launch_date) values ('" + id + "', 'Old', 'Compute', 'ida',"
                    + " 'Ida', true, 'LAUNCHED', 9, now(), now(), date '2027-09-01')");
            String[][] lines = {
                    {"CREATED", "Draft started"},
                    {"EDITED", "Changed: title, resources"},
                    {"ATTACHMENT_ADDED", "plan.pdf"},
                    {"CONSULTANT_ASSIGNED", "Consultant: Carla Consultant"},
                    {"CONSULTATION_RECORDED", "Consultation held on 2026-10-05"},
                    {"ENDORSEMENTS_REQUESTED", "Version 1 sent for endorsement to the study board and the Head of Department"},
                    {"BOARD_APPROVED", "Study board approved version 1: Fits our programme"},
                    {"HEAD_SIGNED", "Signed by the Head of Department, version 1 (SHA-256 0123456789ab…)"},
                    {"SUBMITTED", "Submitted to the steering committee"},
                    {"REVISION_REQUESTED", "Revision requested by the steering committee; version 2 is open (round 1): "
                            + "Make the video plan concrete"},
                    {"RESUBMITTED", "Version 2 resubmitted to the steering committee"},
                    {"APPROVED", "Approved by the steering committee (round 2)"},
                    {"WITHDRAWN", "Withdrawn: no budget"},
                    {"LAUNCHED", "Launched on Coursera: https://www.coursera.org/learn/q"},
            };
            try (PreparedStatement p = c.prepareStatement("insert into " + SCHEMA + ".proposal_history (proposal_id, at, actor_id,"
                    + " actor_name, action, detail, proposal_version) values (?, now(), 'ida', 'Ida', ?, ?, 1)")) {
                for (String[] line : lines) {
                    p.setObject(1, id);
                    p.setString(2, line[0]);
                    p.setString(3, line[1]);
                    p.executeUpdate();
                }
            }
        }
        flyway("latest").migrate();

        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> details = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("select action, params::text, detail from " + SCHEMA
                     + ".proposal_history where proposal_id = ? order by id")) {
            p.setObject(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    params.put(r.getString(1), r.getString(2));
                    details.put(r.getString(1), r.getString(3));
                }
            }
        }
        assertEquals("{}", params.get("CREATED"));
        assertEquals("{\"changedFields\": \"title, resources\"}", params.get("EDITED"));
        assertEquals("{\"fileName\": \"plan.pdf\"}", params.get("ATTACHMENT_ADDED"));
        assertEquals("{\"consultant\": \"Carla Consultant\"}", params.get("CONSULTANT_ASSIGNED"));
        assertEquals("{\"date\": \"2026-10-05\"}", params.get("CONSULTATION_RECORDED"));
        assertEquals("{\"version\": \"1\", \"requested\": \"BOTH\"}", params.get("ENDORSEMENTS_REQUESTED"));
        assertEquals("{\"comment\": \"Fits our programme\", \"version\": \"1\"}", params.get("BOARD_APPROVED"));
        assertEquals("{\"version\": \"1\", \"contentHash\": \"0123456789ab\"}", params.get("HEAD_SIGNED"));
        assertEquals("{\"version\": \"1\"}", params.get("SUBMITTED"));
        assertEquals("{\"round\": \"1\", \"comment\": \"Make the video plan concrete\", \"openVersion\": \"2\"}",
                params.get("REVISION_REQUESTED"));
        assertEquals("{\"version\": \"2\"}", params.get("RESUBMITTED"));
        assertEquals("{\"round\": \"2\"}", params.get("APPROVED"));
        assertEquals("{\"reason\": \"no budget\"}", params.get("WITHDRAWN"));
        assertEquals("{\"courseUrl\": \"https://www.coursera.org/learn/q\", \"launchDate\": \"2027-09-01\"}",
                params.get("LAUNCHED"));
        assertEquals("Consultant: Carla Consultant", details.get("CONSULTANT_ASSIGNED"), "the old sentence is kept");
        flyway("latest").clean();
    }
}
