package dk.mooc.proposal.rest;

import dk.mooc.platform.security.VerifiedTokens;
import dk.mooc.proposal.TestData;
import dk.mooc.proposal.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A token verified once is served from the cache until its expiry (docs/performance.md): these tests show that the
 * cache is used, and that it never lets through what verification alone would refuse: an expired token, a token
 * with another signature, or another person's rights.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokens verified;

    @Test
    void aVerifiedTokenIsKeptAndServesTheSamePersonAgain() {
        String token = Workflow.IDA.tokenWith(Map.of("jti", "cache-" + System.nanoTime()));
        assertNull(verified.get(token));
        String id = given().auth().oauth2(token).contentType("application/json")
                .body(TestData.completeBody("Cached token")).when().post("/proposals").then().statusCode(201).extract().path("id");
        assertNotNull(verified.get(token), "the verified identity is kept");
        given().auth().oauth2(token).when().get("/proposals/" + id).then().statusCode(200)
                .body("instructor.name", equalTo("Ida Tester"));
        // another instructor, also cached, still may not read it: each token keeps its own person
        String ole = Workflow.OLE.tokenWith(Map.of("jti", "cache-" + System.nanoTime()));
        given().auth().oauth2(ole).when().get("/proposals").then().statusCode(200);
        assertNotNull(verified.get(ole));
        given().auth().oauth2(ole).when().get("/proposals/" + id).then().statusCode(404);
        given().auth().oauth2(token).when().get("/proposals/" + id).then().statusCode(200);
    }

    @Test
    void aKeptIdentityIsServedWithoutVerifyingTheTokenAgain() {
        // the identity a real token got, kept under a string no verification would accept: only the cache can
        // answer for it, so a 200 shows that the kept identity is served (with the rights of the person it names)
        String token = Workflow.IDA.tokenWith(Map.of("jti", "cache-" + System.nanoTime()));
        String id = Workflow.create(Workflow.IDA, "Served from the cache");
        given().auth().oauth2(token).when().get("/proposals").then().statusCode(200);
        String unverifiable = "kept-only-" + System.nanoTime();
        verified.put(unverifiable, verified.get(token), System.currentTimeMillis() + 60_000);
        given().auth().oauth2(unverifiable).when().get("/proposals/" + id).then().statusCode(200)
                .body("instructor.name", equalTo("Ida Tester"));
        given().auth().oauth2("never-kept-" + System.nanoTime()).when().get("/proposals/" + id).then().statusCode(401);
    }

    @Test
    void aCachedTokenIsRefusedOnceItExpires() throws InterruptedException {
        long now = Instant.now().getEpochSecond();
        String token = Workflow.IDA.tokenWith(Map.of("iat", now, "exp", now + 2));
        given().auth().oauth2(token).when().get("/proposals").then().statusCode(200);
        assertNotNull(verified.get(token));
        given().auth().oauth2(token).when().get("/proposals").then().statusCode(200);
        Thread.sleep(Math.max(0, (now + 2) * 1000 - System.currentTimeMillis()) + 200);
        given().auth().oauth2(token).when().get("/proposals").then().statusCode(401)
                .body("type", equalTo("urn:mooc:problem:unauthenticated"));
        assertNull(verified.get(token));
    }

    @Test
    void aTokenWithAnotherSignatureIsVerifiedAndRefusedEvenWhenItsClaimsAreCached() {
        String token = Workflow.IDA.tokenWith(Map.of("jti", "cache-" + System.nanoTime()));
        given().auth().oauth2(token).when().get("/proposals").then().statusCode(200);
        assertNotNull(verified.get(token));
        String signature = token.substring(token.lastIndexOf('.') + 1);
        char first = signature.charAt(0);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + (first == 'A' ? 'B' : 'A') + signature.substring(1);
        given().auth().oauth2(forged).when().get("/proposals").then().statusCode(401);
        assertNull(verified.get(forged));
    }
}
