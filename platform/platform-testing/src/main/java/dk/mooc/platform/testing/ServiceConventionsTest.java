package dk.mooc.platform.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What every service must offer to operators and integrators. Each service runs these with a subclass
 * annotated {@code @QuarkusTest}, against its real database and broker.
 */
public abstract class ServiceConventionsTest {

    /** The title of the service's OpenAPI document. */
    protected abstract String openApiTitle();

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsStringIgnoringCase("database")))
                .body("checks.name", hasItem(containsStringIgnoringCase("messaging")));
    }

    /**
     * The Kafka connector's throttled commit strategy fails a channel (for good, until a restart) when a record stays
     * unprocessed longer than its limit, 60 s by default. The inbox waits for the database, so with that default a
     * database outage of more than a minute would stop every consumer. Each incoming Kafka channel must outlast an
     * outage of minutes (the shared configuration sets 15 minutes; a channel may not lower it below 10).
     */
    @Test
    void everyKafkaConsumerOutlastsADatabaseOutageOfMinutes() {
        Config config = ConfigProvider.getConfig();
        String connectorWide = "mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms";
        long fallback = config.getOptionalValue(connectorWide, Long.class).orElse(60_000L);
        int channels = 0;
        for (String name : config.getPropertyNames()) {
            if (!name.startsWith("mp.messaging.incoming.") || !name.endsWith(".connector")
                    || !"smallrye-kafka".equals(config.getOptionalValue(name, String.class).orElse(""))) {
                continue;
            }
            String channel = name.substring(0, name.length() - ".connector".length());
            long maxAge = config.getOptionalValue(channel + ".throttled.unprocessed-record-max-age.ms", Long.class)
                    .orElse(fallback);
            assertTrue(maxAge <= 0 || maxAge >= 600_000, channel + " fails after " + maxAge + " ms unprocessed");
            channels++;
        }
        assertTrue(channels > 0, "no incoming Kafka channel found in the configuration");
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsIncludeTheOutboxBacklogEventPropagationAndTheMailQueue() {
        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("mooc_outbox_pending"))
                .body(containsString("mooc_outbox_oldest_unsent_age_seconds"))
                .body(containsString("mooc_outbox_published_total"))
                .body(containsString("mooc_outbox_failures_total"))
                .body(containsString("mooc_events_propagation_seconds_bucket"))
                .body(containsString("mooc_mail_queued"))
                .body(containsString("mooc_mail_oldest_queued_age_seconds"))
                .body(containsString("mooc_mail_sent_total"))
                .body(containsString("mooc_mail_failed_total"))
                .body(containsString("mooc_mail_attempts_failed_total"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentDescribesTheServiceItsSecurityAndProblemDetails() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("info.title", equalTo(openApiTitle()))
                .body("info.version", notNullValue())
                .body("info.description", not(equalTo(null)))
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.schemas.Problem", notNullValue());
    }

    /** Where each service keeps its reviewed contract, relative to the service's folder. */
    public static final Path COMMITTED_CONTRACT = Path.of("src", "main", "openapi", "openapi.yaml");

    /**
     * Contract first: the document the service serves is the one committed in {@code src/main/openapi/openapi.yaml},
     * byte for byte, so every change to the API shows in review as a change to that file (and the linted documents,
     * the generated Java client and the SPA's types, all made from the committed file, stay true). After an
     * intended change, {@code -Dopenapi.update=true} writes the served document there; review the diff and commit it.
     */
    @Test
    void servedOpenApiDocumentIsTheCommittedContract() throws IOException {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED_CONTRACT.getParent());
            Files.writeString(COMMITTED_CONTRACT, served, StandardCharsets.UTF_8);
            System.out.println("[openapi] wrote the served document to " + COMMITTED_CONTRACT.toAbsolutePath());
            return;
        }
        if (!Files.exists(COMMITTED_CONTRACT)) {
            fail("No committed contract at " + COMMITTED_CONTRACT.toAbsolutePath()
                    + ": run this test with -Dopenapi.update=true, review the file and commit it");
        }
        String committed = Files.readString(COMMITTED_CONTRACT, StandardCharsets.UTF_8);
        if (!committed.equals(served)) {
            fail("The served OpenAPI document differs from the committed contract " + COMMITTED_CONTRACT
                    + firstDifference(committed, served)
                    + "\nIf the change is intended, run this test with -Dopenapi.update=true, review the diff and commit it.");
        }
    }

    private static String firstDifference(String committed, String served) {
        String[] a = committed.split("\n", -1);
        String[] b = served.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) {
                return "\nfirst difference at line " + (i + 1) + ":\n  committed: " + x + "\n  served:    " + y;
            }
        }
        return "";
    }

    /**
     * What a client generator needs from the document: the gateway address, the realm's discovery document beside
     * bearer on every operation, an SPDX license, and every error answer typed as the one Problem schema.
     */
    @Test
    void openApiDocumentIsReadyForClientGenerators() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(doc.getString("servers[0].url").startsWith("/api/"), "servers: " + doc.getList("servers"));
        assertEquals("openIdConnect", doc.getString("components.securitySchemes.openIdConnect.type"));
        assertTrue(doc.getString("components.securitySchemes.openIdConnect.openIdConnectUrl")
                .endsWith("/realms/mooc/.well-known/openid-configuration"));
        assertEquals("LicenseRef-Proprietary", doc.getString("info.license.identifier"));
        assertEquals(Boolean.TRUE, doc.get("components.schemas.Problem.additionalProperties"));
        assertTrue(doc.getMap("components.schemas.Problem.properties").keySet()
                .containsAll(Set.of("type", "status", "detail", "errors", "currentVersion", "unmetGates", "accepted")));

        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        int errors = 0;
        for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths.entrySet()) {
            for (Map.Entry<String, Map<String, Object>> op : path.getValue().entrySet()) {
                String what = op.getKey() + " " + path.getKey();
                if (op.getValue().get("security") instanceof List<?> security) {
                    assertTrue(security.stream().anyMatch(r -> r instanceof Map<?, ?> m && m.containsKey("bearer")), what);
                    assertTrue(security.stream().anyMatch(r -> r instanceof Map<?, ?> m && m.containsKey("openIdConnect")),
                            what + " accepts an openIdConnect token too");
                }
                Map<?, ?> responses = (Map<?, ?>) op.getValue().get("responses");
                for (Map.Entry<?, ?> response : responses.entrySet()) {
                    String code = response.getKey().toString();
                    if (!code.startsWith("4") && !code.startsWith("5")) {
                        continue;
                    }
                    Map<?, ?> content = (Map<?, ?>) ((Map<?, ?>) response.getValue()).get("content");
                    Map<?, ?> problem = content == null ? null : (Map<?, ?>) content.get("application/problem+json");
                    Map<?, ?> schema = problem == null ? null : (Map<?, ?>) problem.get("schema");
                    assertEquals("#/components/schemas/Problem", schema == null ? null : schema.get("$ref"),
                            what + " " + code + ": " + response.getValue());
                    errors++;
                }
            }
        }
        assertTrue(errors > 0, "no error answers documented");
    }

    /**
     * Integrators read the document, and generated clients carry its descriptions into their code: every operation
     * parameter and every property of a components schema says what it means. A property that is only a {@code $ref}
     * is left to the schema it names.
     */
    @Test
    void everyParameterAndSchemaPropertyIsDescribed() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        List<String> undescribed = new ArrayList<>();
        int checked = 0;
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> entry : path.getValue().entrySet()) {
                // parameters shared by the path's operations sit beside them
                Object parameters = "parameters".equals(entry.getKey()) ? entry.getValue()
                        : entry.getValue() instanceof Map<?, ?> op ? op.get("parameters") : null;
                if (!(parameters instanceof List<?> list)) {
                    continue;
                }
                for (Object p : list) {
                    Map<?, ?> parameter = (Map<?, ?>) p;
                    checked++;
                    if (!parameter.containsKey("$ref") && isBlank(parameter.get("description"))) {
                        undescribed.add("parameter " + parameter.get("in") + " " + parameter.get("name") + " of "
                                + entry.getKey() + " " + path.getKey());
                    }
                }
            }
        }
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        for (Map.Entry<String, Map<String, Object>> schema : new TreeMap<>(schemas).entrySet()) {
            if (!(schema.getValue().get("properties") instanceof Map<?, ?> properties)) {
                continue;
            }
            for (Map.Entry<?, ?> property : properties.entrySet()) {
                Map<?, ?> definition = (Map<?, ?>) property.getValue();
                checked++;
                if (!definition.containsKey("$ref") && isBlank(definition.get("description"))) {
                    undescribed.add("property " + schema.getKey() + "." + property.getKey());
                }
            }
        }
        assertTrue(checked > 0, "no parameter or schema property in the OpenAPI document");
        assertTrue(undescribed.isEmpty(), undescribed.size() + " of " + checked + " parameters and properties have no "
                + "description; add @Parameter(description = ...) or @Schema(description = ...):\n  "
                + String.join("\n  ", undescribed));
    }

    private static boolean isBlank(Object description) {
        return description == null || description.toString().isBlank();
    }

    /**
     * No operation refuses an Accept that a client generated from the OpenAPI document sends: problem+json alone or
     * first (generated clients list the error type too), JSON, or any type. Quarkus REST checks Accept against
     * the method's {@code @Produces} while routing, before authentication, so a request without a token shows it: it
     * gets past routing (to the 401, as a rule), never 406.
     */
    @Test
    void noOperationRefusesTheAcceptOfAGeneratedClient() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        String[] accepts = {"application/problem+json", "application/problem+json, application/json",
            "application/json, application/problem+json", "application/json", "*/*"};
        int checked = 0;
        for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths.entrySet()) {
            for (Map.Entry<String, Map<String, Object>> op : path.getValue().entrySet()) {
                String method = op.getKey();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                String address = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                // a body of the first type the operation reads, as a client would send it
                String bodyType = op.getValue().get("requestBody") instanceof Map<?, ?> requestBody
                        && requestBody.get("content") instanceof Map<?, ?> content && !content.isEmpty()
                        ? content.keySet().iterator().next().toString() : null;
                for (String accept : accepts) {
                    RequestSpecification request = given().accept(accept);
                    if (bodyType != null) {
                        request.contentType(bodyType.contains("*") ? "application/octet-stream" : bodyType)
                                .body(("json".equals(bodyType.replaceAll(".*[/+]", "")) ? "{}" : "x\n")
                                        .getBytes(StandardCharsets.UTF_8));
                    }
                    Response r = request.when().request(method.toUpperCase(Locale.ROOT), address);
                    String what = method.toUpperCase(Locale.ROOT) + " " + path.getKey() + " with Accept " + accept;
                    assertNotEquals(406, r.statusCode(), what + ": " + r.asString());
                    assertTrue(String.valueOf(r.contentType()).startsWith("application/problem+json"),
                            what + ": " + r.contentType());
                }
                checked++;
            }
        }
        assertTrue(checked > 0, "no operation in the OpenAPI document");
    }

    /**
     * Every operation with a request body answers a body of a foreign type with a 415 problem that names at least the
     * types its OpenAPI document lists. The check runs before authentication, so no token is needed; operations that
     * read any type (and check it themselves) are left out.
     */
    @Test
    void aForeignBodyTypeIs415NamingTheTypesTheOperationAccepts() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        int checked = 0;
        for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths.entrySet()) {
            for (Map.Entry<String, Map<String, Object>> op : path.getValue().entrySet()) {
                if (!(op.getValue().get("requestBody") instanceof Map<?, ?> requestBody) || !(requestBody.get("content") instanceof Map<?, ?> content)
                        || content.containsKey("*/*")) {
                    continue;
                }
                String address = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                String[] documented = content.keySet().stream().map(Object::toString).toArray(String[]::new);
                given().contentType("application/x-foreign").body(new byte[] {(byte) 0x78}).when()
                        .request(op.getKey().toUpperCase(Locale.ROOT), address).then()
                        .statusCode(415)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:mooc:problem:unsupported-media-type"))
                        .body("accepted", hasItems(documented))
                        .body("detail", startsWith("This operation accepts "));
                checked++;
            }
        }
        assertTrue(checked > 0, "no operation with a request body in the OpenAPI document");
    }
}
