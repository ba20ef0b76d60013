package dk.mooc.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Where the running stack is, and real access tokens from its Keycloak. */
final class Stack {
    static final String GATEWAY = System.getProperty("e2e.gateway", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("e2e.keycloak", "http://localhost:8180");
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Stack() {
    }

    /** An access token for a demo user, from the password grant of the test-only client mooc-e2e. */
    static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> given()
                .baseUri(KEYCLOAK)
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password")
                .formParam("client_id", "mooc-e2e")
                .formParam("client_secret", "mooc-e2e-secret")
                .formParam("username", u)
                .formParam("password", "demo")
                .formParam("scope", "openid")
                .when().post("/realms/mooc/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    static RequestSpecification as(String username) {
        return given().baseUri(GATEWAY).auth().oauth2(token(username));
    }

    static RequestSpecification anonymous() {
        return given().baseUri(GATEWAY);
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
