package dk.mooc.proposal.rest;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.proposal.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Real signed tokens, each differing from a valid one in exactly one claim: the service must check the issuer, the
 * audience and the expiry itself, not only the signature. Every test first shows that the unchanged token is
 * accepted, so a refusal can only come from the one claim changed.
 * <p>
 * Expiry is checked by the security layer against the real time, not the platform's movable clock, so the
 * expired tokens are built from {@link Instant#now()}. No {@code quarkus.oidc.token.lifespan-grace} is configured:
 * no clock skew is allowed, and ten minutes past expiry is beyond any leeway.
 */
@QuarkusTest
class TokenValidationTest {

    private static void acceptedUnchanged() {
        given().auth().oauth2(Workflow.IDA.token()).when().get("/proposals").then().statusCode(200);
    }

    private static void refusedWith(Map<String, Object> changedClaims) {
        acceptedUnchanged();
        given().auth().oauth2(Workflow.IDA.tokenWith(changedClaims)).when().get("/proposals").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:mooc:problem:unauthenticated"))
                .body("status", equalTo(401));
    }

    private static Map<String, Object> without(String claim) {
        Map<String, Object> m = new HashMap<>();
        m.put(claim, null);
        return m;
    }

    @Test
    void theTestIssuersOwnTokenIsAcceptedAndTheClaimsAreReadFromIt() {
        given().auth().oauth2(Workflow.IDA.tokenWith(Map.of("iss", TestTokens.ISSUER, "aud", "mooc-api")))
                .when().get("/proposals").then().statusCode(200);
        given().auth().oauth2(Workflow.IDA.tokenWith(Map.of("aud", List.of("account", "mooc-api"))))
                .when().get("/proposals").then().statusCode(200);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refusedWith(Map.of("iss", "https://keycloak.example.org/realms/mooc"));
    }

    @Test
    void aTokenWithoutAnIssuerIsRefused() {
        refusedWith(without("iss"));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refusedWith(Map.of("aud", "another-api"));
        refusedWith(Map.of("aud", List.of("account", "another-api")));
    }

    @Test
    void aTokenWithoutAnAudienceIsRefused() {
        refusedWith(without("aud"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        long now = Instant.now().getEpochSecond();
        refusedWith(Map.of("iat", now - 4200, "exp", now - 600));
    }

    @Test
    void aTokenThatNeverExpiresIsRefused() {
        refusedWith(without("exp"));
    }
}
