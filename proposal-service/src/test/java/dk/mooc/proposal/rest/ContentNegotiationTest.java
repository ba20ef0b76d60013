package dk.mooc.proposal.rest;

import dk.mooc.proposal.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Clients generated from the OpenAPI document send {@code Accept: application/problem+json}, alone or before the
 * success type, because errors are documented with it. They get their success answers in the operation's own type
 * (JSON, or the attachment's type), and errors as problem documents whatever they accept (platform ProblemAwareAccept).
 */
@QuarkusTest
@TestSecurity(user = "ida", roles = "instructor")
@OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute"),
    @Claim(key = "name", value = "Ida Holm")})
class ContentNegotiationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_FIRST = "application/problem+json, application/json";

    @Test
    void successAnswersAreJsonWhenTheClientAlsoReadsProblems() {
        String id = given().accept(PROBLEM).contentType(ContentType.JSON).body(TestData.draftBody("Negotiated"))
                .when().post("/proposals").then()
                .statusCode(201)
                .contentType(startsWith("application/json"))
                .body("status", equalTo("DRAFT"))
                .extract().path("id");
        for (String accept : new String[] {PROBLEM, PROBLEM_FIRST, "application/json, " + PROBLEM, "*/*"}) {
            given().accept(accept).when().get("/proposals/{id}", id).then()
                    .statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("id", equalTo(id));
            given().accept(accept).when().get("/proposals").then()
                    .statusCode(200)
                    .contentType(startsWith("application/json"));
        }
        // without Accept, as curl sends nothing else
        given().when().get("/proposals/{id}", id).then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void errorsAreProblemDocumentsWhateverTheClientAccepts() {
        for (String accept : new String[] {PROBLEM, PROBLEM_FIRST, "application/json", "*/*"}) {
            given().accept(accept).when().get("/proposals/{id}", UUID.randomUUID()).then()
                    .statusCode(404)
                    .contentType(startsWith(PROBLEM))
                    .body("type", equalTo("urn:mooc:problem:not-found"));
        }
        given().accept(PROBLEM).contentType(ContentType.JSON).body("{}").when().post("/proposals").then()
                .statusCode(400)
                .contentType(startsWith(PROBLEM))
                .body("type", equalTo("urn:mooc:problem:validation"));
    }

    @Test
    void aDownloadKeepsItsOwnTypeForAClientThatReadsProblems() {
        String id = given().contentType(ContentType.JSON).body(TestData.draftBody("Negotiated download"))
                .when().post("/proposals").then().statusCode(201).extract().path("id");
        byte[] pdf = TestFiles.pdf();
        String attachment = given().accept(PROBLEM).contentType("application/pdf").body(pdf)
                .queryParam("name", "outline.pdf")
                .when().post("/proposals/{id}/attachments", id).then()
                .statusCode(201)
                .contentType(startsWith("application/json"))
                .extract().path("id");
        for (String accept : new String[] {PROBLEM, PROBLEM_FIRST, "application/pdf, " + PROBLEM}) {
            byte[] downloaded = given().accept(accept).when().get("/proposals/{id}/attachments/{a}", id, attachment)
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            assertArrayEquals(pdf, downloaded, accept);
        }
    }

    @Test
    void anAcceptWithoutProblemJsonIsStillNegotiatedAsHttpSays() {
        // a client that accepts only a type this operation does not produce, and no problem documents either
        given().accept("text/csv").when().get("/proposals").then()
                .statusCode(406)
                .contentType(startsWith(PROBLEM))
                .body("type", equalTo("urn:mooc:problem:not-acceptable"));
    }
}
