package dk.mooc.platform.testing;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void prometheusMetricsIncludeTheOutboxBacklogAndTheMailQueue() {
        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("mooc_outbox_pending"))
                .body(containsString("mooc_outbox_oldest_unsent_age_seconds"))
                .body(containsString("mooc_outbox_published_total"))
                .body(containsString("mooc_outbox_failures_total"))
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
                        .request(op.getKey().toUpperCase(java.util.Locale.ROOT), address).then()
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
