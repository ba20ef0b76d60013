package dk.mooc.analytics.imports;

import dk.mooc.analytics.Exports;
import dk.mooc.analytics.config.LearnerKey;
import dk.mooc.analytics.generator.SyntheticCourseraExport;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static dk.mooc.analytics.Exports.put;
import static dk.mooc.analytics.Exports.small;
import static dk.mooc.analytics.Fixtures.CARLA;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.course;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learner ids are personal data (docs/analytics.md, "Personal data"): replaced at import by HMAC-SHA256 with the
 * learner key, so no raw id reaches a table or the log.
 */
@QuarkusTest
class PersonalDataTest {

    @org.junit.jupiter.api.BeforeEach
    void uploadAfterTheData() {
        Exports.uploadAfterTheData();
    }

    @org.junit.jupiter.api.AfterEach
    void resetTheClock() {
        dk.mooc.platform.web.Timestamps.reset();
    }

    /** The test profile's key (application.properties, %test), written out. */
    static final String TEST_KEY = "test-only-learner-key-never-for-real-exports";

    @Inject
    AgroalDataSource db;

    /** The pseudonym: the first 64 bits of HMAC-SHA256 of the id with the learner key, as a signed number. */
    static long hmac(String id) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TEST_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.nio.ByteBuffer.wrap(mac.doFinal(id.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    /** Every message logged while it is installed, formatted as the log shows it. */
    static final class Captured extends Handler {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(LogRecord r) {
            String message = r instanceof ExtLogRecord e ? e.getFormattedMessage() : r.getMessage();
            lines.add(r.getLoggerName() + " " + message + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void anImportedExportLeavesNoRawLearnerIdInAnyTableOrTheLog() throws Exception {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Path folder = Path.of("target", "generated-exports", "personal-" + moocId);
        SyntheticCourseraExport.write(SyntheticCourseraExport.Options.defaults().learners(150).seed(4242), folder);
        List<String> raw = new ArrayList<>();
        try (Stream<String> lines = Files.lines(SyntheticCourseraExport.file(folder, "users"))) {
            lines.skip(1).forEach(l -> raw.add(l.substring(0, l.indexOf(','))));
        }
        for (int i = 1; i <= 11; i++) {
            raw.add(String.format("u%02d", i));
        }
        assertEquals(161, raw.size());

        Captured log = new Captured();
        Logger root = Logger.getLogger("");
        root.addHandler(log);
        try {
            for (String table : Exports.TABLES) {
                put(CARLA, moocId, table, SyntheticCourseraExport.file(folder, table)).statusCode(200);
            }
            UUID small = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
            Exports.importSmall(IDA, small);
            // a refused line names the line and column, not the learner
            put(IDA, small, "course_memberships", "dtu_user_id,course_membership_role,course_membership_ts\n"
                    + "u01,LEARNER,yesterday\n").statusCode(400);
            put(IDA, small, "users", new String(small("users"), StandardCharsets.UTF_8) + "u10,Denmark\n").statusCode(400);
        } finally {
            root.removeHandler(log);
        }

        // the stored ids are the keyed hashes of the raw ones
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from coursera_learner where mooc_id = ? and user_id = ?")) {
            s.setObject(1, moocId);
            s.setLong(2, hmac(raw.get(0)));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(1, r.getLong(1), "the first learner under its pseudonym");
            }
        }

        // every text column of every table, searched for every raw id
        List<String> columns = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select table_name, column_name from information_schema.columns"
                    + " where table_schema = current_schema() and data_type in ('text', 'character varying', 'character', 'jsonb')"
                    + " order by table_name, column_name");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1) + "." + r.getString(2));
                }
            }
            assertTrue(columns.containsAll(List.of("coursera_progress.item_id", "export_import.problem",
                            "export_import.problem_params", "export_import_table.problem_params")),
                    columns.toString());
            // the learner columns hold the 64-bit pseudonyms: numbers, which no raw id can hide in
            try (PreparedStatement s = c.prepareStatement("select table_name || '.' || data_type from"
                    + " information_schema.columns where table_schema = current_schema() and column_name = 'user_id'"
                    + " order by table_name");
                 ResultSet r = s.executeQuery()) {
                List<String> types = new ArrayList<>();
                while (r.next()) {
                    types.add(r.getString(1));
                }
                // (coursera_earlier_learner: the learners still in the data who enrolled before a retention deletion)
                assertEquals(List.of("coursera_earlier_learner.bigint", "coursera_grade.bigint", "coursera_learner.bigint", "coursera_membership.bigint",
                        "coursera_progress.bigint", "coursera_rating.bigint"), types);
            }
            for (String column : columns) {
                String[] tc = column.split("\\.");
                try (PreparedStatement s = c.prepareStatement("select count(*) from \"" + tc[0] + "\" t, unnest(?) r(id)"
                        + " where position(r.id in t.\"" + tc[1] + "\"::text) > 0")) {
                    s.setArray(1, c.createArrayOf("text", raw.toArray()));
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        assertEquals(0, r.getLong(1), column + " holds a raw learner id");
                    }
                }
            }
        }

        List<String> lines = List.copyOf(log.lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("completed")) && lines.stream().anyMatch(l -> l.contains("rejected")),
                "the imports and the refusals were logged: " + lines.size() + " lines");
        for (String line : lines) {
            for (String id : raw) {
                assertTrue(!line.contains(id), "the log holds raw id " + id + ": " + line);
            }
        }
    }

    @Test
    void withoutALearnerKeyTheServiceDoesNotStart() {
        IllegalStateException unset = assertThrows(IllegalStateException.class, () -> LearnerKey.check(Optional.empty()));
        assertTrue(unset.getMessage().startsWith("mooc.analytics.learner-key is not set: set MOOC_ANALYTICS_LEARNER_KEY"),
                unset.getMessage());
        assertThrows(IllegalStateException.class, () -> LearnerKey.check(Optional.of("   ")));
        IllegalStateException weak = assertThrows(IllegalStateException.class, () -> LearnerKey.check(Optional.of("secret")));
        assertTrue(weak.getMessage().contains("shorter than 32 characters"), weak.getMessage());
        assertArrayEquals("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8),
                LearnerKey.check(Optional.of("0123456789abcdef0123456789abcdef")));
    }
}
