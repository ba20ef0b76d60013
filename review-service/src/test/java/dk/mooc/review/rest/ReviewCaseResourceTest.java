package dk.mooc.review.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReviewCaseResourceTest {

    @Test
    void withoutATokenTheAnswerIs401() {
        given().when().get("/review-cases").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:unauthenticated"));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    void instructorsCannotListTheCommitteesCases() {
        given().when().get("/review-cases").then()
                .statusCode(403)
                .body("type", equalTo("urn:mooc:problem:forbidden"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void unknownCaseIs404AndBadPagingOrAnUnknownStatusIs400() {
        given().when().get("/review-cases/{id}", UUID.randomUUID()).then()
                .statusCode(404)
                .body("type", equalTo("urn:mooc:problem:not-found"));
        given().when().get("/review-cases?size=1000").then()
                .statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors[0].field", equalTo("size"));
        // docs/problems.md: a malformed query value is a field error, not a missing resource
        given().when().get("/review-cases?status=NONSENSE").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("status"));
        given().when().get("/review-cases?status=OPEN").then()
                .statusCode(200);
    }
}
