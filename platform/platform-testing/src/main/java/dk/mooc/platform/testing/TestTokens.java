package dk.mooc.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real signed bearer tokens for tests in which several people act on one object (instructor, consultant, board,
 * head): the service validates them locally with {@code quarkus.oidc.public-key}, exactly as it validates
 * Keycloak's tokens (signature, expiry, audience, realm roles), without a running Keycloak. The key pair is a
 * test-only one committed under src/main/resources; it signs nothing outside tests.
 * <p>
 * Use as {@code @QuarkusTestResource(TestTokens.class)}, then {@code given().auth().oauth2(TestTokens.of(...))}.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A person of the demo realm, as a token would describe them. */
    public record Person(String sub, String username, String name, String email, String department, List<String> roles) {
        public String token() {
            return TestTokens.sign(this);
        }

        /** A token of this person with some claims replaced ({@code iss}, {@code aud}, {@code exp}, …); a null value removes the claim. */
        public String tokenWith(Map<String, Object> claims) {
            return TestTokens.sign(this, claims);
        }
    }

    public static Person person(String username, String department, String... roles) {
        String name = Character.toUpperCase(username.charAt(0)) + username.substring(1);
        return new Person(username + "-sub", username, name + " Tester", username + "@example.org", department,
                List.of(roles));
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.public-key", resource("test-token-signing-key.pub.b64"),
                // with a public key there is no discovery document to take the issuer from: name it, so a token
                // of another issuer is refused as it is against Keycloak
                "quarkus.oidc.token.issuer", ISSUER,
                // an empty value unsets the Keycloak URL: with a public key there is no server to talk to
                "quarkus.oidc.auth-server-url", "");
    }

    @Override
    public void stop() {
        // nothing to stop: the key is static
    }

    /** The issuer of the test tokens, and the only one the services accept in tests. */
    public static final String ISSUER = "urn:mooc:test";

    static String sign(Person p) {
        return sign(p, Map.of());
    }

    static String sign(Person p, Map<String, Object> overrides) {
        try {
            long now = System.currentTimeMillis() / 1000;
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", ISSUER);
            claims.put("sub", p.sub());
            claims.put("aud", "mooc-api");
            claims.put("iat", now);
            claims.put("exp", now + 3600);
            claims.put("preferred_username", p.username());
            claims.put("name", p.name());
            claims.put("email", p.email());
            claims.put("email_verified", true);
            if (p.department() != null) {
                claims.put("department", p.department());
            }
            claims.put("realm_access", Map.of("roles", p.roles()));
            overrides.forEach((name, value) -> {
                if (value == null) {
                    claims.remove(name);
                } else {
                    claims.put(name, value);
                }
            });
            String header = b64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = b64(JSON.writeValueAsBytes(claims));
            byte[] der = Base64.getDecoder().decode(resource("test-token-signing-key.pkcs8.b64"));
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64(rs256.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String resource(String name) {
        try (InputStream in = TestTokens.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from platform-testing");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
