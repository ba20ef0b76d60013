package dk.mooc.proposal.rest;

import dk.mooc.proposal.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ProposalResourceTest {

    private static ValidatableResponse createDraft(String title) {
        return given().contentType(ContentType.JSON).body(TestData.draftBody(title))
                .when().post("/proposals").then();
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute"),
        @Claim(key = "name", value = "Ida Instructor"), @Claim(key = "email", value = "ida@example.org")})
    void instructorCreatesADraftWithDepartmentFromTheToken() {
        String id = createDraft("Quantum Computing for Engineers")
                .statusCode(201)
                .header("Location", containsString("/proposals/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("department", equalTo("Compute"))
                .body("instructor.id", equalTo(TestData.IDA))
                .body("instructor.name", equalTo("Ida Instructor"))
                .body("version", equalTo(0))
                .extract().path("id");

        given().when().get("/proposals/{id}", id).then()
                .statusCode(200)
                .body("title", equalTo("Quantum Computing for Engineers"))
                .body("plannedLaunchSemester", equalTo("2027-autumn"));

        given().when().get("/proposals").then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                // her own proposals, and those whose team lists her e-mail (read only)
                .body("items.every { it.instructor.id == 'ida-0001' || it.team.any { m -> m.email == 'ida@example.org' } }",
                        equalTo(true));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute")})
    void invalidFieldsAreReportedFieldByFieldAndNothingIsStored() {
        long before = given().when().get("/proposals").then().extract().jsonPath().getLong("total");
        Map<String, Object> body = new HashMap<>();
        body.put("title", " ");
        body.put("newContent", true);
        body.put("plannedLaunchSemester", "next year");
        body.put("expectedEnrolments", -5);
        given().contentType(ContentType.JSON).body(body).when().post("/proposals").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("title", "plannedLaunchSemester", "expectedEnrolments"))
                .body("correlationId", not(emptyOrNullString()));
        given().when().get("/proposals").then().body("total", equalTo((int) before));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute")})
    void courseCodeIsRequiredWhenBuildingOnAnExistingCourse() {
        Map<String, Object> body = new HashMap<>(TestData.draftBody("Based on 02180"));
        body.put("newContent", false);
        given().contentType(ContentType.JSON).body(body).when().post("/proposals").then()
                .statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors[0].field", equalTo("courseCode"));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute")})
    void malformedJsonAndWrongTypesAreClearBadRequests() {
        given().contentType(ContentType.JSON).body("{\"title\": ").when().post("/proposals").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:malformed-request"));
        given().contentType(ContentType.JSON).body("{\"title\":\"x\",\"newContent\":true,\"plannedLaunchSemester\":\"2027-spring\","
                        + "\"expectedEnrolments\":\"many\"}")
                .when().post("/proposals").then()
                .statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors[0].field", equalTo("expectedEnrolments"));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute")})
    void submittingTwiceIsAnIllegalTransitionAndSubmittedProposalsCannotBeEdited() {
        UUID id = TestData.endorsed(TestData.IDA, "Compute", "Submit me");
        given().when().post("/proposals/{id}/submit", id).then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue());
        given().when().post("/proposals/{id}/submit", id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:illegal-transition"))
                .body("detail", containsString("only when it is endorsement or revision requested"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(TestData.draftBody("Too late"))
                .when().put("/proposals/{id}", id).then()
                .statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute")})
    void editsNeedTheCurrentVersionSoNoUpdateIsLost() {
        String id = createDraft("Versioned").statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(TestData.draftBody("No If-Match"))
                .when().put("/proposals/{id}", id).then()
                .statusCode(428)
                .body("type", equalTo("urn:mooc:problem:precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(TestData.draftBody("First edit"))
                .when().put("/proposals/{id}", id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("First edit"));
        // A second writer who read version 0 must not overwrite the first edit.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(TestData.draftBody("Stale edit"))
                .when().put("/proposals/{id}", id).then()
                .statusCode(412)
                .body("type", equalTo("urn:mooc:problem:precondition-failed"))
                .body("currentVersion", equalTo(1));
        given().when().get("/proposals/{id}", id).then().body("title", equalTo("First edit"));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute")})
    void anotherInstructorsProposalIsInvisibleAndUnchangeable() {
        UUID others = TestData.othersDraft(TestData.OLE);
        given().when().get("/proposals/{id}", others).then()
                .statusCode(404)
                .body("type", equalTo("urn:mooc:problem:not-found"));
        given().when().post("/proposals/{id}/submit", others).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(TestData.draftBody("Hijack"))
                .when().put("/proposals/{id}", others).then().statusCode(404);
        given().when().get("/proposals").then().body("items.id", not(hasItem(others.toString())));
    }

    @Test
    @TestSecurity(user = "mia", roles = "medialab")
    void aRoleWithoutAccessGets403AsProblem() {
        given().when().get("/proposals").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:forbidden"));
        given().contentType(ContentType.JSON).body(TestData.draftBody("Not mine to write"))
                .when().post("/proposals").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void committeeSeesOnlyProposalsThatWereSubmitted() {
        UUID draft = TestData.othersDraft(TestData.OLE);
        UUID submitted = TestData.submitted(TestData.IDA, "Compute", "Submitted, for the committee");
        given().when().get("/proposals/{id}", draft).then().statusCode(404);
        given().when().get("/proposals/{id}", submitted).then().statusCode(200);
        given().queryParam("size", 100).when().get("/proposals").then()
                .statusCode(200)
                .body("items.id", hasItem(submitted.toString()))
                .body("items.id", not(hasItem(draft.toString())))
                .body("items.submittedAt", everyItem(notNullValue()));
        given().contentType(ContentType.JSON).body(TestData.draftBody("Committee cannot write"))
                .when().post("/proposals").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute")})
    void unreadableListParametersAreValidationProblemsNamingTheParameter() {
        given().queryParam("status", "SUBMITTED").when().get("/proposals").then().statusCode(200);
        given().queryParam("status", "NONSENSE").when().get("/proposals").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.field", contains("status"))
                .body("errors[0].message", containsString("DRAFT"));
        given().queryParam("sort", "PRICE").when().get("/proposals").then()
                .statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("direction", "up").when().get("/proposals").then()
                .statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors[0].field", equalTo("direction"));
        given().queryParam("consultant", "everyone").when().get("/proposals").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("consultant"));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute")})
    void unreadableNumbersInTheQueryAreValidationProblemsNamingTheParameter() {
        given().queryParam("page", -1).when().get("/proposals").then()
                .statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("page", "first").when().get("/proposals").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors[0].field", equalTo("page"));
        given().queryParam("size", "many").when().get("/proposals").then()
                .statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void withoutATokenTheAnswerIs401AsProblem() {
        given().when().get("/proposals").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:mooc:problem:unauthenticated"));
    }
}
