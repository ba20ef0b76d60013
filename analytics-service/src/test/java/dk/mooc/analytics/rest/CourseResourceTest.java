package dk.mooc.analytics.rest;

import dk.mooc.analytics.CourseStatus;
import dk.mooc.analytics.LaunchedCourse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CourseResourceTest {

    static UUID course(String instructorId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LaunchedCourse c = new LaunchedCourse();
            c.moocId = UUID.randomUUID();
            c.title = "Course of " + instructorId;
            c.department = "Physics";
            c.instructorId = instructorId;
            c.instructorName = instructorId;
            c.launchedOn = LocalDate.of(2027, 9, 1);
            c.status = CourseStatus.RUNNING;
            c.persist();
            return c.moocId;
        });
    }

    @Test
    @TestSecurity(user = "ole", roles = "instructor")
    @OidcSecurity(claims = @Claim(key = "sub", value = "ole-2"))
    void instructorsSeeOnlyTheirOwnCourses() {
        UUID own = course("ole-2");
        UUID others = course("ida-1");
        given().when().get("/courses?size=100").then()
                .statusCode(200)
                .body("items.moocId", hasItem(own.toString()))
                .body("items.moocId", not(hasItem(others.toString())));
        given().when().get("/courses/{id}", own).then().statusCode(200).body("launchedOn", equalTo("2027-09-01"));
        given().when().get("/courses/{id}", others).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "bo", roles = "board")
    void theBoardSeesAllCourses() {
        UUID a = course("ole-2");
        UUID b = course("ida-1");
        given().when().get("/courses?size=100").then()
                .statusCode(200)
                .body("items.moocId", hasItem(a.toString()))
                .body("items.moocId", hasItem(b.toString()));
    }

    @Test
    @TestSecurity(user = "mads", roles = "medialab")
    void medialabHasNoAccessToAnalytics() {
        given().when().get("/courses").then().statusCode(403).body("type", equalTo("urn:mooc:problem:forbidden"));
    }

    @Test
    void anonymousCallersGet401() {
        given().when().get("/courses").then().statusCode(401);
    }
}
