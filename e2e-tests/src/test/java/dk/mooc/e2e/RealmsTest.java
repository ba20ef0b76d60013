package dk.mooc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two realms built from one source (deploy/keycloak/realms.mjs): the production realm has no demo users and no
 * password-grant client and enforces the university's settings; the demo realm is the same realm plus exactly the demo
 * users and the test client. Runs without a stack.
 */
class RealmsTest {

    private static final Path ROOT = Path.of(System.getProperty("mooc.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theProductionRealmHasNoDemoUsersNoTestClientAndTheUniversitysSettings() throws Exception {
        JsonNode r = build("production");
        assertEquals("mooc", r.path("realm").asText());
        assertTrue(r.path("users").isMissingNode() || r.path("users").isEmpty(), "no users in the production realm");
        assertEquals(List.of("mooc-spa", "mooc-api"), clientIds(r));
        for (JsonNode c : r.path("clients")) {
            assertFalse(c.path("directAccessGrantsEnabled").asBoolean(false), c.path("clientId") + ": no password grant");
            assertFalse(c.path("implicitFlowEnabled").asBoolean(false), c.path("clientId") + ": no implicit flow");
            assertFalse(c.has("secret"), c.path("clientId") + ": no secret in the realm file");
        }
        JsonNode spa = client(r, "mooc-spa");
        assertEquals("S256", spa.path("attributes").path("pkce.code.challenge.method").asText());
        assertEquals("[\"${MOOC_PUBLIC_URL}/\"]", spa.path("redirectUris").toString(), "redirects to the deployment's own address");

        String policy = r.path("passwordPolicy").asText();
        assertTrue(policy.contains("length(12)"), policy);
        assertTrue(policy.contains("notUsername") && policy.contains("notEmail") && policy.contains("passwordHistory"), policy);
        assertTrue(r.path("bruteForceProtected").asBoolean(), "brute-force protection");
        assertEquals(5, r.path("failureFactor").asInt());
        assertTrue(r.path("accessTokenLifespan").asInt() <= 300, "access tokens live 5 minutes at most");
        assertTrue(r.path("revokeRefreshToken").asBoolean(), "refresh tokens are single-use");
        assertEquals(0, r.path("refreshTokenMaxReuse").asInt());
        assertTrue(r.path("verifyEmail").asBoolean(), "e-mail addresses are verified");
        assertFalse(r.path("registrationAllowed").asBoolean(true), "no self-registration");
        assertFalse(r.path("editUsernameAllowed").asBoolean(true), "usernames are fixed");
        assertAdministratorsAloneEdit(r, "email");
        assertAdministratorsAloneEdit(r, "username");
        assertAdministratorsAloneEdit(r, "department");
    }

    @Test
    void theDemoRealmIsTheProductionRealmPlusDemoUsersAndTheTestClient() throws Exception {
        JsonNode prod = build("production");
        JsonNode demo = build("demo");
        assertEquals(List.of("mooc-spa", "mooc-api", "mooc-e2e"), clientIds(demo));
        assertTrue(client(demo, "mooc-e2e").path("directAccessGrantsEnabled").asBoolean());
        assertEquals("[\"http://localhost:8080/\"]", client(demo, "mooc-spa").path("redirectUris").toString());
        List<String> users = new ArrayList<>();
        demo.path("users").forEach(u -> {
            users.add(u.path("username").asText());
            assertTrue(u.path("emailVerified").asBoolean(), u.path("username") + "'s e-mail is verified");
        });
        assertEquals(List.of("ida", "ole", "carla", "chris", "cathy", "kirsten", "bo", "bea", "hans", "helle", "mads", "ada"),
                users);
        // what protects people is the same in both
        for (String same : List.of("bruteForceProtected", "failureFactor", "accessTokenLifespan", "revokeRefreshToken",
                "verifyEmail", "roles", "components")) {
            assertEquals(prod.path(same), demo.path(same), same + " is the production realm's");
        }
        assertEquals(client(prod, "mooc-api"), client(demo, "mooc-api"));
        assertEquals(client(prod, "mooc-spa").path("protocolMappers"), client(demo, "mooc-spa").path("protocolMappers"));
    }

    private static void assertAdministratorsAloneEdit(JsonNode realm, String attribute) throws IOException {
        JsonNode profile = JSON.readTree(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")
                .get(0).path("config").path("kc.user.profile.config").get(0).asText());
        for (JsonNode a : profile.path("attributes")) {
            if (a.path("name").asText().equals(attribute)) {
                assertEquals("[\"admin\"]", a.path("permissions").path("edit").toString(), attribute + " is edited by administrators only");
                return;
            }
        }
        throw new AssertionError("the user profile declares no attribute " + attribute);
    }

    private static JsonNode client(JsonNode realm, String id) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no client " + id);
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
        return ids;
    }

    private static JsonNode build(String kind) throws Exception {
        Path out = Files.createTempFile("realm-" + kind, ".json");
        try {
            Process p = new ProcessBuilder("node", ROOT.resolve("deploy/keycloak/realms.mjs").toString(), kind, out.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "realms.mjs finished");
            assertEquals(0, p.exitValue(), output);
            return JSON.readTree(out.toFile());
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
