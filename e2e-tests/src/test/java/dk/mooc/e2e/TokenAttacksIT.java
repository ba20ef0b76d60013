package dk.mooc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.mooc.e2e.Stack.KEYCLOAK;
import static dk.mooc.e2e.Stack.anonymous;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forged, replayed and misdirected tokens against every service through the gateway. Each attack must be refused with
 * 401 (a problem document) by all four services; a real token of the same user is accepted in the same run, so a
 * refusal cannot come from a broken stack. The tokens that need Keycloak's own signature (expired, no audience) come
 * from two test clients that this suite adds to the demo realm through Keycloak's admin API.
 */
class TokenAttacksIT {

    /** One read per service (review-service has none for an instructor: a real token gets 403 there, not 401). */
    static final List<String> READS = List.of("/api/proposal/proposals", "/api/review/review-cases",
            "/api/production/productions", "/api/analytics/courses");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static String realToken;
    private static final List<String> attacks = new ArrayList<>();

    @BeforeAll
    static void aRealTokenIsAccepted() {
        realToken = Stack.token("ida");
        for (String read : READS) {
            int status = get(realToken, read).statusCode();
            assertTrue(status == 200 || status == 403, read + " authenticates ida's real token (got " + status + ")");
        }
    }

    @Test
    void algNone() throws Exception {
        Map<String, Object> header = Map.of("alg", "none", "typ", "JWT");
        refused("alg none", b64(header) + "." + payloadOf(realToken) + ".");
        refused("alg none with the real signature", b64(header) + "." + payloadOf(realToken) + "." + signatureOf(realToken));
    }

