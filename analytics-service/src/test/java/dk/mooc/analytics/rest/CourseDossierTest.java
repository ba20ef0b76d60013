package dk.mooc.analytics.rest;

import dk.mooc.analytics.Exports;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.analytics.Fixtures.ADA;
import static dk.mooc.analytics.Fixtures.BEA;
import static dk.mooc.analytics.Fixtures.BO;
import static dk.mooc.analytics.Fixtures.CARLA;
import static dk.mooc.analytics.Fixtures.CHRIS;
import static dk.mooc.analytics.Fixtures.HANS;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.MADS;
import static dk.mooc.analytics.Fixtures.OLE;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /courses/{id}/dossier: the course's page reads the course with its imports, stored rows, learner data, semesters,
 * the KPIs of its latest semesters and its evaluations in one request, each exactly as its own operation answers the
 * same caller; the learner data only for those who may read it (null for the others, never filled); whoever may not
 * read the course gets 404, as from getCourse.
 */
@QuarkusTest
class CourseDossierTest {

    @BeforeEach
    void uploadAfterTheData() {
        Exports.uploadAfterTheData();
    }

    @AfterEach
    void resetTheClock() {
        Timestamps.reset();
    }

    /** Ida's Compute course with the small export (2027-autumn and 2028-spring) and an evaluation of 2028-spring. */
    private static UUID idasCourse() {
        UUID id = course("Compute", IDA.sub(), LocalDate.of(2027, 9, 1), 5000);
        Exports.importSmall(IDA, id);
        Map<String, Object> likert = Map.of("questionId", "Q1", "question", "The course met its learning objectives",
                "type", "LIKERT", "distribution", List.of(2, 3, 10, 30, 35));
        as(CARLA).body(Map.of("invited", 350, "respondents", 84, "questions", List.of(likert)))
                .put("/courses/{id}/evaluations/2028-spring", id).then().statusCode(200);
        return id;
    }

    /** What the part's own operation answers {@code who}. */
    private static Object own(Person who, UUID id, String part) {
        return as(who).get("/courses/{id}" + part, id).then().statusCode(200).extract().jsonPath().get("$");
    }

    private static Object kpis(Person who, UUID id, String semester) {
        return as(who).queryParam("semester", semester).get("/courses/{id}/kpis", id).then().statusCode(200)
                .extract().jsonPath().get("$");
    }

    /** The dossier as {@code who} reads it, each part but the learner data compared with its own operation's answer. */
    private static JsonPath dossier(Person who, UUID id) {
        JsonPath dossier = as(who).get("/courses/{id}/dossier", id).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertEquals(own(who, id, ""), dossier.get("course"), who.username() + ": course");
        assertEquals(own(who, id, "/imports"), dossier.get("imports"), who.username() + ": imports");
        assertEquals(own(who, id, "/exports"), dossier.get("exports"), who.username() + ": exports");
        assertEquals(own(who, id, "/kpis/semesters"), dossier.get("semesters"), who.username() + ": semesters");
        assertEquals(own(who, id, "/evaluations"), dossier.get("evaluations"), who.username() + ": evaluations");
        List<String> semesters = dossier.getList("semesters", String.class);
        List<Object> latest = semesters.stream().limit(CourseDossier.KPI_SEMESTERS).map(s -> kpis(who, id, s)).toList();
        assertEquals(latest, dossier.getList("kpis"), who.username() + ": the KPIs of the latest semesters");
        return dossier;
    }

    @Test
    void theCourseAndEachPartAreWhatTheirOwnOperationsAnswerTheAdminAndTheInstructor() {
        UUID id = idasCourse();
        for (Person who : List.of(ADA, IDA, CARLA)) {
            JsonPath dossier = dossier(who, id);
            assertEquals(own(who, id, "/learner-data"), dossier.get("learnerData"), who.username() + ": learner data");
            assertEquals(List.of("2028-spring", "2027-autumn"), dossier.getList("semesters"));
            assertEquals(List.of("2028-spring", "2027-autumn"), dossier.getList("kpis.semester"));
            assertEquals(7, dossier.getInt("imports.total"));
            assertEquals(1, dossier.getList("evaluations").size());
            assertEquals(7, dossier.getList("exports").size());
            assertNotNull(dossier.get("learnerData.rows"));
        }
    }

    @Test
    void whoMayReadTheCourseButNotItsLearnerDataGetsEveryOtherPartAndNoLearnerData() {
        UUID id = idasCourse();
        for (Person who : List.of(BO, HANS, CHRIS)) {
            JsonPath dossier = dossier(who, id);
            assertTrue(dossier.getMap("$").containsKey("learnerData"), who.username() + ": learnerData is named");
            assertNull(dossier.get("learnerData"), who.username() + ": no learner data");
            assertEquals(List.of("2028-spring", "2027-autumn"), dossier.getList("kpis.semester"));
            // as its own operation refuses them
            as(who).get("/courses/{id}/learner-data", id).then().statusCode(403);
        }
    }

    @Test
    void theKpisAreThoseOfTheNewestSemestersThePageShows() {
        // launched in 2024-autumn with learners then and in 2029-autumn: eleven semesters, of which the newest eight
        UUID id = course("Compute", IDA.sub(), LocalDate.of(2024, 9, 1), 800);
        as(ADA).body(Map.of("months", 120)).put("/courses/{id}/learner-data/retention", id).then().statusCode(200);
        Exports.put(IDA, id, "users", "dtu_user_id,user_join_ts,country_cd,region_cd,profile_language_cd\n"
                + "v01,2024-08-01 00:00:00,DK,,da\nv02,2029-09-01 00:00:00,SE,,sv\n").statusCode(200);
        Exports.put(IDA, id, "course_memberships", "dtu_user_id,course_id,course_membership_role,course_membership_ts\n"
                + "v01,qc,LEARNER,2024-09-02 10:00:00\nv02,qc,LEARNER,2029-10-01 10:00:00\n").statusCode(200);

        JsonPath dossier = dossier(ADA, id);
        List<String> semesters = dossier.getList("semesters", String.class);
        assertEquals(11, semesters.size(), "2029-autumn back to 2024-autumn: " + semesters);
        assertEquals(semesters.subList(0, CourseDossier.KPI_SEMESTERS), dossier.getList("kpis.semester"));
        assertEquals(1, dossier.getInt("kpis[0].enrolledLearners"));
    }

    @Test
    void someoneWhoMayNotReadTheCourseGetsNoneOfIt() {
        UUID id = idasCourse();
        // Ida's Compute course, asked for by a Physics instructor and the Physics study board: 404, as getCourse answers
        for (Person who : List.of(OLE, BEA)) {
            as(who).get("/courses/{id}/dossier", id).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:mooc:problem:not-found"));
            as(who).get("/courses/{id}", id).then().statusCode(404);
        }
        as(ADA).get("/courses/{id}/dossier", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        // a role that reads no course at all: refused, as getCourse refuses it
        as(MADS).get("/courses/{id}/dossier", id).then().statusCode(as(MADS).get("/courses/{id}", id).statusCode());
    }
}
