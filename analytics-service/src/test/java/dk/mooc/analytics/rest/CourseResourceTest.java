package dk.mooc.analytics.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dk.mooc.analytics.Fixtures.ADA;
import static dk.mooc.analytics.Fixtures.BEA;
import static dk.mooc.analytics.Fixtures.BO;
import static dk.mooc.analytics.Fixtures.CARLA;
import static dk.mooc.analytics.Fixtures.HANS;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.MADS;
import static dk.mooc.analytics.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CourseResourceTest {

    /** Launched in the far future, so that they come first in the newest-first lists whatever else the tests made. */
    static UUID course(String department, String instructorSub) {
        return dk.mooc.analytics.Fixtures.course(department, instructorSub, java.time.LocalDate.of(2099, 9, 1), 5000);
    }

    @Test
    void instructorsSeeOnlyTheirOwnCourses() {
        UUID own = course("Compute", "ida-sub");
        UUID others = course("Compute", "someone-else-sub");
        as(IDA).get("/courses?size=100").then()
                .statusCode(200)
                .body("items.moocId", hasItem(own.toString()))
                .body("items.moocId", not(hasItem(others.toString())));
        as(IDA).get("/courses/{id}", own).then().statusCode(200)
                .body("launchedOn", equalTo("2099-09-01"))
                .body("launchSemester", equalTo("2099-autumn"))
                .body("expectedEnrolments", equalTo(5000));
        as(IDA).get("/courses/{id}", others).then().statusCode(404);
    }

    @Test
    void theBoardAndTheHeadSeeTheirDepartmentConsultantsAndAdminsSeeAll() {
        UUID compute = course("Compute", "someone-sub");
        UUID physics = course("Physics", "someone-sub");
        for (var p : java.util.List.of(BO, HANS)) {
            as(p).get("/courses?size=100").then().statusCode(200)
                    .body("items.moocId", hasItem(compute.toString()))
                    .body("items.moocId", not(hasItem(physics.toString())));
            as(p).get("/courses/{id}", physics).then().statusCode(404);
        }
        as(BEA).get("/courses/{id}", physics).then().statusCode(200);
        for (var p : java.util.List.of(CARLA, ADA)) {
            as(p).get("/courses?size=100").then().statusCode(200)
                    .body("items.moocId", hasItem(compute.toString()))
                    .body("items.moocId", hasItem(physics.toString()));
        }
    }

    @Test
    void theListFilteredByMoocHoldsOnlyThatCourseAndNeverOneTheCallerMayNotSee() {
        UUID own = course("Compute", "ida-sub");
        UUID others = course("Compute", "someone-else-sub");
        as(CARLA).get("/courses?moocId={id}", own).then().statusCode(200)
                .body("items.moocId", equalTo(java.util.List.of(own.toString())))
                .body("total", equalTo(1));
        as(IDA).get("/courses?moocId={id}", own).then().statusCode(200)
                .body("items.moocId", equalTo(java.util.List.of(own.toString())));
        as(IDA).get("/courses?moocId={id}", others).then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
        as(CARLA).get("/courses?moocId=not-a-uuid").then().statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"));
    }

    @Test
    void medialabHasNoAccessToAnalytics() {
        as(MADS).get("/courses").then().statusCode(403).body("type", equalTo("urn:mooc:problem:forbidden"));
    }

    @Test
    void anonymousCallersGet401() {
        given().when().get("/courses").then().statusCode(401);
    }
}
