package dk.mooc.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.mooc.e2e.Stack.KEYCLOAK;
import static dk.mooc.e2e.Stack.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The e-mail address is not something a user can take: the services match team members on it, so Keycloak lets only
 * administrators change it. Tried as an attacker would, with Keycloak's real account API.
 */
class IdentityIT {

    @Test
    void aUserCannotTakeATeamMembersAddressAndGainsNothing() throws Exception {
        String colleague = "guest.lecturer." + System.nanoTime() + "@example.org";
        Map<String, Object> body = new HashMap<>(ProposalToReviewCaseIT.application("Identity check " + System.nanoTime()));
        body.put("team", List.of(Map.of("name", "Ole Friis", "email", "ole@example.org", "role", "INSTRUCTOR"),
                Map.of("name", "Guest Lecturer", "email", colleague, "role", "TEACHING_ASSISTANT")));
        String moocId = as("ole").contentType(ContentType.JSON).body(body).when().post("/api/proposal/proposals")
                .then().statusCode(201).extract().path("id");
        as("ida").when().get("/api/proposal/proposals/{id}", moocId).then().statusCode(404);

        // ida asks Keycloak's account API to change her address to the team member's
        String token = Stack.token("ida");
        Map<String, Object> account = given().baseUri(KEYCLOAK).auth().oauth2(token).accept(ContentType.JSON)
                .when().get("/realms/mooc/account/").then().statusCode(200).extract().as(Map.class);
        account.put("email", colleague);
        account.remove("userProfileMetadata");
        given().baseUri(KEYCLOAK).auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(account).when().post("/realms/mooc/account/")
                .then().statusCode(400)
                .body("errors.errorMessage", hasItem("error-user-attribute-read-only"));

        // a fresh token still names her own, verified address, and the proposal stays invisible to her
        String fresh = given().baseUri(KEYCLOAK).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "mooc-e2e")
                .formParam("client_secret", "mooc-e2e-secret").formParam("username", "ida").formParam("password", "demo")
                .when().post("/realms/mooc/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        Map<String, Object> claims = TokenAttacksIT.claimsOf(fresh);
        assertEquals("ida@example.org", claims.get("email"));
        assertEquals(Boolean.TRUE, claims.get("email_verified"));
        given().baseUri(Stack.GATEWAY).auth().oauth2(fresh).when().get("/api/proposal/proposals/{id}", moocId)
                .then().statusCode(404).body("type", equalTo("urn:mooc:problem:not-found"));
    }
}
