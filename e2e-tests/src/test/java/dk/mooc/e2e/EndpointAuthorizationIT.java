package dk.mooc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of every service, as its OpenAPI document (read through the gateway) lists it, called through the
 * gateway with real Keycloak tokens: without a token 401, with the token of a demo user none of whose realm roles the
 * operation allows 403, and with the token of a user whose role it allows not 401 (what follows depends on the object
 * behind the made-up id, e.g. 404). The roles an operation allows are the scopes
 * of its {@code bearer} security requirement, which SmallRye OpenAPI derives from the method's {@code @RolesAllowed};
 * the users' roles are read from their own tokens ({@code realm_access.roles}).
 * <p>
 * The role check runs before the request's parameters and body are read, so made-up ids and an empty body suffice.
 * This is where endpoint authorization is covered with real signed tokens for every endpoint; the component tests that
 * use {@code @TestSecurity} skip token validation (docs/security.md, "Tests").
 */
class EndpointAuthorizationIT {

    private static final List<String> SERVICES = List.of("proposal", "review", "production", "analytics");
    /** One demo user per realm role (deploy/README.md, "Demo logins"); their roles are read from their tokens. */
    private static final List<String> USERS = List.of("ida", "carla", "chris", "cathy", "bo", "hans", "mads", "ada");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pacer PACER = new Pacer();

    @TestFactory
    Stream<DynamicContainer> everyOperationRefusesMissingTokensAndRolesItDoesNotAllow() throws Exception {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (String user : USERS) {
            roles.put(user, realmRoles(Stack.token(user)));
            assertFalse(roles.get(user).isEmpty(), user + " has realm roles");
        }
        List<DynamicContainer> services = new ArrayList<>();
        for (String service : SERVICES) {
            String document = PACER.send(Stack.anonymous().queryParam("format", "json"), "GET",
                    "/api/" + service + "/q/openapi").then().statusCode(200).extract().asString();
            JsonNode api = JSON.readTree(document);
            List<Operation> operations = operations(service, api);
            assertFalse(operations.isEmpty(), service + " lists operations");
            services.add(DynamicContainer.dynamicContainer(service + "-service (" + operations.size() + " operations)",
                    operations.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> check(op, roles)))));
        }
        return services.stream();
    }

    private static void check(Operation op, Map<String, Set<String>> roles) {
        // every operation needs a token; one without a security requirement would be public, which none is
        assertFalse(op.allowedRoles() == null, op + " declares a bearer security requirement");

        Response anonymous = PACER.send(op.request(Stack.anonymous()), op.method(), op.path());
        assertEquals(401, anonymous.statusCode(), op + " without a token: " + anonymous.asString());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"), op + ": " + anonymous.contentType());
        assertEquals("urn:mooc:problem:unauthenticated", anonymous.jsonPath().getString("type"), op.toString());

        if (op.allowedRoles().isEmpty()) {
            return;   // any signed-in user: nothing to refuse by role
        }
        String outsider = roles.entrySet().stream().filter(e -> e.getValue().stream().noneMatch(op.allowedRoles()::contains))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        assertNotEquals(null, outsider, op + " allows every demo user's role " + roles + "; no one to refuse");
        Response refused = PACER.send(op.request(Stack.as(outsider)), op.method(), op.path());
        assertEquals(403, refused.statusCode(), op + " as " + outsider + " " + roles.get(outsider) + ": " + refused.asString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), op + ": " + refused.contentType());
        assertEquals("urn:mooc:problem:forbidden", refused.jsonPath().getString("type"), op.toString());

        // the same kind of token passes for a role the operation allows (what happens next depends on the object)
        String insider = roles.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(op.allowedRoles()::contains))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(op + ": no demo user has "
                        + op.allowedRoles()));
        Response allowed = PACER.send(op.request(Stack.as(insider)), op.method(), op.path());
        assertNotEquals(401, allowed.statusCode(), op + " as " + insider + ": " + allowed.asString());
    }

    /** The operations of one OpenAPI document, with made-up values for their path parameters. */
    static List<Operation> operations(String service, JsonNode api) {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode op = method.getValue();
                String concrete = path.getKey();
                for (JsonNode p : op.path("parameters")) {
                    if ("path".equals(p.path("in").asText())) {
                        concrete = concrete.replace("{" + p.path("name").asText() + "}", sampleValue(api, p.path("schema")));
                    }
                }
                Set<String> allowed = null;
                for (JsonNode requirement : op.path("security")) {
                    if (requirement.has("bearer")) {
                        allowed = new LinkedHashSet<>();
                        for (JsonNode role : requirement.path("bearer")) {
                            allowed.add(role.asText());
                        }
                    }
                }
                Iterator<String> media = op.path("requestBody").path("content").fieldNames();
                String bodyType = media.hasNext() ? media.next() : null;
                ops.add(new Operation(service, method.getKey().toUpperCase(), path.getKey(),
                        "/api/" + service + concrete, allowed, bodyType));
            }
        }
        return ops;
    }

    /** A well-formed value of a path parameter's type: the first constant of an enum, a fresh UUID, 1, or a word. */
    private static String sampleValue(JsonNode api, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            schema = api.path("components").path("schemas").path(name);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        String format = schema.path("format").asText();
        if ("uuid".equals(format)) {
            return UUID.randomUUID().toString();
        }
        if ("integer".equals(schema.path("type").asText()) || format.startsWith("int")) {
            return "1";
        }
        return "sample";
    }

    static Set<String> realmRoles(String token) throws Exception {
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode r : claims.path("realm_access").path("roles")) {
            String role = r.asText();
            if (!role.startsWith("default-roles-") && !role.equals("offline_access") && !role.equals("uma_authorization")) {
                roles.add(role);
            }
        }
        return roles;
    }

    record Operation(String service, String method, String template, String path, Set<String> allowedRoles,
                     String bodyType) {
        RequestSpecification request(RequestSpecification spec) {
            if (bodyType == null) {
                return spec;
            }
            if (bodyType.contains("json")) {
                return spec.contentType(bodyType).body("{}");
            }
            String type = bodyType.contains("*") ? "application/octet-stream" : bodyType;
            return spec.contentType(type).body("x\n".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return method + " /api/" + service + template + " " + (allowedRoles == null ? "(no security)" : allowedRoles);
        }
    }

    /**
     * Keeps a test under the gateway's rate limit (GatewayIT.RateLimit: requests per second per address), at half the
     * allowed rate per client address (each user has their own, Stack.clientAddress), so that it leaves room for the
     * others; a 429 that slips through is waited out by the specs of
     * {@link Stack#as} and {@link Stack#anonymous}.
     */
    static final class Pacer {
        /** When each client address last sent: the limit is per address (Stack.clientAddress). */
        private final java.util.Map<Object, Long> last = new java.util.HashMap<>();
        /** Two periods of the gateway's rate: read once from its configuration. */
        private long gapMillis;

        /**
         * Sends the request at most at half the rate the gateway allows its client address: the address the spec
         * sends from (Stack.as sets it per user; none, for Stack.anonymous, is 127.0.0.1), so the two cannot disagree.
         */
        synchronized Response send(RequestSpecification spec, String method, String path) {
            Object client = Stack.clientAddressOf(spec);
            try {
                if (gapMillis == 0) {
                    gapMillis = 2000L / GatewayIT.RateLimit.configured().ratePerSecond();
                }
                long wait = last.getOrDefault(client, 0L) + gapMillis - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(method + " " + path + ": " + e, e);
            }
            last.put(client, System.currentTimeMillis());
            return spec.request(method, path);
        }
    }
}
