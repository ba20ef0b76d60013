package dk.mooc.analytics.imports;

import dk.mooc.analytics.Exports;
import dk.mooc.analytics.generator.SyntheticCourseraExport;
import dk.mooc.analytics.generator.SyntheticCourseraExport.Counts;
import dk.mooc.analytics.ExportImport;
import dk.mooc.analytics.ImportStatus;
import dk.mooc.platform.web.Timestamps;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;

import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.analytics.Exports.put;
import static dk.mooc.analytics.Exports.small;
import static dk.mooc.analytics.Fixtures.ADA;
import static dk.mooc.analytics.Fixtures.BO;
import static dk.mooc.analytics.Fixtures.CARLA;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.MADS;
import static dk.mooc.analytics.Fixtures.OLE;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Imports of Coursera export tables over HTTP: the small hand-made export, every kind of malformed input (rejected
 * with table, line and column, nothing kept), idempotent re-import, access, and a moderately large generated export.
 */
@QuarkusTest
class ExportImportTest {

    @org.junit.jupiter.api.BeforeEach
    void uploadAfterTheData() {
        Exports.uploadAfterTheData();
    }

    static Map<String, Integer> rows(UUID moocId) {
        Map<String, Integer> rows = new java.util.HashMap<>();
        as(ADA).get("/courses/{id}/exports", moocId).then().statusCode(200).extract().jsonPath()
                .getList("$", Map.class).forEach(m -> rows.put((String) m.get("table"), ((Number) m.get("rows")).intValue()));
        return rows;
    }

