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

    /**
     * The other half: even when an address does move to another account (an administrator re-assigns a mailbox), the
     * team entry stays with the account that first used it. Two test-only instructors: the member, who signs in and is
     * bound, and the taker, who is later given the member's verified address.
     */
    @Test
    void anAddressReassignedByAnAdministratorCarriesNoAccessToTheNewHolder() throws Exception {
        long n = System.nanoTime();
        String address = "member." + n + "@example.org";
        String member = "member" + n;
        String taker = "taker" + n;
        String memberPath = Stack.ensureUser(member, "Mia", address, "Physics", "instructor");
        String takerPath = Stack.ensureUser(taker, "Theo", "taker." + n + "@example.org", "Physics", "instructor");
        try {
            Map<String, Object> body = new HashMap<>(ProposalToReviewCaseIT.application("Reassigned address " + n));
            body.put("team", List.of(Map.of("name", "Ole Friis", "email", "ole@example.org", "role", "INSTRUCTOR"),
                    Map.of("name", "Mia Member", "email", address, "role", "TEACHING_ASSISTANT")));
            String moocId = as("ole").contentType(ContentType.JSON).body(body).when().post("/api/proposal/proposals")
                    .then().statusCode(201).extract().path("id");
            as("ole").when().get("/api/proposal/proposals/{id}", moocId).then().statusCode(200)
                    .body("team.find { it.email == '" + address + "' }.pending", equalTo(true));

            // the member signs in: the entry is bound to her account
            as(member).when().get("/api/proposal/proposals/{id}", moocId).then().statusCode(200);
            as("ole").when().get("/api/proposal/proposals/{id}", moocId).then().statusCode(200)
                    .body("team.find { it.email == '" + address + "' }.pending", equalTo(false));

            // an administrator moves the address to another account (addresses are unique in the realm)
            Stack.changeEmail(memberPath, "moved." + n + "@example.org");
            Stack.changeEmail(takerPath, address);

            String takerToken = Stack.freshToken(taker);
            Map<String, Object> claims = TokenAttacksIT.claimsOf(takerToken);
            assertEquals(address, claims.get("email"), "the taker's token names the member's address");
            assertEquals(Boolean.TRUE, claims.get("email_verified"));
            given().baseUri(Stack.GATEWAY).auth().oauth2(takerToken).when().get("/api/proposal/proposals/{id}", moocId)
                    .then().statusCode(404).body("type", equalTo("urn:mooc:problem:not-found"));
            List<String> listed = given().baseUri(Stack.GATEWAY).auth().oauth2(takerToken).queryParam("size", 100)
                    .when().get("/api/proposal/proposals").then().statusCode(200).extract().path("items.id");
            assertEquals(false, listed.contains(moocId), "not in the taker's list either");
            // and the member, under her new address, keeps the access she was given
            as(member).when().get("/api/proposal/proposals/{id}", moocId).then().statusCode(200);
        } finally {
            String admin = Stack.masterAdminToken();
            for (String path : List.of(memberPath, takerPath)) {
                given().baseUri(KEYCLOAK).auth().oauth2(admin).when().delete(path).then().statusCode(204);
            }
        }
    }
}
