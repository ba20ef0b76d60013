package dk.mooc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the four OpenAPI documents (read through the gateway), sent through the gateway with the Accept
 * headers that clients generated from those documents send: {@code application/problem+json} alone, and first before
 * {@code application/json}. None may answer 406, and a 2xx must come as JSON or as the type the operation documents for
 * it, never labelled as a problem document (issue 15; ProblemAwareAccept in platform-commons).
 * <p>
 * The requests are those of {@link EndpointAuthorizationIT} (made-up ids, an empty or minimal body), sent as the
 * administrator ada. Reads are always sent as ada. A write is sent as ada only when its path holds a made-up UUID, so it
 * ends at 404 (or 403) without changing anything; a write on a path without one (a create, a batch run) is sent without a
 * token: Quarkus REST decides 406 while routing, before authentication, so its 401 still shows that the Accept passed.
 */
class ContentNegotiationIT {

    private static final List<String> SERVICES = List.of("proposal", "review", "production", "analytics");
    private static final List<String> ACCEPTS = List.of("application/problem+json",
            "application/problem+json, application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** "accept → status" → how many answers; printed at the end. */
    private static final Map<String, AtomicInteger> COUNTS = new TreeMap<>();
    private static final AtomicInteger SUCCESS_TYPES_CHECKED = new AtomicInteger();

    @TestFactory
    Stream<DynamicContainer> noOperationAnswers406ToTheAcceptOfAGeneratedClient() throws Exception {
        List<DynamicContainer> services = new ArrayList<>();
        for (String service : SERVICES) {
            String document = Stack.anonymous().queryParam("format", "json")
                    .get("/api/" + service + "/q/openapi").then().statusCode(200).extract().asString();
            JsonNode api = JSON.readTree(document);
            List<EndpointAuthorizationIT.Operation> operations = EndpointAuthorizationIT.operations(service, api);
            assertFalse(operations.isEmpty(), service + " lists operations");
            services.add(DynamicContainer.dynamicContainer(service + "-service (" + operations.size() + " operations)",
                    operations.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> check(api, op)))));
        }
        return services.stream();
    }

    private static void check(JsonNode api, EndpointAuthorizationIT.Operation op) {
        boolean asAdmin = "GET".equals(op.method()) || hasUuidPathParameter(api, op);
        List<String> successTypes = successTypes(api, op);
        for (String accept : ACCEPTS) {
            RequestSpecification spec = asAdmin ? Stack.as("ada") : Stack.anonymous();
            Response r = op.request(spec).accept(accept).request(op.method(), op.path());
            String what = op.method() + " /api/" + op.service() + op.template() + " with Accept " + accept
                    + (asAdmin ? " as ada" : " without a token");
            count(accept + " → " + r.statusCode());
            assertNotEquals(406, r.statusCode(), what + ": " + r.asString());
            if (!asAdmin) {
                assertTrue(r.statusCode() == 401, what + ": " + r.statusCode() + " " + r.asString());
            }
            if (r.statusCode() / 100 == 2 && r.statusCode() != 204) {
                String type = baseType(r.contentType());
                assertTrue(type.equals("application/json") || successTypes.stream().anyMatch(t -> matches(t, type)),
                        what + ": " + r.statusCode() + " as " + r.contentType() + "; documented " + successTypes);
                SUCCESS_TYPES_CHECKED.incrementAndGet();
            } else if (r.statusCode() >= 400) {
                assertTrue(baseType(r.contentType()).equals("application/problem+json"),
                        what + ": " + r.statusCode() + " as " + r.contentType());
            }
        }
    }

    @AfterAll
    static void printCounts() {
        System.out.println("ContentNegotiationIT: answers by Accept and status " + COUNTS
                + "; 2xx answers whose Content-Type was checked: " + SUCCESS_TYPES_CHECKED.get());
    }

    private static synchronized void count(String key) {
        COUNTS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Whether a path parameter of the operation is a UUID, so that the made-up value names nothing that exists. */
    private static boolean hasUuidPathParameter(JsonNode api, EndpointAuthorizationIT.Operation op) {
        JsonNode operation = api.path("paths").path(op.template()).path(op.method().toLowerCase(Locale.ROOT));
        for (JsonNode p : operation.path("parameters")) {
            JsonNode schema = p.path("schema");
            if (schema.has("$ref")) {
                schema = api.path("components").path("schemas")
                        .path(schema.path("$ref").asText().replace("#/components/schemas/", ""));
            }
            if ("path".equals(p.path("in").asText()) && "uuid".equals(schema.path("format").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The media types the operation documents for its 2xx answers. */
    private static List<String> successTypes(JsonNode api, EndpointAuthorizationIT.Operation op) {
        JsonNode responses = api.path("paths").path(op.template()).path(op.method().toLowerCase(Locale.ROOT))
                .path("responses");
        List<String> types = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").fieldNames().forEachRemaining(types::add);
            }
        }
        return types;
    }

    private static boolean matches(String documented, String actual) {
        String d = baseType(documented);
        return d.equals(actual) || d.equals("*/*") || (d.endsWith("/*") && actual.startsWith(d.substring(0, d.length() - 1)));
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
