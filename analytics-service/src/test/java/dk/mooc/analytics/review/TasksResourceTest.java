package dk.mooc.analytics.review;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.test.junit.QuarkusTest;
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
import static dk.mooc.analytics.Fixtures.HANS;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The analytics task inbox (GET /tasks): a launched MOOC's semester review waits for the study board of its department
 * from the day the semester ends until the board decides, with the day the reviews are due; nobody else gets it.
 */
@QuarkusTest
class TasksResourceTest {

    /** A department of this test's own, so that other tests' reviews stay out of its board's inbox. */
    static final String CHEMISTRY = "Chemistry";
    static final Person BIRK = TestTokens.person("birk", CHEMISTRY, "board");
    static final Person BODIL = TestTokens.person("bodil", CHEMISTRY, "board");

    /** 15 August 2028: 2028-spring ended on 30 June, its reviews are due on 29 July (28 days into autumn). */
    @BeforeEach
    void clock() {
        Timestamps.startOn(LocalDate.of(2028, 8, 15));
    }

    @AfterEach
    void resetClock() {
        Timestamps.reset();
    }

    private static List<Map<String, Object>> tasks(Person p, UUID moocId) {
        return as(p).get("/tasks").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.moocId == '" + moocId + "' }");
    }

    @Test
    void anonymousIs401AndRolesWithoutAnActionHere403() {
        given().get("/tasks").then().statusCode(401);
        as(IDA).get("/tasks").then().statusCode(403);
        as(CARLA).get("/tasks").then().statusCode(403);
        as(HANS).get("/tasks").then().statusCode(403);
        as(ADA).get("/tasks").then().statusCode(403);
    }

    @Test
    void theBoardsReviewWaitsFromTheSemestersEndUntilItIsDecided() {
        UUID moocId = course(CHEMISTRY, "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        UUID physics = course("Physics", "ole-sub", LocalDate.of(2027, 9, 1), 800);
        UUID later = course(CHEMISTRY, "ida-sub", LocalDate.of(2028, 9, 1), 800);

        // the semester that ended last is opened by reading the inbox; every board member of the department has it
        List<Map<String, Object>> bo = tasks(BODIL, moocId);
        assertEquals(1, bo.size());
        Map<String, Object> task = bo.get(0);
        assertEquals("RECORD_SEMESTER_REVIEW", task.get("kind"));
        assertEquals(Map.of("semester", "2028-spring"), task.get("params"));
        assertEquals("2028-07-29", task.get("dueDate"));
        assertEquals(SemesterReviewTest.reviewOf(BODIL, moocId, "2028-spring"), task.get("subjectId"));
        assertEquals(1, tasks(BIRK, moocId).size());
        // another department's board, and a course launched after the semester, have none
        assertEquals(List.of(), tasks(BODIL, physics));
        assertEquals(1, tasks(BEA, physics).size());
        assertEquals(List.of(), tasks(BEA, moocId));
        assertEquals(List.of(), tasks(BO, moocId));
        assertEquals(List.of(), tasks(BODIL, later));

        // an earlier semester's review, opened and not decided, still waits (overdue), soonest due first
        String autumn = SemesterReviewTest.reviewOf(BODIL, moocId, "2027-autumn");
        assertEquals(List.of(autumn, task.get("subjectId")), tasks(BODIL, moocId).stream().map(t -> t.get("subjectId"))
                .toList());
        assertEquals("2028-01-29", tasks(BODIL, moocId).get(0).get("dueDate"));

        // decided: gone for the whole board
        as(BO).body(Map.of("outcome", "CONTINUE")).post("/semester-reviews/{id}/decision", autumn).then().statusCode(404);
        as(BODIL).body(Map.of("outcome", "CONTINUE")).post("/semester-reviews/{id}/decision", autumn).then().statusCode(200);
        as(BIRK).body(Map.of("outcome", "REVISE", "comments", "Shorter videos.", "actions", List.of("Cut week 2")))
                .post("/semester-reviews/{id}/decision", task.get("subjectId")).then().statusCode(200);
        assertEquals(List.of(), tasks(BODIL, moocId));
        assertEquals(List.of(), tasks(BIRK, moocId));
    }
}
