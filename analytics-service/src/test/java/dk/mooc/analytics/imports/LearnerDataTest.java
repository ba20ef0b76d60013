package dk.mooc.analytics.imports;

import dk.mooc.analytics.Exports;
import dk.mooc.analytics.service.LearnerDataService;
import dk.mooc.platform.web.Timestamps;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static dk.mooc.analytics.Exports.small;
import static dk.mooc.analytics.Fixtures.ADA;
import static dk.mooc.analytics.Fixtures.CARLA;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.OLE;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Learner data is personal data (docs/analytics.md, "Personal data"): kept for the course's retention period, then
 * only the semester's figures; deleted by an administrator; replaced as a whole by an export. Checked on the small
 * hand-made export (2027-autumn and 2028-spring, see KpiTest): the KPIs must not change when the rows behind them go.
 */
@QuarkusTest
class LearnerDataTest {

    /** The learner tables and the column dating their rows. */
    private static final Map<String, String> DATED = Map.of("coursera_membership", "member_since",
            "coursera_progress", "progress_at", "coursera_rating", "rated_at", "coursera_grade", "graded_at");

    @Inject
    AgroalDataSource db;

    @Inject
    LearnerDataService learnerData;

    @BeforeEach
    void uploadAfterTheData() {
        Exports.uploadAfterTheData();
    }

    @AfterEach
    void resetTheClock() {
        Timestamps.reset();
    }

