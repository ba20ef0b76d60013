package dk.mooc.analytics.catalogue;

import dk.mooc.analytics.CatalogueSource;
import dk.mooc.analytics.CatalogueSync;
import dk.mooc.analytics.CatalogueSyncOutcome;
import dk.mooc.analytics.service.CatalogueService;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.mooc.analytics.Fixtures.CARLA;
import static dk.mooc.analytics.Fixtures.CHRIS;
import static dk.mooc.analytics.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sync from Coursera's API into the catalogue, against a real local HTTP server in Coursera's shape: courses
 * stored and refreshed, the university's own marked, a 5xx retried, a failure recorded, a stale catalogue said to be
 * stale, and the speed of a 10,000-course sync measured.
 */
@QuarkusTest
class CatalogueSyncTest {

    private static final Map<String, String> PARTNERS = Map.of("6", "University of Pennsylvania",
            "own-u", "Technical University of Testing");

    @Inject
    CatalogueService service;

    @Inject
    EntityManager em;

    @BeforeEach
    void empty() {
        CatalogueFixtures.clear(em);
    }

    @AfterEach
    void resetClock() {
        Timestamps.reset();
    }

    private static List<Map<String, Object>> catalogue(int n) {
        List<Map<String, Object>> courses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            courses.add(CourseraServer.course("id-" + i, "Course " + i + " on topic " + (i % 97),
                    "A course about topic " + (i % 97) + " for learners of level " + (i % 5) + ".",
                    List.of(i % 10 == 0 ? "own-u" : "6"), i % 3 == 0 ? "es" : "en", "computer-science", "algorithms"));
        }
        return courses;
    }

    private long count(String where) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from catalogue_course where " + where).getSingleResult()).longValue());
    }

    @Test
    void aSyncStoresEveryCourseMarksTheUniversitysOwnAndRetriesAServerError() throws Exception {
        try (CourseraServer coursera = new CourseraServer(catalogue(250), PARTNERS)) {
            coursera.failFirst(200, 502);
            CatalogueSync sync = service.syncFromApi(coursera.url());

            assertEquals(CatalogueSyncOutcome.SUCCEEDED, sync.outcome);
            assertEquals(CatalogueSource.API, sync.source);
            assertEquals(250, sync.courses);
            assertNotNull(sync.finishedAt);
            assertEquals(4, coursera.requests.size(), "three pages, the last asked twice");
            assertEquals(250, count("true"));
            assertEquals(25, count("own_university"));
            assertEquals(25, count("'Technical University of Testing' = any(partner_names)"));
            assertEquals(84, count("'es' = any(languages)"));
            as(CHRIS).get("/catalogue").then().statusCode(200)
                    .body("courses", equalTo(250)).body("stale", equalTo(false))
                    .body("lastSuccessfulSync.source", equalTo("API")).body("lastSuccessfulSync.courses", equalTo(250))
                    .body("lastSync.id", equalTo(sync.id.toString()));
        }
    }

    @Test
    void aLaterCompleteSyncRefreshesCoursesAndRemovesThoseCourseraNoLongerLists() throws Exception {
        try (CourseraServer coursera = new CourseraServer(catalogue(120), PARTNERS)) {
            service.syncFromApi(coursera.url());
        }
        List<Map<String, Object>> later = new ArrayList<>(catalogue(100));
        later.set(0, CourseraServer.course("id-0", "Renamed Course", "New text", List.of("6"), "en", "business", "marketing"));
        try (CourseraServer coursera = new CourseraServer(later, PARTNERS)) {
            assertEquals(CatalogueSyncOutcome.SUCCEEDED, service.syncFromApi(coursera.url()).outcome);
        }
        assertEquals(100, count("true"));
        assertEquals(1, count("coursera_id = 'id-0' and name = 'Renamed Course' and not own_university"));
        assertEquals(0, count("coursera_id = 'id-119'"));
    }

    @Test
    void aFailedSyncIsRecordedWithItsCodeAndTheCatalogueIsStale() throws Exception {
        try (CourseraServer coursera = new CourseraServer(catalogue(10), PARTNERS)) {
            coursera.failFirst(0, 403);
            CatalogueSync sync = service.syncFromApi(coursera.url());
            assertEquals(CatalogueSyncOutcome.FAILED, sync.outcome);
            assertEquals("catalogue.api.refused", sync.errorCode);
        }
        as(CARLA).get("/catalogue").then().statusCode(200)
                .body("stale", equalTo(true)).body("lastSuccessfulSync", nullValue())
                .body("lastSync.outcome", equalTo("FAILED")).body("lastSync.errorCode", equalTo("catalogue.api.refused"));
    }

    @Test
    void aCatalogueOlderThanTheStaleAgeIsStale() throws Exception {
        Timestamps.startOn(LocalDate.of(2028, 3, 1));
        try (CourseraServer coursera = new CourseraServer(catalogue(5), PARTNERS)) {
            service.syncFromApi(coursera.url());
        }
        as(CARLA).get("/catalogue").then().statusCode(200).body("stale", equalTo(false));
        Timestamps.startOn(LocalDate.of(2028, 3, 14));
        as(CARLA).get("/catalogue").then().statusCode(200).body("stale", equalTo(false));
        Timestamps.startOn(LocalDate.of(2028, 3, 16));
        as(CARLA).get("/catalogue").then().statusCode(200).body("stale", equalTo(true))
                .body("lastSuccessfulSync.courses", equalTo(5));
    }

    @Test
    void syncNowIsForTheLearningLabAndRefusedWithoutAnApi() {
        // the tests configure no API (mooc.catalogue.api-url): they sync from their own server
        as(CARLA).post("/catalogue/syncs").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:conflict"));
        as(CHRIS).post("/catalogue/syncs").then().statusCode(403);
        as(dk.mooc.analytics.Fixtures.IDA).post("/catalogue/syncs").then().statusCode(403);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> CatalogueSync.count()));
    }

    /** The figure in docs/catalogue.md: courses per second for a 10,000-course catalogue, pages of 100. */
    @Test
    void tenThousandCoursesAreSyncedAndTheSpeedIsReported() throws Exception {
        try (CourseraServer coursera = new CourseraServer(catalogue(10_000), PARTNERS)) {
            long t0 = System.nanoTime();
            CatalogueSync sync = service.syncFromApi(coursera.url());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(CatalogueSyncOutcome.SUCCEEDED, sync.outcome);
            assertEquals(10_000, sync.courses);
            assertEquals(10_000, count("true"));
            assertEquals(100, coursera.served.get());
            System.out.printf("[catalogue-sync] 10000 courses in 100 pages in %.2f s: %.0f courses/s%n", seconds,
                    10_000 / seconds);
            assertTrue(seconds < 120, "a 10,000-course sync took " + seconds + " s");
        }
    }
}