    @Test
    void hs256SignedWithTheRealmsPublicKey() throws Exception {
        RSAPublicKey key = realmKey();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        Map<String, Object> header = new LinkedHashMap<>(headerOf(realToken));
        header.put("alg", "HS256");
        for (byte[] secret : List.of(key.getEncoded(), pem.getBytes(StandardCharsets.US_ASCII))) {
            String signingInput = b64(header) + "." + payloadOf(realToken);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            refused("HS256 with the public key", signingInput + "." + B64.encodeToString(
                    mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII))));
        }
    }

    @Test
    void headersThatPointAtTheAttackersOwnKey() throws Exception {
        KeyPair attacker = KeyPairGenerator.getInstance("RSA").genKeyPair();
        RSAPublicKey pub = (RSAPublicKey) attacker.getPublic();
        Map<String, Object> jwk = Map.of("kty", "RSA", "kid", "attacker", "use", "sig", "alg", "RS256",
                "n", B64.encodeToString(unsigned(pub.getModulus())), "e", B64.encodeToString(unsigned(pub.getPublicExponent())));
        String payload = payloadOf(realToken);

        Map<String, Object> embedded = new LinkedHashMap<>(Map.of("alg", "RS256", "typ", "JWT", "kid", "attacker"));
        embedded.put("jwk", jwk);
        refused("embedded jwk", sign(embedded, payload, attacker));

        Map<String, Object> jku = new LinkedHashMap<>(Map.of("alg", "RS256", "typ", "JWT", "kid", "attacker"));
        jku.put("jku", "http://127.0.0.1:9/attacker/jwks.json");
        refused("jku", sign(jku, payload, attacker));

        refused("unknown kid", sign(Map.of("alg", "RS256", "typ", "JWT", "kid", "unknown-" + System.nanoTime()), payload, attacker));
        // the realm's real kid, the attacker's signature
        refused("real kid, foreign signature", sign(headerOf(realToken), payload, attacker));
    }

    @Test
    void aTamperedPayload() throws Exception {
        Map<String, Object> claims = claimsOf(realToken);
        claims.put("realm_access", Map.of("roles", List.of("instructor", "admin", "committee", "committee-chair")));
        refused("roles added to the payload", headerPart(realToken) + "." + b64(claims) + "." + signatureOf(realToken));
        Map<String, Object> later = claimsOf(realToken);
        later.put("exp", ((Number) later.get("exp")).longValue() + 86_400);
        refused("expiry moved by a day", headerPart(realToken) + "." + b64(later) + "." + signatureOf(realToken));
    }

    @Test
    void anExpiredToken() throws Exception {
        KeycloakAdmin admin = new KeycloakAdmin();
        // Keycloak's own signature and every claim right, but a lifetime of one second
        admin.ensureClient("e2e-attack-short-lived", true, Map.of("access.token.lifespan", "1"));
        String token = admin.passwordGrant("e2e-attack-short-lived", "ida");
        Map<String, Object> claims = claimsOf(token);
        assertEquals(1L, ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue());
        Thread.sleep(2_500);
        refused("expired", token);
    }

    @Test
    void aTokenWithoutTheAudience() throws Exception {
        KeycloakAdmin admin = new KeycloakAdmin();
        admin.ensureClient("e2e-attack-no-audience", false, Map.of());
        String token = admin.passwordGrant("e2e-attack-no-audience", "ida");
        Object aud = claimsOf(token).get("aud");
        assertTrue(aud == null || !aud.toString().contains("mooc-api"), "the token really lacks the audience: " + aud);
        refused("no mooc-api audience", token);
    }

    @Test
    void anotherRealmsToken() {
        String foreign = Stack.masterAdminToken();
        refused("master realm", foreign);
    }

    private static void refused(String attack, String token) {
        for (String read : READS) {
            get(token, read).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:mooc:problem:unauthenticated"));
        }
        synchronized (attacks) {
            attacks.add(attack);
            System.out.printf("[token attacks] %-35s refused with 401 by %d services%n", attack, READS.size());
        }
    }

    private static io.restassured.response.Response get(String token, String read) {
        return anonymous().auth().oauth2(token).when().get(read);
    }

    // --- token pieces -------------------------------------------------------------------------------------

    private static String headerPart(String token) {
        return token.split("\\.")[0];
    }

    private static String payloadOf(String token) {
        return token.split("\\.")[1];
    }

    private static String signatureOf(String token) {
        return token.split("\\.")[2];
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headerOf(String token) throws Exception {
        return JSON.readValue(Base64.getUrlDecoder().decode(headerPart(token)), LinkedHashMap.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> claimsOf(String token) throws Exception {
        return JSON.readValue(Base64.getUrlDecoder().decode(payloadOf(token)), LinkedHashMap.class);
    }

    private static String b64(Object json) throws Exception {
        return B64.encodeToString(JSON.writeValueAsBytes(json));
    }

    private static String sign(Map<String, Object> header, String payload, KeyPair key) throws Exception {
        String input = b64(header) + "." + payload;
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key.getPrivate());
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(rs256.sign());
    }

    private static byte[] unsigned(BigInteger n) {
        byte[] b = n.toByteArray();
        return b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static RSAPublicKey realmKey() throws Exception {
        String kid = (String) headerOf(realToken).get("kid");
        JsonNode keys = JSON.readTree(given().baseUri(KEYCLOAK).when().get("/realms/mooc/protocol/openid-connect/certs")
                .then().statusCode(200).extract().asString()).path("keys");
        for (JsonNode k : keys) {
            if (kid.equals(k.path("kid").asText())) {
                BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(k.path("n").asText()));
                BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(k.path("e").asText()));
                PublicKey p = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
                return (RSAPublicKey) p;
            }
        }
        throw new AssertionError("the realm publishes no key " + kid);
    }

    /** Keycloak's admin API with the local stack's generated admin password. */
    static final class KeycloakAdmin {
        private final String token = Stack.masterAdminToken();

        /** A confidential password-grant client (secret = its id), with or without the mooc-api audience. */
        void ensureClient(String clientId, boolean audience, Map<String, String> attributes) {
            List<?> found = given().baseUri(KEYCLOAK).auth().oauth2(token).queryParam("clientId", clientId)
                    .when().get("/admin/realms/mooc/clients").then().statusCode(200).extract().as(List.class);
            if (!found.isEmpty()) {
                return;
            }
            Map<String, Object> client = new LinkedHashMap<>();
            client.put("clientId", clientId);
            client.put("name", "TEST ONLY: token attacks");
            client.put("enabled", true);
            client.put("publicClient", false);
            client.put("secret", clientId);
            client.put("standardFlowEnabled", false);
            client.put("directAccessGrantsEnabled", true);
            client.put("attributes", attributes);
            List<Map<String, Object>> mappers = new ArrayList<>();
            mappers.add(Map.of("name", "department", "protocol", "openid-connect",
                    "protocolMapper", "oidc-usermodel-attribute-mapper",
                    "config", Map.of("user.attribute", "department", "claim.name", "department", "jsonType.label", "String",
                            "access.token.claim", "true")));
            if (audience) {
                mappers.add(Map.of("name", "audience mooc-api", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.custom.audience", "mooc-api", "access.token.claim", "true")));
            }
            client.put("protocolMappers", mappers);
            given().baseUri(KEYCLOAK).auth().oauth2(token).contentType(ContentType.JSON).body(client)
                    .when().post("/admin/realms/mooc/clients").then().statusCode(201);
        }

        String passwordGrant(String clientId, String username) {
            return given().baseUri(KEYCLOAK).contentType("application/x-www-form-urlencoded")
                    .formParam("grant_type", "password").formParam("client_id", clientId)
                    .formParam("client_secret", clientId).formParam("username", username).formParam("password", "demo")
                    .when().post("/realms/mooc/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
        }
    }
}