    private static UUID courseWithTheSmallExport() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Exports.importSmall(IDA, moocId);
        return moocId;
    }

    /** Everything the KPI pages show of the course: the semesters and each one's KPIs (top 2 countries). */
    private static Map<String, String> kpis(UUID moocId) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("semesters", as(IDA).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(200).extract().asString());
        for (String s : List.of("2027-spring", "2027-autumn", "2028-spring", "2028-autumn")) {
            all.put(s, as(IDA).queryParam("semester", s).queryParam("top", 2).get("/courses/{id}/kpis", moocId).then()
                    .statusCode(200).extract().asString());
        }
        return all;
    }

    private long count(String sql, UUID moocId) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, moocId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Learner rows of the course dated before the day (UTC midnight). */
    private long datedBefore(UUID moocId, String day) throws Exception {
        long n = 0;
        for (Map.Entry<String, String> t : DATED.entrySet()) {
            n += count("select count(*) from " + t.getKey() + " where mooc_id = ? and " + t.getValue() + " < timestamptz '"
                    + day + " 00:00:00+00'", moocId);
        }
        return n;
    }

    private long learnerRows(UUID moocId) throws Exception {
        long n = count("select count(*) from coursera_learner where mooc_id = ?", moocId);
        for (String table : DATED.keySet()) {
            n += count("select count(*) from " + table + " where mooc_id = ?", moocId);
        }
        return n;
    }

    @Test
    void pastTheRetentionOnlyTheSemestersFiguresRemainAndTheKpisStayAsTheyWere() throws Exception {
        UUID moocId = courseWithTheSmallExport();
        Map<String, String> before = kpis(moocId);
        long rowsBefore = learnerRows(moocId);
        long datedInAutumn = datedBefore(moocId, "2028-01-01");
        // u04, u05 and u11 have nothing dated after 2027: their users rows go with their other rows
        long usersOfAutumnOnly = count("select count(*) from coursera_learner l where mooc_id = ? and user_id in"
                + " (select user_id from coursera_membership where mooc_id = l.mooc_id group by user_id"
                + " having max(member_since) < timestamptz '2028-01-01 00:00:00+00')"
                + " and not exists (select 1 from coursera_progress p where p.mooc_id = l.mooc_id and p.user_id = l.user_id"
                + " and p.progress_at >= timestamptz '2028-01-01 00:00:00+00')"
                + " and not exists (select 1 from coursera_rating r where r.mooc_id = l.mooc_id and r.user_id = l.user_id"
                + " and r.rated_at >= timestamptz '2028-01-01 00:00:00+00')"
                + " and not exists (select 1 from coursera_grade g where g.mooc_id = l.mooc_id and g.user_id = l.user_id"
                + " and g.graded_at >= timestamptz '2028-01-01 00:00:00+00')", moocId);
        assertEquals(3, usersOfAutumnOnly, "u04, u05, u11 (the small export's hand count)");

        // today is 2030-01-15: with 24 months, 2027-autumn (ended 2028-01-01) has passed, 2028-spring (2028-07-01) not
        as(IDA).contentType("application/json").body("{\"months\":24}").put("/courses/{id}/learner-data/retention", moocId)
                .then().statusCode(403);
        as(ADA).contentType("application/json").body("{\"months\":6}").put("/courses/{id}/learner-data/retention", moocId)
                .then().statusCode(400).body("errors[0].field", equalTo("months"));
        JsonPath data = as(ADA).contentType("application/json").body("{\"months\":24}")
                .put("/courses/{id}/learner-data/retention", moocId).then().statusCode(200)
                .body("retentionMonths", equalTo(24))
                .body("defaultRetention", equalTo(false))
                .body("deletedBefore", equalTo("2028-01-01T00:00:00Z"))
                .body("semestersKept", contains("2027-autumn"))
                .body("deletions[0].reason", equalTo("RETENTION"))
                .body("deletions[0].deletedBy", equalTo("retention"))
                .body("deletions[0].semestersKept", equalTo(1))
                // the oldest row left is u06's membership at 2028-01-01 00:00: 2028-spring's rows go on 2030-07-01
                .body("oldestRow", equalTo("2028-01-01T00:00:00Z"))
                .body("nextDeletion", equalTo("2030-07-01"))
                .extract().jsonPath();
        assertEquals(datedInAutumn + usersOfAutumnOnly, data.getLong("deletions[0].rowsDeleted"));
        assertEquals(0, datedBefore(moocId, "2028-01-01"));
        assertEquals(rowsBefore - datedInAutumn - usersOfAutumnOnly, learnerRows(moocId));
        assertEquals(before, kpis(moocId), "the KPIs of both semesters, their trend and enrolled to date, as before");

        // the export imported again brings 2027's rows back: they are deleted again at once, and nothing changes
        Exports.importSmall(IDA, moocId);
        assertEquals(0, datedBefore(moocId, "2028-01-01"));
        assertEquals(before, kpis(moocId));
        assertEquals(rowsBefore - datedInAutumn - usersOfAutumnOnly, learnerRows(moocId));
    }

    @Test
    void theRetentionJobKeepsEverySemestersFiguresOnceAndDeletesAllRowsPastTheDefault() throws Exception {
        UUID moocId = courseWithTheSmallExport();
        Map<String, String> before = kpis(moocId);
        long rows = learnerRows(moocId);
        // the default is 36 months after the semester's end: 2027-autumn's rows go on 2031-01-01, 2028-spring's on
        // 2031-07-01
        learnerData.applyRetention(LocalDate.of(2030, 12, 31));
        assertEquals(rows, learnerRows(moocId), "nothing past 36 months on 2030-12-31");
        learnerData.applyRetention(LocalDate.of(2031, 7, 1));
        // only u08's grade of 2028-07-02 (and u08's users row) is left
        assertEquals(0, datedBefore(moocId, "2028-07-01"));
        assertEquals(2, learnerRows(moocId));
        as(ADA).get("/courses/{id}/learner-data", moocId).then().statusCode(200)
                .body("retentionMonths", equalTo(36))
                .body("defaultRetention", equalTo(true))
                .body("deletedBefore", equalTo("2028-07-01T00:00:00Z"))
                .body("semestersKept", contains("2027-autumn", "2028-spring"))
                .body("deletions.size()", equalTo(1))
                .body("deletions[0].semestersKept", equalTo(2));
        Timestamps.startOn(LocalDate.of(2031, 7, 1));
        // the kept figures of both semesters; 2028-autumn is counted from the rows left and the kept learners to date
        assertEquals(before, kpis(moocId));
        // a second run on the same day finds nothing more to do
        long left = learnerRows(moocId);
        assertEquals(0, learnerData.applyRetention(LocalDate.of(2031, 7, 1)));
        assertEquals(left, learnerRows(moocId));
        as(ADA).get("/courses/{id}/learner-data", moocId).then().body("deletions.size()", equalTo(1));
    }

    @Test
    void anAdministratorDeletesACoursesLearnerDataKeepingOrDiscardingItsFigures() throws Exception {
        UUID moocId = courseWithTheSmallExport();
        Map<String, String> before = kpis(moocId);
        as(IDA).delete("/courses/{id}/learner-data", moocId).then().statusCode(403)
                .body("type", equalTo("urn:mooc:problem:forbidden"));
        as(CARLA).delete("/courses/{id}/learner-data", moocId).then().statusCode(403);
        as(OLE).delete("/courses/{id}/learner-data", moocId).then().statusCode(403);
        as(OLE).get("/courses/{id}/learner-data", moocId).then().statusCode(404);
        as(IDA).get("/courses/{id}/learner-data", moocId).then().statusCode(200).body("deletions", empty())
                .body("deletedBefore", nullValue());

        // on 2030-01-15 both semesters have ended: their figures stay, every learner row goes
        as(ADA).delete("/courses/{id}/learner-data", moocId).then().statusCode(200)
                .body("rows.find { it.table == 'course_progress' }.rows", equalTo(0))
                .body("rows.find { it.table == 'users' }.rows", equalTo(0))
                .body("semestersKept", contains("2027-autumn", "2028-spring", "2028-autumn", "2029-spring",
                        "2029-autumn"))
                .body("oldestRow", nullValue())
                .body("deletions[0].reason", equalTo("ADMINISTRATOR"))
                .body("deletions[0].deletedBy", equalTo("ada"))
                .body("deletions[0].aggregatesKept", equalTo(true));
        assertEquals(0, learnerRows(moocId));
        assertEquals(before, kpis(moocId));

        // without the figures, the course has none until its export is imported again
        as(ADA).queryParam("keepAggregates", false).delete("/courses/{id}/learner-data", moocId).then().statusCode(200)
                .body("semestersKept", empty())
                .body("deletedBefore", nullValue())
                .body("deletions[0].aggregatesKept", equalTo(false));
        as(IDA).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(200).body("$", empty());
        as(IDA).queryParam("semester", "2027-autumn").get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("enrolledLearners", equalTo(0)).body("hasData", equalTo(false));
        Exports.importSmall(IDA, moocId);
        assertEquals(before, kpis(moocId));
    }

    @Test
    void aWholeExportReplacesTheCoursesLearnerDataOrLeavesItAsItWas() throws Exception {
        UUID moocId = courseWithTheSmallExport();
        Map<String, String> before = kpis(moocId);
        long rows = learnerRows(moocId);

        // a refused replacement (a timestamp that is not one) keeps the data as it was
        Map<String, byte[]> bad = export();
        bad.put("qc/course_progress.csv", (new String(small("course_progress"), StandardCharsets.UTF_8)
                + "u01,qc,i9,2,yesterday\n").getBytes(StandardCharsets.UTF_8));
        String refused = WholeExportImportTest.postZipReplacing(moocId, WholeExportImportTest.zip(bad)).then()
                .statusCode(202).body("replacesData", equalTo(true)).extract().path("id");
        assertEquals("REJECTED", WholeExportImportTest.finished(moocId, refused).getString("status"));
        assertEquals(rows, learnerRows(moocId));
        assertEquals(before, kpis(moocId));

        // the export without its 2028 memberships replaces the data: 2028-spring has no enrolments left
        Map<String, byte[]> autumnOnly = export();
        autumnOnly.put("qc/course_memberships.csv", new String(small("course_memberships"), StandardCharsets.UTF_8)
                .lines().filter(l -> !l.contains("2028-")).collect(Collectors.joining("\n", "", "\n"))
                .getBytes(StandardCharsets.UTF_8));
        String replaced = WholeExportImportTest.postZipReplacing(moocId, WholeExportImportTest.zip(autumnOnly)).then()
                .statusCode(202).extract().path("id");
        JsonPath done = WholeExportImportTest.finished(moocId, replaced);
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals(true, done.getBoolean("replacesData"));
        assertEquals(7, count("select count(*) from coursera_membership where mooc_id = ?", moocId),
                "the 7 memberships of 2027 (the 10 of 2028 are gone)");
        as(IDA).queryParam("semester", "2028-spring").get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("enrolledLearners", equalTo(0))
                .body("activeLearners", equalTo(5));
        assertEquals(before.get("2027-autumn"), as(IDA).queryParam("semester", "2027-autumn").queryParam("top", 2)
                .get("/courses/{id}/kpis", moocId).then().extract().asString());
        as(ADA).get("/courses/{id}/learner-data", moocId).then().statusCode(200)
                .body("deletions[0].reason", equalTo("REPLACED"))
                .body("deletions[0].deletedBy", equalTo("ida"))
                .body("deletions[0].rowsDeleted", equalTo((int) rows));

        // merging (the default) the whole export again brings the 2028 memberships back
        String merged = WholeExportImportTest.postZip(moocId, WholeExportImportTest.zip(export())).then().statusCode(202)
                .body("replacesData", equalTo(false)).extract().path("id");
        assertEquals("COMPLETED", WholeExportImportTest.finished(moocId, merged).getString("status"));
        assertEquals(before, kpis(moocId));
    }

    /** The small export as a zip's files. */
    private static Map<String, byte[]> export() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String table : Exports.TABLES) {
            files.put("qc/" + table + ".csv", small(table));
        }
        return files;
    }
}