    @Test
    void theSmallExportImportsAndImportingItAgainChangesNothing() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        // rows read, rows stored (users: u10 is listed twice, the last line wins)
        // ratings: STAR and NPS answers of the same learner at the same time are two ratings (one per system)
        Map<String, int[]> expected = Map.of("course_passing_states", new int[] {4, 4},
                "course_progress_state_types", new int[] {3, 3}, "users", new int[] {12, 11},
                "course_memberships", new int[] {17, 17}, "course_progress", new int[] {14, 14},
                "course_grades", new int[] {7, 7}, "feedback_course_ratings", new int[] {21, 21});
        for (String table : Exports.TABLES) {
            put(IDA, moocId, table, small(table)).statusCode(200)
                    .body("table", equalTo(table))
                    .body("status", equalTo("COMPLETED"))
                    .body("rowsRead", equalTo(expected.get(table)[0]))
                    .body("rowsChanged", equalTo(expected.get(table)[1]))
                    .body("importedBy", equalTo("ida"));
        }
        Map<String, Integer> before = rows(moocId);
        for (String table : Exports.TABLES) {
            assertEquals(expected.get(table)[1], before.get(table), table);
            put(CARLA, moocId, table, small(table)).statusCode(200)
                    .body("rowsRead", equalTo(expected.get(table)[0]))
                    .body("rowsChanged", equalTo(0));
        }
        assertEquals(before, rows(moocId), "importing the same export again changes nothing");
        as(IDA).get("/courses/{id}/imports?size=100", moocId).then().statusCode(200)
                .body("total", equalTo(14))
                .body("items[0].importedBy", equalTo("carla"))
                .body("items[0].status", equalTo("COMPLETED"));
    }

    @Test
    void aLaterExportUpdatesLearnersAndGradesAndAddsOnlyWhatIsNew() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Exports.importSmall(IDA, moocId);
        // u02 passes later; an older grade row does not overwrite a newer one; u12 is new
        put(IDA, moocId, "course_grades", """
                dtu_user_id,course_passing_state_id,course_grade_overall,course_grade_ts
                u02,1,0.82,2028-03-01 10:00:00
                u01,0,0.2,2027-09-05 10:00:00
                u12,0,0.05,2028-03-01 10:00:00
                """).statusCode(200).body("rowsRead", equalTo(3)).body("rowsChanged", equalTo(2));
        put(IDA, moocId, "users", "dtu_user_id,country_cd\nu03,CA\nu04,US\n").statusCode(200)
                .body("rowsChanged", equalTo(2));   // u03 moves to Canada; u04 loses its join time
        assertEquals(8, rows(moocId).get("course_grades"));
    }

    @Test
    void aKeyListedTwiceIsStoredAsItsTableSays() throws SQLException {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        // users and grades: the last line wins; a stored grade is replaced only by one as new or newer
        put(IDA, moocId, "users", "dtu_user_id,country_cd\nu01,DK\nu01,SE\n").statusCode(200)
                .body("rowsRead", equalTo(2)).body("rowsChanged", equalTo(1));
        put(IDA, moocId, "users", "dtu_user_id,country_cd\nu01,SE\n").statusCode(200).body("rowsChanged", equalTo(0));
        assertEquals("SE", stored("select country_code from coursera_learner where mooc_id = ?", moocId));
        String grades = "dtu_user_id,course_passing_state_id,course_grade_overall,course_grade_ts\n";
        put(IDA, moocId, "course_grades", grades + "u01,0,0.5,2027-10-01 10:00:00\nu01,1,0.1234565,2027-10-01 10:00:00\n")
                .statusCode(200).body("rowsChanged", equalTo(1));
        // rounded to six places as stored, half away from zero
        assertEquals("1 0.123457 2027-10-01T10:00Z", grade(moocId));
        put(IDA, moocId, "course_grades", grades + "u01,0,0.9,2027-09-20 10:00:00\n").statusCode(200)
                .body("rowsChanged", equalTo(0));
        put(IDA, moocId, "course_grades", grades + "u01,1,0.123457,2027-10-01 10:00:00\n").statusCode(200)
                .body("rowsChanged", equalTo(0));
        assertEquals("1 0.123457 2027-10-01T10:00Z", grade(moocId));
        put(IDA, moocId, "course_grades", grades + "u01,2,0.95,2027-11-01 10:00:00\n").statusCode(200)
                .body("rowsChanged", equalTo(1));
        assertEquals("2 0.950000 2027-11-01T10:00Z", grade(moocId));

        // memberships: a role log, each row once
        String members = "dtu_user_id,course_membership_role,course_membership_ts\n";
        put(IDA, moocId, "course_memberships", members + "u01,LEARNER,2027-09-02 10:00:00\nu01,LEARNER,2027-09-02 10:00:00\n"
                + "u01,NOT_ENROLLED,2027-09-02 10:00:00\n").statusCode(200).body("rowsChanged", equalTo(2));
        put(IDA, moocId, "course_memberships", members + "u01,LEARNER,2027-09-02 10:00:00\n").statusCode(200)
                .body("rowsChanged", equalTo(0));

        // ratings, keyed by learner, system and time: the first line of a key counts, and a stored rating stays
        String ratings = "dtu_user_id,feedback_system,feedback_rating,feedback_max_rating,feedback_ts\n";
        put(IDA, moocId, "feedback_course_ratings", ratings + "u01,STAR,4,5,2027-10-02 10:00:00\n"
                + "u01,STAR,2,5,2027-10-02 10:00:00\nu01,NPS_FIRST_WEEK,9,10,2027-10-02 10:00:00\n").statusCode(200)
                .body("rowsRead", equalTo(3)).body("rowsChanged", equalTo(2));
        put(IDA, moocId, "feedback_course_ratings", ratings + "u01,STAR,1,5,2027-10-02 10:00:00\n").statusCode(200)
                .body("rowsChanged", equalTo(0));
        assertEquals("NPS_FIRST_WEEK 9, STAR 4", stored("select string_agg(feedback_system || ' ' || rating, ', '"
                + " order by feedback_system) from coursera_rating where mooc_id = ?", moocId));
        assertEquals(Map.of("users", 1, "course_grades", 1, "course_memberships", 2, "feedback_course_ratings", 2,
                "course_progress", 0, "course_passing_states", 0, "course_progress_state_types", 0), rows(moocId));
    }

    private String grade(UUID moocId) throws SQLException {
        return stored("select passing_state || ' ' || overall_grade || ' '"
                + " || to_char(graded_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI\"Z\"') from coursera_grade where mooc_id = ?", moocId);
    }

    /** The one value a query about the course's stored rows answers. */
    private String stored(String sql, UUID moocId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, moocId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                String v = r.getString(1);
                assertFalse(r.next(), "one row: " + sql);
                return v;
            }
        }
    }

    static void rejected(ValidatableResponse r, String table, int line, String column, String detailPart) {
        r.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("table", equalTo(table))
                .body("line", equalTo(line))
                .body("column", column == null ? nullValue() : equalTo(column))
                .body("code", notNullValue())
                .body("detail", containsString(detailPart))
                .body("detail", containsString("Nothing of the file was imported"));
    }

    @Test
    void everyKindOfMalformedFileIsRejectedWithTableLineAndColumnAndNothingOfItIsKept() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        String members = "dtu_user_id,course_id,course_membership_role,course_membership_ts\n"
                + "u01,qc,LEARNER,2027-09-01 10:00:00\n"
                + "u02,qc,LEARNER,2027-09-02 10:00:00\n";
        // the header
        rejected(put(IDA, moocId, "course_memberships", ""), "course_memberships", 1, null, "empty");
        rejected(put(IDA, moocId, "course_memberships", "dtu_user_id,course_membership_role\nu01,LEARNER\n"),
                "course_memberships", 1, "course_membership_ts", "missing from the header");
        rejected(put(IDA, moocId, "course_memberships", "learner,course_membership_role,course_membership_ts\n"),
                "course_memberships", 1, "user_id", "no user id column");
        rejected(put(IDA, moocId, "course_memberships", "dtu_user_id,course_membership_role,course_membership_role,"
                + "course_membership_ts\n"), "course_memberships", 1, "course_membership_role", "appears twice");
        // the shape of a line
        rejected(put(IDA, moocId, "course_memberships", members + "u03,qc,LEARNER\n"),
                "course_memberships", 4, "course_membership_ts", "3 values, the header 4 columns");
        rejected(put(IDA, moocId, "course_memberships", members + "u03,qc,LEARNER,2027-09-02 10:00:00,extra\n"),
                "course_memberships", 4, null, "5 values");
        rejected(put(IDA, moocId, "course_memberships", members + "u03,\"qc,LEARNER,2027-09-02 10:00:00\n"),
                "course_memberships", 4, null, "not closed");
        rejected(put(IDA, moocId, "course_memberships", members + "u03,q\"c,LEARNER,2027-09-02 10:00:00\n"),
                "course_memberships", 4, null, "quote inside an unquoted value");
        rejected(put(IDA, moocId, "users", ("dtu_user_id,country_cd\nu01,DK\nS\u00f8ren,DK\n").getBytes(StandardCharsets.ISO_8859_1)),
                "users", 3, null, "not UTF-8");
        // values
        rejected(put(IDA, moocId, "course_memberships", members + "u03,qc,LEARNER,yesterday\n"),
                "course_memberships", 4, "course_membership_ts", "not a timestamp");
        rejected(put(IDA, moocId, "course_memberships", members + "u03,qc,LEARNER,2027-02-30 10:00:00\n"),
                "course_memberships", 4, "course_membership_ts", "not a valid date");
        rejected(put(IDA, moocId, "course_memberships", members + "u03,qc,LERNER,2027-09-02 10:00:00\n"),
                "course_memberships", 4, "course_membership_role", "is not one of");
        rejected(put(IDA, moocId, "course_memberships", members + ",qc,LEARNER,2027-09-02 10:00:00\n"),
                "course_memberships", 4, "user_id", "is empty");
        rejected(put(IDA, moocId, "course_memberships", members + "u 03,qc,LEARNER,2027-09-02 10:00:00\n"),
                "course_memberships", 4, "user_id", "is not an id");
        rejected(put(IDA, moocId, "feedback_course_ratings", "dtu_user_id,feedback_rating,feedback_ts\n"
                + "u01,5,2027-11-30 11:00:00\nu02,6,2027-11-30 11:00:00\n"), "feedback_course_ratings", 3, "feedback_rating",
                "between 1 and 5");
        rejected(put(IDA, moocId, "feedback_course_ratings", "dtu_user_id,feedback_rating,feedback_max_rating,feedback_ts\n"
                + "u01,5,10,2027-11-30 11:00:00\n"), "feedback_course_ratings", 2, "feedback_max_rating",
                "is 10, but STAR answers are on a scale to 5");
        String ratings = "dtu_user_id,feedback_system,feedback_rating,feedback_max_rating,feedback_ts\n"
                + "u01,STAR,5,5,2027-11-30 11:00:00\nu01,NPS_END_OF_COURSE,0,10,2027-11-30 11:00:00\n";
        rejected(put(IDA, moocId, "feedback_course_ratings", ratings + "u02,NPS_FIRST_WEEK,11,10,2027-11-30 11:00:00\n"),
                "feedback_course_ratings", 4, "feedback_rating", "between 0 and 10");
        rejected(put(IDA, moocId, "feedback_course_ratings", ratings + "u02,NPS_FIRST_WEEK,4,5,2027-11-30 11:00:00\n"),
                "feedback_course_ratings", 4, "feedback_max_rating", "is 5, but NPS_FIRST_WEEK answers are on a scale to 10");
        rejected(put(IDA, moocId, "feedback_course_ratings", ratings + "u02,STAR,0,5,2027-11-30 11:00:00\n"),
                "feedback_course_ratings", 4, "feedback_rating", "between 1 and 5");
        rejected(put(IDA, moocId, "feedback_course_ratings", ratings + "u02,NPS_MIDDLE,4,10,2027-11-30 11:00:00\n"),
                "feedback_course_ratings", 4, "feedback_system", "is not one of NPS_END_OF_COURSE, NPS_FIRST_WEEK, STAR");
        rejected(put(IDA, moocId, "course_grades", "dtu_user_id,course_passing_state_id,course_grade_overall,course_grade_ts\n"
                + "u01,1,90%,2027-11-30 10:00:00\n"), "course_grades", 2, "course_grade_overall", "not a number");
        rejected(put(IDA, moocId, "course_grades", "dtu_user_id,course_passing_state_id,course_grade_overall,course_grade_ts\n"
                + "u01,1,1.5,2027-11-30 10:00:00\n"), "course_grades", 2, "course_grade_overall", "between 0 and 1");
        rejected(put(IDA, moocId, "course_progress", "dtu_user_id,course_item_id,course_progress_state_type_id,"
                + "course_progress_ts\nu01,i1,3,2027-09-01 10:00:00\n"), "course_progress", 2,
                "course_progress_state_type_id", "is 3, not one of the course's progress states (0 = not started,"
                        + " 1 = started, 2 = completed)");
        rejected(put(IDA, moocId, "course_grades", "dtu_user_id,course_passing_state_id,course_grade_overall,course_grade_ts\n"
                + "u01,1,0.9,2027-11-30 10:00:00\nu02,-2,0.1,2027-11-30 10:00:00\n"), "course_grades", 3,
                "course_passing_state_id", "between -1 and 99");
        rejected(put(IDA, moocId, "course_passing_states", "course_passing_state_id,course_passing_state_desc\n1,\n"),
                "course_passing_states", 2, "course_passing_state_desc", "is empty or NA");
        rejected(put(IDA, moocId, "users", "dtu_user_id,country_cd\nu01,Denmark\n"), "users", 2, "country_cd",
                "two-letter country code");
        rejected(put(IDA, moocId, "course_memberships", members + "u03,qc,LEARNER,1999-12-31 10:00:00\n"),
                "course_memberships", 4, "course_membership_ts", "outside 2000");

        Map<String, Integer> rows = rows(moocId);
        rows.forEach((table, n) -> assertEquals(0, n, table + ": nothing of a rejected file is kept"));
        as(IDA).get("/courses/{id}/imports?size=1", moocId).then()
                .body("items[0].status", equalTo("REJECTED"))
                .body("items[0].problemLine", equalTo(4))
                .body("items[0].problemColumn", equalTo("course_membership_ts"))
                .body("items[0].problemCode", equalTo("TIME_OUT_OF_RANGE"))
                .body("items[0].problemParams", equalTo(Map.of("value", "1999-12-31 10:00:00")))
                .body("items[0].problem", nullValue())
                .body("items[0].tables[0].problemCode", equalTo("TIME_OUT_OF_RANGE"));

        // the same file without its bad line imports
        put(IDA, moocId, "course_memberships", members).statusCode(200).body("rowsChanged", equalTo(2));
        as(IDA).get("/courses/{id}/exports", moocId).then().body("find { it.table == 'course_memberships' }.rows", equalTo(2));
    }

    @Test
    void activityAfterTheUploadOrBeforeTheCoursesLaunchIsRefused() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Timestamps.use(Clock.fixed(java.time.Instant.parse("2028-03-01T12:00:00Z"), java.time.ZoneOffset.UTC));
        String progress = "dtu_user_id,course_item_id,course_progress_state_type_id,course_progress_ts\n"
                + "u01,i1,1,2027-09-01 00:00:00\n";
        rejected(put(IDA, moocId, "course_progress", progress + "u02,i1,1,2028-03-01 12:00:01\n"), "course_progress", 3,
                "course_progress_ts", "is after the upload (2028-03-01T12:00:00Z)");
        rejected(put(IDA, moocId, "course_progress", progress + "u02,i1,1,2027-08-31 23:59:59\n"), "course_progress", 3,
                "course_progress_ts", "is before the course's launch on 2027-09-01");
        rejected(put(IDA, moocId, "feedback_course_ratings", "dtu_user_id,feedback_system,feedback_rating,feedback_ts\n"
                + "u01,NPS_FIRST_WEEK,9,2027-08-30 10:00:00\n"), "feedback_course_ratings", 2, "feedback_ts",
                "is before the course's launch");
        rejected(put(IDA, moocId, "course_grades", "dtu_user_id,course_passing_state_id,course_grade_overall,course_grade_ts\n"
                + "u01,1,0.9,2029-01-01 00:00:00\n"), "course_grades", 2, "course_grade_ts", "is after the upload");
        rejected(put(IDA, moocId, "course_memberships", "dtu_user_id,course_membership_role,course_membership_ts\n"
                + "u01,LEARNER,2028-03-02 00:00:00\n"), "course_memberships", 2, "course_membership_ts", "is after the upload");
        rejected(put(IDA, moocId, "users", "dtu_user_id,country_cd,user_join_ts\nu01,DK,2028-04-01 00:00:00\n"),
                "users", 2, "user_join_ts", "is after the upload");
        // a pre-enrolment before the launch, a join years before, and activity up to the upload's second are true
        put(IDA, moocId, "course_memberships", "dtu_user_id,course_membership_role,course_membership_ts\n"
                + "u01,PRE_ENROLLED_LEARNER,2027-08-20 10:00:00\n").statusCode(200).body("rowsChanged", equalTo(1));
        put(IDA, moocId, "users", "dtu_user_id,country_cd,user_join_ts\nu01,DK,2020-01-01 00:00:00\n").statusCode(200);
        put(IDA, moocId, "course_progress", progress + "u02,i1,1,2028-03-01 12:00:00\n").statusCode(200)
                .body("rowsChanged", equalTo(2));
    }

    @Test
    void unknownTablesAndOtherMediaTypesAreRefused() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        put(IDA, moocId, "course_forum_posts", "a,b\n").statusCode(404).body("detail", containsString("course_progress"));
        given().auth().oauth2(IDA.token()).contentType("application/json").body("{}")
                .put("/courses/{id}/exports/users", moocId).then().statusCode(415);
    }

    @Test
    void theInstructorAConsultantAndAnAdminImportOthersMayNot() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        String users = "user_id,country_cd\nu01,DK\n";
        put(IDA, moocId, "users", users).statusCode(200);
        put(CARLA, moocId, "users", users).statusCode(200);
        put(ADA, moocId, "users", users).statusCode(200);
        put(OLE, moocId, "users", users).statusCode(404);   // another instructor does not even see the course
        put(BO, moocId, "users", users).statusCode(403);    // the study board reads it but does not import
        put(MADS, moocId, "users", users).statusCode(403);
        given().contentType("text/csv").body(users).put("/courses/{id}/exports/users", moocId).then().statusCode(401);
        as(BO).get("/courses/{id}/imports", moocId).then().statusCode(200).body("total", equalTo(3));
        as(OLE).get("/courses/{id}/imports", moocId).then().statusCode(404);
        put(IDA, UUID.randomUUID(), "users", users).statusCode(404);
    }

    @Test
    void aModeratelyLargeGeneratedExportImportsWithEveryRowCounted() throws Exception {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Path folder = Path.of("target", "generated-exports", moocId.toString());
        Counts counts = SyntheticCourseraExport.write(SyntheticCourseraExport.Options.defaults().learners(2_500).seed(11),
                folder);
        assertEquals(true, counts.total() >= 50_000, "about 50,000 rows: " + counts.total());
        for (String table : Exports.TABLES) {
            long n = counts.byTable().get(table);
            put(CARLA, moocId, table, SyntheticCourseraExport.file(folder, table)).statusCode(200)
                    .body("rowsRead", equalTo((int) n))
                    .body("rowsChanged", equalTo((int) n));
        }
        Map<String, Integer> rows = rows(moocId);
        for (String table : Exports.TABLES) {
            assertEquals(counts.byTable().get(table).intValue(), rows.get(table), table + ": every generated row is stored");
        }
        put(CARLA, moocId, "course_progress", SyntheticCourseraExport.file(folder, "course_progress")).statusCode(200)
                .body("rowsChanged", equalTo(0));
        assertEquals(rows, rows(moocId));
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void resetClock() {
        Timestamps.reset();
    }

    /** Whether a transaction holds the import lock of one table of one course (PostgreSQL's advisory lock). */
    boolean importLockHeld(UUID moocId, String table) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select count(*) from pg_locks"
                + " where locktype = 'advisory' and granted and objsubid = 1 and objid = (hashtext(?)::bigint & 4294967295)::oid")) {
            s.setString(1, "export-import:" + moocId + ":" + table);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    @Test
    void aSecondImportOfTheSameTableWhileOneRunsIs409() throws Exception {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        // the first import's body is streamed by hand: its first lines now, its last line once the test says so
        HttpURLConnection first = (HttpURLConnection) base.resolve("courses/" + moocId + "/exports/course_memberships")
                .toURL().openConnection();
        first.setRequestMethod("PUT");
        first.setDoOutput(true);
        first.setChunkedStreamingMode(1024);
        first.setRequestProperty("Authorization", "Bearer " + IDA.token());
        first.setRequestProperty("Content-Type", "text/csv");
        OutputStream body = first.getOutputStream();
        body.write("dtu_user_id,course_membership_role,course_membership_ts\nu01,LEARNER,2027-09-01 10:00:00\n"
                .getBytes(StandardCharsets.UTF_8));
        body.flush();
        try {
            // the first import runs: it holds the table's lock, its body not yet read to the end
            await().atMost(Duration.ofSeconds(60)).until(() -> importLockHeld(moocId, "course_memberships"));

            put(CARLA, moocId, "course_memberships", "dtu_user_id,course_membership_role,course_membership_ts\n"
                    + "u03,LEARNER,2027-09-03 10:00:00\n").statusCode(409)
                    .body("type", equalTo("urn:mooc:problem:conflict"))
                    .body("detail", containsString("course_memberships"));
            // another table of the same course, and the same table of another course, import meanwhile
            put(CARLA, moocId, "users", "dtu_user_id,country_cd\nu01,DK\n").statusCode(200);
            UUID other = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
            put(CARLA, other, "course_memberships", "dtu_user_id,course_membership_role,course_membership_ts\n"
                    + "u03,LEARNER,2027-09-03 10:00:00\n").statusCode(200);
            assertTrue(importLockHeld(moocId, "course_memberships"), "the first import still runs");
        } finally {
            body.write("u02,LEARNER,2027-09-02 10:00:00\n".getBytes(StandardCharsets.UTF_8));
            body.close();
        }
        assertEquals(200, first.getResponseCode());
        JsonPath done = JsonPath.from(new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals(2, done.getInt("rowsRead"));
        assertEquals(2, rows(moocId).get("course_memberships"), "the first import's rows, none of the refused one");
        // and once it has finished, the table imports again
        put(CARLA, moocId, "course_memberships", "dtu_user_id,course_membership_role,course_membership_ts\n"
                + "u03,LEARNER,2027-09-03 10:00:00\n").statusCode(200).body("rowsChanged", equalTo(1));
    }

    /** An import record left RUNNING, as by a service stopped in the middle of the import. */
    static UUID cutOff(UUID moocId, String table, OffsetDateTime startedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ExportImport r = new ExportImport();
            r.id = UUID.randomUUID();
            r.moocId = moocId;
            r.table = table;
            r.status = ImportStatus.RUNNING;
            r.rowsRead = 300_000;
            r.startedAt = startedAt;
            r.importedBy = "ida";
            r.persist();
            return r.id;
        });
    }

    @Test
    void anImportCutOffOnTheWayIsMarkedFailedByTheNextImportOnceItsTimeoutHasPassed() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        OffsetDateTime start = Timestamps.now();
        UUID progress = cutOff(moocId, "course_progress", start);
        UUID users = cutOff(moocId, "users", start);
        String csv = "dtu_user_id,course_item_id,course_progress_state_type_id,course_progress_ts\nu01,i1,1,2027-09-02 10:00:00\n";

        // within the import timeout (2 h) it may still be running somewhere: it stays RUNNING
        Timestamps.use(Clock.offset(Timestamps.clock(), Duration.ofMinutes(119)));
        put(IDA, moocId, "course_progress", csv).statusCode(200);
        as(IDA).get("/courses/{id}/imports/{importId}", moocId, progress).then().statusCode(200)
                .body("status", equalTo("RUNNING")).body("finishedAt", nullValue());

        // after it, the next import of the course marks it FAILED, and the course's other imports cut off as long ago
        Timestamps.use(Clock.offset(Timestamps.clock(), Duration.ofMinutes(2)));
        OffsetDateTime now = Timestamps.now();
        put(IDA, moocId, "course_progress", csv).statusCode(200).body("rowsChanged", equalTo(0));
        String finished = as(IDA).get("/courses/{id}/imports/{importId}", moocId, progress).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("problemCode", equalTo("IMPORT_INTERRUPTED"))
                .body("problemParams", equalTo(Map.of()))
                .body("rowsRead", equalTo(300_000))
                .extract().path("finishedAt");
        assertFalse(OffsetDateTime.parse(finished).isBefore(now), "marked at the service's time: " + finished + " vs " + now);
        // (a running import of any table stops the whole export's upload, so none may stay RUNNING for ever)
        as(IDA).get("/courses/{id}/imports/{importId}", moocId, users).then().body("status", equalTo("FAILED"));
        put(IDA, moocId, "users", "dtu_user_id,country_cd\nu01,DK\n").statusCode(200);
    }
}
