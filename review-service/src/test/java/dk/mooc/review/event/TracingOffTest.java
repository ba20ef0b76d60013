package dk.mooc.review.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mooc.platform.events.EventTracing;
import dk.mooc.platform.events.OutboxEvent;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.review.ReviewCase;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without a collector (locally, in tests) tracing costs nothing: no span is recorded, no context stored or sent, even
 * when an incoming event carries one.
 */
@QuarkusTest
class TracingOffTest {

    private static final Path CONTRACTS = Path.of(System.getProperty("mooc.root", "..")).resolve(
            "proposal-service/src/main/resources/META-INF/events");

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void withoutACollectorNothingIsRecordedStoredOrSent() throws Exception {
        assertEquals("true", ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", String.class));
        UUID moocId = UUID.randomUUID();
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(CONTRACTS.resolve("mooc.proposal.submitted.v1.example.json")));
        event.put("moocId", moocId.toString());
        String eventId = UUID.randomUUID().toString();
        KafkaTestClient.publish(ReviewEvents.PROPOSAL_TOPIC, eventId, "/proposal-service", ReviewEvents.PROPOSAL_SUBMITTED,
                moocId.toString(), event.toString(),
                Map.of(EventTracing.CE_TRACEPARENT, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ReviewCase.count("moocId", moocId)) == 1);

        assertNull(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select traceparent from inbox_event where source = '/proposal-service' and event_id = ?1")
                .setParameter(1, eventId).getSingleResult()), "no trace context on the inbox row");
        OutboxEvent opened = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "subject = ?1 and eventType = ?2", moocId.toString(), ReviewEvents.OPENED).singleResult());
        assertNull(opened.traceparent, "no trace context on the outbox row");
        List<ConsumerRecord<String, String>> published = KafkaTestClient.await(ReviewEvents.TOPIC,
                KafkaTestClient.subject(moocId.toString()), 1, Duration.ofSeconds(30));
        assertEquals(1, published.size());
        assertNull(KafkaTestClient.header(published.get(0), EventTracing.CE_TRACEPARENT));
        assertNull(KafkaTestClient.header(published.get(0), "traceparent"), "nor a span of the Kafka instrumentation");
        assertTrue(spans.getFinishedSpanItems().isEmpty(), "no span reached the exporter: " + spans.getFinishedSpanItems());
    }
}
