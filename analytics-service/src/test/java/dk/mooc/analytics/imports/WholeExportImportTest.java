package dk.mooc.analytics.imports;

import dk.mooc.analytics.Exports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dk.mooc.analytics.Exports.small;
import static dk.mooc.analytics.Fixtures.ADA;
import static dk.mooc.analytics.Fixtures.BO;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.OLE;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole export in one upload, as Coursera delivers it: the zip archive (tables in a sub-folder, beside files the
 * platform does not use) and the folder of CSV files. One import record with an entry per table, the ignored files
 * listed, the KPIs the same as the per-table imports give, and an invalid table keeping nothing of the export.
 */
@QuarkusTest
class WholeExportImportTest {

    /** Files of a Coursera export the platform does not import. */
    private static final Map<String, String> OTHER_FILES = Map.of(
            "quantum-computing/course_items.csv", "course_id,course_item_id\nqc,i1\n",
            "quantum-computing/README.txt", "Coursera research data export\n",
            "__MACOSX/quantum-computing/._users.csv", "resource fork");

    @BeforeEach
    void uploadAfterTheData() {
        Exports.uploadAfterTheData();
    }

    @AfterEach
    void resetTheClock() {
        dk.mooc.platform.web.Timestamps.reset();
    }

    /** The small hand-checked export as a folder's files: path inside the folder -> content. */
    private static Map<String, byte[]> smallExport() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        // not in import order on purpose: the service orders them (lookups first)
        List<String> tables = new java.util.ArrayList<>(Exports.TABLES);
        java.util.Collections.reverse(tables);
        for (String table : tables) {
            files.put("quantum-computing/" + table + ".csv", small(table));
        }
        OTHER_FILES.forEach((name, content) -> files.put(name, content.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Response postZip(UUID moocId, byte[] zip) {
        return as(IDA).contentType("application/zip").body(zip).post("/courses/{id}/exports", moocId);
    }

    static Response postZipReplacing(UUID moocId, byte[] zip) {
        return as(IDA).contentType("application/zip").queryParam("replace", true).body(zip)
                .post("/courses/{id}/exports", moocId);
    }

    static Response postFolder(UUID moocId, Map<String, byte[]> files) {
        var request = as(IDA).contentType("multipart/form-data");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            request = request.multiPart("file", f.getKey(), f.getValue(), "text/csv");
        }
        return request.post("/courses/{id}/exports", moocId);
    }

    /** Polls the import record (as the SPA does) until it is no longer RUNNING. */
    static JsonPath finished(UUID moocId, String importId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(as(IDA).get("/courses/{id}/imports/{importId}", moocId, importId).then().statusCode(200)
                        .extract().jsonPath().getString("status")));
        return as(IDA).get("/courses/{id}/imports/{importId}", moocId, importId).then().extract().jsonPath();
    }

    private static Map<String, Object> kpis(UUID moocId, String semester) {
        Map<String, Object> k = as(IDA).queryParam("semester", semester).get("/courses/{id}/kpis", moocId).then()
                .statusCode(200).extract().jsonPath().getMap("$");
        k.remove("moocId");
        k.remove("title");
        return k;
    }

