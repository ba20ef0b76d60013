package dk.mooc.review.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mooc.platform.events.EventTracing;
import dk.mooc.platform.events.OutboxEvent;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.review.ReviewCase;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * One user action is one trace, over the real database and broker: the trace context of the change is stored with
 * the outbox row, travels as the CloudEvents {@code ce_traceparent} header, and the consumer's effect (its inbox row,
 * the events it publishes in turn) continues the producer's trace. The production (JSON) log lines carry the trace id
 * and the request's correlation id.
 */
@QuarkusTest
@TestProfile(TraceThroughEventsTest.WithCollector.class)
class TraceThroughEventsTest {

    /** A collector is configured: the SDK turns on; spans are kept in memory ({@code CapturedSpans}), not exported. */
    public static class WithCollector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mooc.otel.endpoint", "http://127.0.0.1:4317",
                    "quarkus.otel.bsp.schedule.delay", "100ms",
                    // the production log format, to a file the test reads
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.json.enabled", "true");
        }
    }

    private static final Path CONTRACTS = Path.of(System.getProperty("mooc.root", "..")).resolve(
            "proposal-service/src/main/resources/META-INF/events");
    private static final TestTokens.Person CHRIS = TestTokens.person("chris", "Compute", "committee", "committee-chair");
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Path LOG = Path.of("target", "trace-through-events.log").toAbsolutePath();

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    InMemorySpanExporter spans;

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String traceIdOf(String traceparent) {
        assertNotNull(traceparent, "a trace context is recorded");
        return traceparent.split("-")[1];
    }

    private static String spanIdOf(String traceparent) {
        return traceparent.split("-")[2];
    }

    private static OutboxEvent outboxRow(UUID moocId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "subject = ?1 and eventType = ?2", moocId.toString(), type).singleResult());
    }

    private String inboxTraceparent(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select traceparent from inbox_event where source = '/proposal-service' and event_id = ?1")
                .setParameter(1, eventId).getSingleResult());
    }

    private static ConsumerRecord<String, String> published(UUID moocId, String type) {
        List<ConsumerRecord<String, String>> found = KafkaTestClient.await(ReviewEvents.TOPIC,
                r -> moocId.toString().equals(KafkaTestClient.header(r, "ce_subject"))
                        && type.equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        assertEquals(1, found.size(), type + " is published for MOOC " + moocId);
        return found.get(0);
    }

    /** The MDC of the first JSON log line whose message contains the text. */
    private JsonNode awaitLogged(String text) {
        return await("a log line with " + text).atMost(Duration.ofSeconds(10)).until(() -> {
            if (!Files.exists(LOG)) {
                return null;
            }
            for (String line : Files.readAllLines(LOG)) {
                JsonNode entry = mapper.readTree(line);
                if (entry.path("message").asText().contains(text)) {
                    return entry.path("mdc");
                }
            }
            return null;
        }, mdc -> mdc != null);
    }

    /** The first finished span that matches; spans are handed to the exporter in batches. */
    private SpanData awaitSpan(String what, Predicate<SpanData> match) {
        return await(what).atMost(Duration.ofSeconds(30)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(match).findFirst().orElse(null), s -> s != null);
    }

    @Test
    void theConsumersEffectAndWhatItPublishesCarryTheProducersTrace() throws Exception {
        assertEquals("false", ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", String.class),
                "a configured collector turns tracing on");
        String traceId = hex(16);
        String producerSpan = hex(8);
        String traceparent = "00-" + traceId + "-" + producerSpan + "-01";

        // proposal-service's relay publishes a submission recorded in the trace of the instructor's request
        UUID moocId = UUID.randomUUID();
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(CONTRACTS.resolve("mooc.proposal.submitted.v1.example.json")));
        event.put("moocId", moocId.toString());
        event.put("department", "Mathematics");   // not the chair's own department: he decides below
        String eventId = UUID.randomUUID().toString();
        KafkaTestClient.publish(ReviewEvents.PROPOSAL_TOPIC, eventId, "/proposal-service", ReviewEvents.PROPOSAL_SUBMITTED,
                moocId.toString(), event.toString(),
                Map.of(EventTracing.CE_TRACEPARENT, traceparent, EventTracing.CE_TRACESTATE, "mooc=submitted"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ReviewCase.count("moocId", moocId)) == 1);

        // the effect: the inbox row and the event published in reaction belong to the producer's trace
        String applied = inboxTraceparent(eventId);
        assertEquals(traceId, traceIdOf(applied), "the inbox row records the producer's trace");
        assertNotEquals(producerSpan, spanIdOf(applied), "... in the consumer's own span");
        OutboxEvent opened = outboxRow(moocId, ReviewEvents.OPENED);
        assertEquals(traceId, traceIdOf(opened.traceparent), "review opened is recorded in the producer's trace");
        assertEquals("mooc=submitted", opened.tracestate, "the producer's tracestate goes on with its trace");
        ConsumerRecord<String, String> openedRecord = published(moocId, ReviewEvents.OPENED);
        assertEquals(opened.traceparent, KafkaTestClient.header(openedRecord, EventTracing.CE_TRACEPARENT),
                "the relay sends the recorded context as the CloudEvents traceparent extension");
        assertEquals("mooc=submitted", KafkaTestClient.header(openedRecord, EventTracing.CE_TRACESTATE));
        assertEquals(traceId, traceIdOf(KafkaTestClient.header(openedRecord, "traceparent")),
                "the relay's publish span belongs to the same trace");

        // the consumer's processing span is a child of the producer's span (this record had no other trace header)
        SpanData processing = awaitSpan("the processing span", s -> s.getTraceId().equals(traceId)
                && s.getName().equals(ReviewEvents.PROPOSAL_TOPIC + " process"));
        assertEquals(producerSpan, processing.getParentSpanId());
        assertEquals(SpanKind.CONSUMER, processing.getKind());
        assertEquals(spanIdOf(applied), processing.getSpanId(), "the inbox row names the processing span");
        assertEquals(ReviewEvents.PROPOSAL_SUBMITTED, processing.getAttributes().asMap().entrySet().stream()
                .filter(e -> e.getKey().getKey().equals("cloudevents.event_type"))
                .map(e -> e.getValue().toString()).findFirst().orElse(null));

        JsonNode applyLog = awaitLogged("Applied " + ReviewEvents.PROPOSAL_SUBMITTED + " " + eventId);
        assertEquals(traceId, applyLog.path("traceId").asText(), "the consumer's log line carries the producer's trace id");
        assertEquals(processing.getSpanId(), applyLog.path("spanId").asText());

        // the chair's decision over HTTP, in a trace the gateway started
        String decisionTrace = hex(16);
        String gatewaySpan = hex(8);
        String caseId = QuarkusTransaction.requiringNew().call(() ->
                ReviewCase.<ReviewCase>find("moocId", moocId).firstResult().id.toString());
        String requestId = "req-" + UUID.randomUUID();
        given().auth().oauth2(CHRIS.token()).contentType(ContentType.JSON)
                .header("traceparent", "00-" + decisionTrace + "-" + gatewaySpan + "-01")
                .header("X-Request-Id", requestId)
                .body(Map.of("outcome", "APPROVED", "letter", "Approved",
                        "belowQuorumReason", "Decided at the meeting without written assessments"))
                .post("/review-cases/{id}/decision", caseId)
                .then().statusCode(200);
        OutboxEvent decided = outboxRow(moocId, ReviewEvents.DECIDED);
        assertEquals(decisionTrace, traceIdOf(decided.traceparent), "the outbox row is recorded in the request's trace");
        assertFalse(gatewaySpan.equals(spanIdOf(decided.traceparent)), "... by the service's own server span");
        ConsumerRecord<String, String> decidedRecord = published(moocId, ReviewEvents.DECIDED);
        assertEquals(decided.traceparent, KafkaTestClient.header(decidedRecord, EventTracing.CE_TRACEPARENT));
        SpanData server = awaitSpan("the request's server span", s -> s.getTraceId().equals(decisionTrace)
                && s.getKind() == SpanKind.SERVER);
        assertEquals(gatewaySpan, server.getParentSpanId());
        assertEquals(server.getSpanId(), spanIdOf(decided.traceparent));
        assertEquals(decisionTrace, traceIdOf(KafkaTestClient.header(decidedRecord, "traceparent")),
                "the relay's publish span belongs to the request's trace");
        JsonNode decisionLog = awaitLogged("Review case " + caseId + " decided");
        assertEquals(requestId, decisionLog.path("correlationId").asText(), "the request's log line carries its correlation id");
        assertEquals(decisionTrace, decisionLog.path("traceId").asText(), "... and its trace id");
    }
}
