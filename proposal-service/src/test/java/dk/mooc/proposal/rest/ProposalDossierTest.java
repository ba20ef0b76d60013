package dk.mooc.proposal.rest;

import dk.mooc.platform.web.Timestamps;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * GET /proposals/{id}/dossier: the proposal's page reads the proposal with its next step, history, attachments and
 * versions in one request, each exactly as its own operation answers it, with the proposal's ETag; whoever may not read
 * the proposal gets 404, as from getProposal.
 */
@QuarkusTest
@TestSecurity(user = "ida", roles = "instructor")
@OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute"),
    @Claim(key = "name", value = "Ida Holm")})
class ProposalDossierTest {

    private static Object own(String id, String part) {
        return given().when().get("/proposals/{id}" + part, id).then().statusCode(200).extract().jsonPath().get("$");
    }

    @Test
    void theProposalAndEachPartAreWhatTheirOwnOperationsAnswer() {
        String id = given().contentType(ContentType.JSON).body(TestData.draftBody("With its dossier"))
                .when().post("/proposals").then().statusCode(201).extract().path("id");
        given().contentType("application/pdf").body(TestFiles.pdf()).queryParam("name", "Outline.pdf")
                .when().post("/proposals/{id}/attachments", id).then().statusCode(201);

        ExtractableResponse<Response> read = given().when().get("/proposals/{id}/dossier", id).then().statusCode(200)
                .extract();
        JsonPath dossier = read.jsonPath();
        assertEquals(own(id, ""), dossier.get("proposal"));
        assertEquals(own(id, "/next"), dossier.get("next"));
        assertEquals(own(id, "/history"), dossier.get("history"));
        assertEquals(own(id, "/attachments"), dossier.get("attachments"));
        assertEquals(own(id, "/versions"), dossier.get("versions"));
        assertEquals(1, dossier.getList("attachments").size());
        assertFalse(dossier.getList("history").isEmpty());
        assertEquals(given().get("/proposals/{id}", id).then().extract().header("ETag"), read.header("ETag"));
    }

    @Test
    @TestSecurity(user = "ole", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.OLE), @Claim(key = "department", value = "Compute"),
        @Claim(key = "name", value = "Ole Berg")})
    void someoneWhoMayNotReadTheProposalGetsNoneOfIt() {
        // ida's proposal, asked for by ole: 404, as getProposal and each part answer him
        UUID idas = QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime at = Timestamps.now();
            Proposal p = Proposal.draft(UUID.randomUUID(), TestData.IDA, "Ida Holm", null, "Compute", at);
            p.edit(TestData.completeContent("Ida's own"), at);
            p.persist();
            return p.id;
        });
        given().when().get("/proposals/{id}/dossier", idas).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/proposals/{id}", idas).then().statusCode(404);
        given().when().get("/proposals/{id}/dossier", UUID.randomUUID()).then().statusCode(404);
    }
}