    @Test
    void theZipAsCourseraDeliversItImportsInOneStepAndGivesTheKpisOfThePerTableImports() {
        UUID viaZip = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Response accepted = postZip(viaZip, zip(smallExport()));
        accepted.then().statusCode(202)
                .header("Location", containsString("/courses/" + viaZip + "/imports/"))
                .body("source", equalTo("ZIP"))
                .body("table", equalTo(null))
                .body("importedBy", equalTo("ida"))
                .body("tables.table", equalTo(Exports.TABLES))
                .body("tables.file[0]", equalTo("quantum-computing/course_passing_states.csv"))
                .body("ignored", equalTo(List.of("__MACOSX/quantum-computing/._users.csv",
                        "quantum-computing/README.txt", "quantum-computing/course_items.csv")));
        String id = accepted.jsonPath().getString("id");
        assertTrue(accepted.header("Location").endsWith("/imports/" + id), accepted.header("Location"));

        JsonPath done = finished(viaZip, id);
        assertEquals("COMPLETED", done.getString("status"), done.prettify());
        assertEquals(1.0f, done.getFloat("progress"));
        // rows read per table, as the per-table imports of the same files read them (ExportImportTest)
        assertEquals(List.of(4, 3, 12, 17, 14, 7, 21), done.getList("tables.rowsRead"));
        assertEquals(List.of(4, 3, 11, 17, 14, 7, 21), done.getList("tables.rowsChanged"));
        assertEquals(List.of("COMPLETED"), done.getList("tables.status").stream().distinct().toList());
        assertEquals(done.getList("tables.bytesTotal"), done.getList("tables.bytesRead"));
        assertEquals(78, done.getInt("rowsRead"));
        assertEquals(77, done.getInt("rowsChanged"));

        UUID perTable = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Exports.importSmall(IDA, perTable);
        for (String semester : List.of("2027-autumn", "2028-spring")) {
            assertEquals(kpis(perTable, semester), kpis(viaZip, semester), semester);
        }
        // the hand-worked figures of KpiTest, for the record
        as(IDA).queryParam("semester", "2028-spring").get("/courses/{id}/kpis", viaZip).then()
                .body("enrolledLearners", equalTo(6)).body("passedLearners", equalTo(1))
                .body("npsEndOfCourse.nps", equalTo(0.0f)).body("averageRating", equalTo(3.33f));

        // the history lists the whole export with its tables
        as(BO).get("/courses/{id}/imports", viaZip).then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].tables.size()", equalTo(7));
    }

    @Test
    void theFolderImportsInOneStepAndImportingItAgainChangesNothing() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Response first = postFolder(moocId, smallExport());
        first.then().statusCode(202).body("source", equalTo("FOLDER"));
        JsonPath done = finished(moocId, first.jsonPath().getString("id"));
        assertEquals("COMPLETED", done.getString("status"), done.prettify());
        assertEquals(77, done.getInt("rowsChanged"));
        assertEquals(3, done.getList("ignored").size());

        Response again = postFolder(moocId, smallExport());
        again.then().statusCode(202);
        JsonPath second = finished(moocId, again.jsonPath().getString("id"));
        assertEquals("COMPLETED", second.getString("status"));
        assertEquals(78, second.getInt("rowsRead"));
        assertEquals(0, second.getInt("rowsChanged"), "the same export again changes nothing");
    }

    @Test
    void anInvalidTableKeepsNothingOfTheExportAndNamesTableLineAndColumn() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Map<String, Integer> before = ExportImportTest.rows(moocId);
        Map<String, byte[]> files = smallExport();
        String grades = new String(small("course_grades"), StandardCharsets.UTF_8);
        files.put("quantum-computing/course_grades.csv", (grades.stripTrailing() + "\nqc,u01,2027-11-30 10:00:00,1,6,1.5,0,NA\n")
                .getBytes(StandardCharsets.UTF_8));
        Response accepted = postZip(moocId, zip(files));
        accepted.then().statusCode(202);
        JsonPath done = finished(moocId, accepted.jsonPath().getString("id"));

        assertEquals("REJECTED", done.getString("status"), done.prettify());
        // the problem as a code with parameters, beside the line and column; no English sentence
        assertEquals("NUMBER_OUT_OF_RANGE", done.getString("problemCode"), done.prettify());
        assertEquals(Map.of("min", "0", "max", "1", "value", "1.5"), done.getMap("problemParams"));
        assertEquals(9, done.getInt("problemLine"));
        assertEquals("course_grade_overall", done.getString("problemColumn"));
        assertNull(done.get("problem"), "no English sentence");
        Map<String, String> status = new LinkedHashMap<>();
        List<Map<String, Object>> tables = done.getList("tables");
        tables.forEach(t -> status.put((String) t.get("table"), (String) t.get("status")));
        assertEquals(Map.of("course_passing_states", "NOT_KEPT", "course_progress_state_types", "NOT_KEPT",
                "users", "NOT_KEPT", "course_memberships", "NOT_KEPT", "course_progress", "NOT_KEPT",
                "course_grades", "REJECTED", "feedback_course_ratings", "NOT_KEPT"), status);
        Map<String, Object> rejected = tables.stream().filter(t -> "REJECTED".equals(t.get("status"))).findFirst().orElseThrow();
        assertEquals(9, ((Number) rejected.get("problemLine")).intValue());
        assertEquals("course_grade_overall", rejected.get("problemColumn"));
        assertEquals("NUMBER_OUT_OF_RANGE", rejected.get("problemCode"));
        assertEquals(Map.of("min", "0", "max", "1", "value", "1.5"), rejected.get("problemParams"));
        assertFalse(rejected.containsKey("problem"), "no English sentence");
        assertEquals(before, ExportImportTest.rows(moocId), "nothing of the export was kept");
    }

    @Test
    void whatIsNotAnExportIsRefusedAtOnceWithTheReason() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        postZip(moocId, "users.csv is not a zip".getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("is not a zip archive"));
        postZip(moocId, zip(Map.of("export/README.txt", "no tables".getBytes(StandardCharsets.UTF_8)))).then()
                .statusCode(400)
                .body("detail", containsString("none of the tables the platform imports"))
                .body("detail", containsString("export/README.txt"));
        postZip(moocId, zip(Map.of("a/users.csv", small("users"), "b/users.csv", small("users")))).then().statusCode(400)
                .body("detail", containsString("holds users twice"));
        postFolder(moocId, Map.of("notes.txt", "x".getBytes(StandardCharsets.UTF_8))).then().statusCode(400);
        as(IDA).get("/courses/{id}/imports", moocId).then().body("total", equalTo(0));
    }

    @Test
    void onlyTheCoursesImportersUploadAndARunningImportIsNotStartedTwice() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        byte[] zip = zip(smallExport());
        as(BO).contentType("application/zip").body(zip).post("/courses/{id}/exports", moocId).then().statusCode(403);
        as(OLE).contentType("application/zip").body(zip).post("/courses/{id}/exports", moocId).then().statusCode(404);
        as(ADA).contentType("application/zip").body(zip).post("/courses/{id}/exports", moocId).then().statusCode(202);
    }

    @Test
    void aMalformedUploadIsA4xxNeverA5xx() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        io.restassured.RestAssured.given().contentType("multipart/form-data").body("x\n".getBytes(StandardCharsets.UTF_8))
                .post("/courses/{id}/exports", moocId).then().statusCode(401);
        for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=zzz")) {
            int status = as(IDA).contentType(type).body("x\n".getBytes(StandardCharsets.UTF_8))
                    .post("/courses/{id}/exports", moocId).then().extract().statusCode();
            assertTrue(status >= 400 && status < 500, type + " answered " + status);
        }
        as(IDA).contentType("application/zip").post("/courses/{id}/exports", moocId).then().statusCode(400);
        as(IDA).get("/courses/{id}/imports", moocId).then().body("total", equalTo(0));
    }
}
