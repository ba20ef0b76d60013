package dk.mooc.analytics.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.analytics.CatalogueCourse;
import dk.mooc.analytics.client.CatalogueUnavailable;
import dk.mooc.analytics.client.CourseraCatalogueClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue client against a real local HTTP server that answers in Coursera's documented shape. */
class CourseraCatalogueClientTest {

    private static final Map<String, String> PARTNERS = Map.of("6", "University of Pennsylvania", "11", "Stanford University");

    private static List<Map<String, Object>> catalogue(int n) {
        List<Map<String, Object>> courses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            courses.add(CourseraServer.course("id-" + i, "Course number " + i, "About topic " + i,
                    List.of(i % 2 == 0 ? "6" : "11"), "en", "computer-science", "algorithms"));
        }
        return courses;
    }

    private static CourseraCatalogueClient client(URI url, int attempts, Duration maxDuration) {
        return new CourseraCatalogueClient(new CourseraCatalogueClient.Settings(url, 100, attempts,
                Duration.ofMillis(20), Duration.ofSeconds(5), maxDuration), new ObjectMapper());
    }

    @Test
    void readsEveryPageFollowingPagingNextAndResolvesPartnerNamesIgnoringUnknownFields() throws Exception {
        try (CourseraServer coursera = new CourseraServer(catalogue(250), PARTNERS)) {
            List<CatalogueCourse> read = new ArrayList<>();
            CourseraCatalogueClient.Result r = client(coursera.url(), 3, Duration.ofSeconds(30))
                    .readAll(page -> read.addAll(page.courses()));

            assertEquals(new CourseraCatalogueClient.Result(3, 250, 0, 250), r);
            assertEquals(250, read.size());
            assertEquals(List.of("/api/courses.v1?start=0&limit=100&fields=slug,name,description,partnerIds,"
                            + "primaryLanguages,domainTypes&includes=partnerIds",
                    "/api/courses.v1?start=100&limit=100&fields=slug,name,description,partnerIds,primaryLanguages,"
                            + "domainTypes&includes=partnerIds",
                    "/api/courses.v1?start=200&limit=100&fields=slug,name,description,partnerIds,primaryLanguages,"
                            + "domainTypes&includes=partnerIds"), coursera.requests);
            CatalogueCourse first = read.get(0);
            assertEquals("id-0", first.courseraId());
            assertEquals("course-number-0", first.slug());
            assertEquals("Course number 0", first.name());
            assertEquals("About topic 0", first.description());
            assertEquals(List.of(new CatalogueCourse.Partner("6", "University of Pennsylvania")), first.partners());
            assertEquals(List.of("en"), first.languages());
            assertEquals(List.of("computer-science/algorithms"), first.domainTypes());
            assertEquals("Stanford University", read.get(249).partners().get(0).name());
            assertEquals("https://www.coursera.org/learn/course-number-249", read.get(249).link());
        }
    }

    @Test
    void aServerErrorIsRetriedWithBackOffAndTheReadGoesOn() throws Exception {
        try (CourseraServer coursera = new CourseraServer(catalogue(150), PARTNERS)) {
            coursera.failFirst(100, 503);
            List<CatalogueCourse> read = new ArrayList<>();
            CourseraCatalogueClient.Result r = client(coursera.url(), 3, Duration.ofSeconds(30))
                    .readAll(page -> read.addAll(page.courses()));

            assertEquals(150, r.courses());
            assertEquals(150, read.size(), "no page lost, none twice");
            assertEquals(3, coursera.requests.size(), "page 2 asked twice: once failed, once served");
            assertTrue(coursera.requests.get(1).startsWith("/api/courses.v1?start=100"));
            assertTrue(coursera.requests.get(2).startsWith("/api/courses.v1?start=100"));
        }
    }

    @Test
    void aServerThatKeepsFailingEndsTheReadAsUnreachableAfterTheAttempts() throws Exception {
        try (CourseraServer coursera = new CourseraServer(catalogue(10), PARTNERS)) {
            coursera.failFirst(0, 500, 502, 503, 504);
            CatalogueUnavailable e = assertThrows(CatalogueUnavailable.class,
                    () -> client(coursera.url(), 3, Duration.ofSeconds(30)).readAll(page -> { }));
            assertEquals(CatalogueUnavailable.UNREACHABLE, e.code());
            assertEquals(3, coursera.requests.size());
        }
    }

    @Test
    void aRefusalIsNotRetried() throws Exception {
        try (CourseraServer coursera = new CourseraServer(catalogue(10), PARTNERS)) {
            coursera.failFirst(0, 404);
            CatalogueUnavailable e = assertThrows(CatalogueUnavailable.class,
                    () -> client(coursera.url(), 5, Duration.ofSeconds(30)).readAll(page -> { }));
            assertEquals(CatalogueUnavailable.REFUSED, e.code());
            assertEquals(1, coursera.requests.size());
        }
    }

    @Test
    void theWholeReadIsBoundedInTime() throws Exception {
        try (CourseraServer coursera = new CourseraServer(catalogue(10), PARTNERS)) {
            coursera.failFirst(0, 503, 503, 503, 503, 503, 503, 503, 503);
            // back-off 20, 40, 80, 160 ms …: the bound of 100 ms is passed before the attempts run out
            CatalogueUnavailable e = assertThrows(CatalogueUnavailable.class,
                    () -> client(coursera.url(), 8, Duration.ofMillis(100)).readAll(page -> { }));
            assertEquals(CatalogueUnavailable.TIMED_OUT, e.code());
            assertTrue(coursera.requests.size() < 8, coursera.requests.toString());
        }
    }

    @Test
    void anElementWithoutANameIsSkippedAndTheRestOfThePageKept() throws Exception {
        List<Map<String, Object>> courses = catalogue(3);
        Map<String, Object> nameless = new LinkedHashMap<>(courses.get(1));
        nameless.remove("name");
        courses.set(1, nameless);
        try (CourseraServer coursera = new CourseraServer(courses, PARTNERS)) {
            List<CatalogueCourse> read = new ArrayList<>();
            CourseraCatalogueClient.Result r = client(coursera.url(), 3, Duration.ofSeconds(30))
                    .readAll(page -> read.addAll(page.courses()));
            assertEquals(2, r.courses());
            assertEquals(1, r.skipped());
            assertEquals(List.of("id-0", "id-2"), read.stream().map(CatalogueCourse::courseraId).toList());
            assertEquals(3, r.total());
        }
    }
}
