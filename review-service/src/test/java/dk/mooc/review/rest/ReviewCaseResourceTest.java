package dk.mooc.review.rest;

import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
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

    /** An outside client finds a MOOC's review cases by its MOOC id, without paging through everyone else's. */
    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void aMoocsCasesAreFoundByItsMoocId() {
        UUID mooc = UUID.randomUUID();
        String firstRound = storeCase(mooc, 1, ReviewCaseStatus.CLOSED, 5);
        String secondRound = storeCase(mooc, 2, ReviewCaseStatus.OPEN, 2);
        // another MOOC's open case, older than both: the filter must leave it out
        storeCase(UUID.randomUUID(), 1, ReviewCaseStatus.OPEN, 6);

        given().queryParam("moocId", mooc.toString()).when().get("/review-cases").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(firstRound, secondRound))
                .body("items.moocId", contains(mooc.toString(), mooc.toString()))
                .body("items.round", contains(1, 2));
        given().queryParam("moocId", mooc.toString()).queryParam("status", "OPEN").when().get("/review-cases").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(secondRound));
        given().queryParam("moocId", UUID.randomUUID().toString()).when().get("/review-cases").then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());

        // the overview narrows to the MOOC's open case
        given().queryParam("moocId", mooc.toString()).when().get("/review-cases/overview").then()
                .statusCode(200)
                .body("caseId", contains(secondRound));
        given().queryParam("moocId", UUID.randomUUID().toString()).when().get("/review-cases/overview").then()
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void aMoocIdThatIsNotAUuidIsAFieldError() {
        given().queryParam("moocId", "not-a-mooc").when().get("/review-cases").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors[0].field", equalTo("moocId"));
    }

    /** A case of the given MOOC and round, opened {@code daysAgo} days ago. */
    private static String storeCase(UUID moocId, int round, ReviewCaseStatus status, int daysAgo) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReviewCase c = new ReviewCase();
            c.id = UUID.randomUUID();
            c.moocId = moocId;
            c.round = round;
            c.proposalVersion = round;
            c.proposalTitle = "Filtered MOOC, round " + round;
            c.summary = "A summary";
            c.department = "Chemistry";
            c.instructorId = "ole-sub";
            c.instructorName = "Ole Friis";
            c.instructorEmail = "ole@example.org";
            c.newContent = true;
            c.plannedLaunchSemester = "2027-autumn";
            c.team = List.of();
            c.status = status;
            c.openedAt = Timestamps.now().minusDays(daysAgo);
            if (status != ReviewCaseStatus.OPEN) {
                c.closedAt = Timestamps.now().minusDays(daysAgo - 1);
                c.closeCause = ReviewCase.CloseCause.SUPERSEDED;
                c.closeParams = Map.of("version", String.valueOf(round + 1));
            }
            c.persist();
            return c.id.toString();
        });
    }
}
