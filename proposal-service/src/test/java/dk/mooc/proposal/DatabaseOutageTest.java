package dk.mooc.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mooc.platform.events.OutboxEvent;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.platform.testing.PostgresResource;
import dk.mooc.proposal.event.ProposalEvents;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.proposal.Workflow.IDA;
import static dk.mooc.proposal.Workflow.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away under the running service and comes back: requests get 503 problem documents with
 * Retry-After (never 500, never a hang), readiness goes DOWN and UP again by itself, an event that arrives meanwhile
 * waits for the database instead of going to the dead-letter topic, and afterwards writes, the outbox relay and the
 * consumer work without a restart. The server is shared by every test of this JVM, so it is always started again.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final String DLQ = "proposal-service.review-events.dlq";
    private static final Path ROOT = Path.of(System.getProperty("mooc.root", ".."));

    /** Connections in the pool when the database goes away. */
    private static final int POOLED = 8;

    @Inject
    ObjectMapper mapper;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void whileTheDatabaseIsDownRequestsAre503AndReadinessIsDownThenEverythingRecoversByItself() throws Exception {
        String decided = Workflow.submitted("Decided during an outage " + System.nanoTime());
        long proposalsBefore = proposals();
        Map<TopicPartition, Long> dlqMark = KafkaTestClient.endOffsets(DLQ);
        String refused = "Refused during an outage " + System.nanoTime();
        // the pool holds several connections when the database goes away, as under load
        List<Connection> open = new ArrayList<>();
        for (int i = 0; i < POOLED; i++) {
            open.add(dataSource.getConnection());
        }
        for (Connection c : open) {
            c.close();
        }

        PostgresResource.stopServer();
        try {
            Response read = as(IDA).get("/proposals");
            assertUnavailable(read);
            Response write = as(IDA).body(TestData.draftBody(refused)).post("/proposals");
            assertUnavailable(write);

            given().when().get("/q/health/ready").then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name.toLowerCase().contains('database') }.status", equalTo("DOWN"));
            // the process itself is fine: an orchestrator must not restart it for the database's outage
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

            // a decision arrives while the database is away; before, it went to the dead-letter topic after 3 attempts
            publishRevisionRequest(decided);
            Thread.sleep(3_000);
        } finally {
            PostgresResource.startServer();
        }

        await("readiness UP again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        assertEquals(proposalsBefore, proposals(), "the write refused with 503 stored nothing");

        // the first requests after the outage succeed: no broken connection from before is handed out
        for (int i = 0; i < POOLED; i++) {
            as(IDA).get("/proposals").then().statusCode(200);
        }
        String id = as(IDA).body(TestData.draftBody(refused)).post("/proposals").then().statusCode(201)
                .extract().path("id");
        List<ConsumerRecord<String, String>> drafted = KafkaTestClient.await(ProposalEvents.TOPIC,
                KafkaTestClient.subject(id).and(r -> ProposalEvents.DRAFTED.equals(KafkaTestClient.header(r, "ce_type"))),
                1, Duration.ofSeconds(30));
        assertEquals(1, drafted.size(), "the relay publishes the write's event");
        OutboxEvent row = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.findById(UUID.fromString(KafkaTestClient.header(drafted.get(0), "ce_id"))));
        assertNotNull(row.sentAt, "the relay marked the row as sent");

        // the decision that waited is applied once the database is back, and nothing was dead-lettered
        await("the waiting decision applied").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(IDA).get("/proposals/{id}", decided).then().statusCode(200)
                        .body("status", equalTo("REVISION_REQUESTED")));
        assertTrue(KafkaTestClient.readSince(DLQ, dlqMark, KafkaTestClient.subject(decided)).isEmpty(),
                "the event that arrived during the outage is not on the dead-letter topic");
    }

    private static void assertUnavailable(Response r) {
        r.then()
                .statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", "5")
                .body("type", equalTo("urn:mooc:problem:unavailable"))
                .body("title", equalTo("The service is temporarily unavailable"))
                .body("status", equalTo(503))
                .body("correlationId", notNullValue())
                // the pool's acquisition timeout (3 s) bounds the wait: the request does not hang
                .time(lessThan(10_000L));
    }

    private static long proposals() {
        return QuarkusTransaction.requiringNew().call(() -> Proposal.count());
    }

    private void publishRevisionRequest(String moocId) throws Exception {
        ObjectNode e = (ObjectNode) mapper.readTree(Files.readString(ROOT.resolve(
                "review-service/src/main/resources/META-INF/events/mooc.review.decided.v1.example.json")));
        e.put("moocId", moocId).put("proposalVersion", 1).put("round", 1).put("decision", "REVISION_REQUESTED");
        KafkaTestClient.publish(ProposalEvents.REVIEW_TOPIC, UUID.randomUUID().toString(), "/review-service",
                ProposalEvents.REVIEW_DECIDED, moocId, e.toString());
    }
}
