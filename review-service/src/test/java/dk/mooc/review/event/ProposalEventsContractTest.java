package dk.mooc.review.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.mooc.platform.events.Inbox;
import dk.mooc.platform.events.OutboxEvent;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.ReviewCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer side of the proposal-service contract, over the real broker: the producer's published example
 * of mooc.proposal.submitted.v1 must open a review case; redeliveries apply once; poison goes to the DLQ.
 */
@QuarkusTest
class ProposalEventsContractTest {

    private static final String DLQ = "review-service.proposal-events.dlq";
    /** mp.messaging.incoming.proposal-events.group.id in application.properties. */
    private static final String GROUP = "review-service";
    private static final Path CONTRACTS = Path.of(System.getProperty("mooc.root", "..")).resolve(
            "proposal-service/src/main/resources/META-INF/events");

    @Inject
    ObjectMapper mapper;

    @Inject
    Inbox inbox;

    @Inject
    MeterRegistry registry;

    private ObjectNode producersExample(UUID moocId) throws IOException {
        ObjectNode example = (ObjectNode) mapper.readTree(Files.readString(CONTRACTS.resolve("mooc.proposal.submitted.v1.example.json")));
        example.put("moocId", moocId.toString());
        return example;
    }

    private static Set<ValidationMessage> validate(Path schema, JsonNode data) throws IOException {
        JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.newInputStream(schema));
        return s.validate(data);
    }

    private static long casesFor(UUID moocId) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewCase.count("moocId", moocId));
    }

    /** Every open case's MOOC id, page by page, so that a check for absence covers the whole list. */
    private static List<String> openMoocIds() {
        List<String> ids = new java.util.ArrayList<>();
        long total;
        int page = 0;
        do {
            var body = given().queryParam("status", "OPEN").queryParam("size", 100).queryParam("page", page++)
                    .get("/review-cases").then().statusCode(200).extract().jsonPath();
            ids.addAll(body.getList("items.moocId", String.class));
            total = body.getLong("total");
        } while (ids.size() < total);
        return ids;
    }

    private static long outboxRows(UUID moocId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("subject", moocId.toString()));
    }

    private static long unsentOutboxRows(UUID moocId) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("subject = ?1 and sentAt is null", moocId.toString()));
    }

    private static String publish(String eventId, UUID moocId, String data) {
        return KafkaTestClient.publish(ReviewEvents.PROPOSAL_TOPIC, eventId, "/proposal-service",
                ReviewEvents.PROPOSAL_SUBMITTED, moocId.toString(), data);
    }

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void theProducersExampleOpensAReviewCaseEvenWithFieldsThisServiceDoesNotKnow() throws Exception {
        UUID moocId = UUID.randomUUID();
        ObjectNode event = producersExample(moocId);
        assertTrue(validate(CONTRACTS.resolve("mooc.proposal.submitted.v1.schema.json"), event).isEmpty(),
                "the producer's example matches the producer's schema");
        event.putObject("addedInALaterVersion").put("anything", 42);   // tolerant reader
        publish(UUID.randomUUID().toString(), moocId, event.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> casesFor(moocId) == 1);
        assertTrue(openMoocIds().contains(moocId.toString()), "listed among the open cases");
        String caseId = QuarkusTransaction.requiringNew().call(() ->
                ReviewCase.<ReviewCase>find("moocId", moocId).firstResult().id.toString());
        given().when().get("/review-cases/{id}", caseId).then()
                .statusCode(200)
                .body("title", equalTo("Quantum Computing for Engineers"))
                .body("department", equalTo("Compute"))
                .body("instructor.name", equalTo("Ida Instructor"))
                .body("round", equalTo(1))
                .body("status", equalTo("OPEN"));

        List<ConsumerRecord<String, String>> opened = KafkaTestClient.await(ReviewEvents.TOPIC,
                KafkaTestClient.subject(moocId.toString()), 1, Duration.ofSeconds(30));
        assertEquals(1, opened.size(), "review opened is published through the outbox");
        assertEquals(ReviewEvents.OPENED, KafkaTestClient.header(opened.get(0), "ce_type"));
        Path ownSchema = Path.of("src/main/resources/META-INF/events/mooc.review.opened.v1.schema.json");
        assertTrue(validate(ownSchema, mapper.readTree(opened.get(0).value())).isEmpty(),
                "review opened matches its published schema");
    }

    /** The time from an event's occurrence (its ce_time) to its committed effect is recorded for the dashboards. */
    @Test
    void theTimeFromAnEventsOccurrenceToItsEffectIsRecorded() throws Exception {
        Timer propagation = registry.get("mooc.events.propagation").timer();
        long countBefore = propagation.count();
        double secondsBefore = propagation.totalTime(java.util.concurrent.TimeUnit.SECONDS);
        UUID moocId = UUID.randomUUID();
        // occurred 3 s ago: the producer's outbox row was written then
        KafkaTestClient.publish(ReviewEvents.PROPOSAL_TOPIC, UUID.randomUUID().toString(), "/proposal-service",
                ReviewEvents.PROPOSAL_SUBMITTED, moocId.toString(), producersExample(moocId).toString(),
                Map.of("ce_time", Timestamps.now().minusSeconds(3).toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> casesFor(moocId) == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> propagation.count() > countBefore);
        double added = propagation.totalTime(java.util.concurrent.TimeUnit.SECONDS) - secondsBefore;
        assertTrue(added >= 3, "at least the 3 s since the event occurred were recorded: " + added);
    }

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void theProducersResubmittedExampleOpensTheNextRoundAndSupersedesTheOpenOne() throws Exception {
        UUID moocId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), moocId, producersExample(moocId).toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> casesFor(moocId) == 1);

        ObjectNode resubmitted = (ObjectNode) mapper.readTree(Files.readString(
                CONTRACTS.resolve("mooc.proposal.resubmitted.v1.example.json")));
        resubmitted.put("moocId", moocId.toString());
        assertTrue(validate(CONTRACTS.resolve("mooc.proposal.resubmitted.v1.schema.json"), resubmitted).isEmpty(),
                "the producer's example matches the producer's schema");
        KafkaTestClient.publish(ReviewEvents.PROPOSAL_TOPIC, UUID.randomUUID().toString(), "/proposal-service",
                ReviewEvents.PROPOSAL_RESUBMITTED, moocId.toString(), resubmitted.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> casesFor(moocId) == 2);

        List<ReviewCase> rounds = QuarkusTransaction.requiringNew().call(() ->
                ReviewCase.<ReviewCase>list("moocId = ?1 order by round", moocId));
        assertEquals(2, rounds.get(1).round);
        assertEquals(2, rounds.get(1).proposalVersion);
        assertEquals(dk.mooc.review.ReviewCaseStatus.OPEN, rounds.get(1).status);
        assertEquals(dk.mooc.review.ReviewCaseStatus.CLOSED, rounds.get(0).status, "round 1 is superseded");
    }

    @Test
    void theNextRoundShowsThePreviousRoundsDecisionAndComments() throws Exception {
        var chair = dk.mooc.platform.testing.TestTokens.person("carl", "Mathematics", "committee", "committee-chair");
        UUID moocId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), moocId, producersExample(moocId).toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> casesFor(moocId) == 1);
        String first = QuarkusTransaction.requiringNew().call(() ->
                ReviewCase.<ReviewCase>find("moocId", moocId).firstResult().id.toString());
        given().auth().oauth2(chair.token()).contentType("application/json")
                .body(java.util.Map.of("outcome", "REVISION_REQUESTED", "comments", "Make the video plan concrete",
                        "letter", "Dear Ida, please revise.",
                        "belowQuorumReason", "The committee asked the chair to decide without a second assessment"))
                .post("/review-cases/{id}/decision", first).then().statusCode(200);

        ObjectNode resubmitted = (ObjectNode) mapper.readTree(Files.readString(
                CONTRACTS.resolve("mooc.proposal.resubmitted.v1.example.json")));
        resubmitted.put("moocId", moocId.toString());
        KafkaTestClient.publish(ReviewEvents.PROPOSAL_TOPIC, UUID.randomUUID().toString(), "/proposal-service",
                ReviewEvents.PROPOSAL_RESUBMITTED, moocId.toString(), resubmitted.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> casesFor(moocId) == 2);
        String second = QuarkusTransaction.requiringNew().call(() ->
                ReviewCase.<ReviewCase>find("moocId = ?1 and round = 2", moocId).firstResult().id.toString());
        given().auth().oauth2(chair.token()).get("/review-cases/{id}", second).then()
                .statusCode(200)
                .body("round", equalTo(2))
                .body("status", equalTo("OPEN"))
                .body("previousRound.round", equalTo(1))
                .body("previousRound.outcome", equalTo("REVISION_REQUESTED"))
                .body("previousRound.comments", equalTo("Make the video plan concrete"));
        given().auth().oauth2(chair.token()).get("/review-cases/{id}", first).then().body("status", equalTo("DECIDED"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void aWithdrawalClosesTheOpenReviewCase() throws Exception {
        UUID moocId = UUID.randomUUID();
        UUID stillOpen = UUID.randomUUID();   // a control: not withdrawn, so it must stay listed
        publish(UUID.randomUUID().toString(), moocId, producersExample(moocId).toString());
        publish(UUID.randomUUID().toString(), stillOpen, producersExample(stillOpen).toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> casesFor(moocId) == 1 && casesFor(stillOpen) == 1);

        ObjectNode withdrawn = (ObjectNode) mapper.readTree(Files.readString(CONTRACTS.resolve("mooc.proposal.withdrawn.v1.example.json")));
        withdrawn.put("moocId", moocId.toString());
        assertTrue(validate(CONTRACTS.resolve("mooc.proposal.withdrawn.v1.schema.json"), withdrawn).isEmpty(),
                "the producer's example matches the producer's schema");
        KafkaTestClient.publish(ReviewEvents.PROPOSAL_TOPIC, UUID.randomUUID().toString(), "/proposal-service",
                ReviewEvents.PROPOSAL_WITHDRAWN, moocId.toString(), withdrawn.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ReviewCase.<ReviewCase>find("moocId", moocId).firstResult().status == dk.mooc.review.ReviewCaseStatus.CLOSED));
        String caseId = QuarkusTransaction.requiringNew().call(() ->
                ReviewCase.<ReviewCase>find("moocId", moocId).firstResult().id.toString());
        given().when().get("/review-cases/{id}", caseId).then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closeCause", equalTo("WITHDRAWN"))
                .body("closeParams.reason", org.hamcrest.Matchers.containsString("video budget"))
                .body("closeReason", org.hamcrest.Matchers.nullValue());
        given().when().get("/review-cases/{id}/history", caseId).then().statusCode(200)
                .body("find { it.action == 'CLOSED' }.params.cause", equalTo("WITHDRAWN"))
                .body("find { it.action == 'CLOSED' }.params.reason", org.hamcrest.Matchers.containsString("video budget"))
                .body("find { it.action == 'OPENED' }.params", equalTo(Map.of("round", "1", "version", "1")))
                .body("findAll { it.detail != null }", org.hamcrest.Matchers.hasSize(0));
        List<String> open = openMoocIds();
        assertTrue(open.contains(stillOpen.toString()), "the other MOOC's case is still listed as open");
        assertTrue(!open.contains(moocId.toString()), "the withdrawn one is no longer listed as open");
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        UUID moocId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String data = producersExample(moocId).toString();
        Map<TopicPartition, Long> mark = KafkaTestClient.endOffsets(ReviewEvents.TOPIC);
        publish(eventId, moocId, data);
        publish(eventId, moocId, data);   // the broker redelivers, or the relay sent twice

        // both copies are handled once the service's consumer group has committed past them
        KafkaTestClient.awaitConsumed(GROUP, ReviewEvents.PROPOSAL_TOPIC, Duration.ofSeconds(30));
        assertTrue(inbox.seen("/proposal-service", eventId), "the event went through the inbox");
        assertEquals(1, casesFor(moocId), "one review case, not two");
        assertEquals(1, outboxRows(moocId), "one review-opened event stored, not two");

        // the relay has sent what was stored: then the topic holds, from the mark to its end, exactly one
        await().atMost(Duration.ofSeconds(30)).until(() -> unsentOutboxRows(moocId) == 0);
        List<ConsumerRecord<String, String>> opened = KafkaTestClient.readSince(ReviewEvents.TOPIC, mark,
                KafkaTestClient.subject(moocId.toString()));
        assertEquals(1, opened.size(), "one review-opened event published, not two");
        assertEquals(ReviewEvents.OPENED, KafkaTestClient.header(opened.get(0), "ce_type"));
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheReasonAndTheConsumerGoesOn() throws Exception {
        UUID noEnvelope = UUID.randomUUID();
        KafkaTestClient.publishRaw(ReviewEvents.PROPOSAL_TOPIC, noEnvelope.toString(), "{\"not\":\"a cloud event\"}");
        UUID badData = UUID.randomUUID();
        ObjectNode broken = producersExample(badData);
        broken.remove("title");
        broken.put("proposalVersion", "one");
        String badId = publish(UUID.randomUUID().toString(), badData, broken.toString());
        UUID good = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), good, producersExample(good).toString());

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.await(DLQ,
                r -> noEnvelope.toString().equals(r.key()) || badData.toString().equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, dead.size(), "both poison messages are dead-lettered, none dropped");
        for (ConsumerRecord<String, String> r : dead) {
            assertNotNull(KafkaTestClient.header(r, "dead-letter-reason"), "the reason travels with the message");
        }
        ConsumerRecord<String, String> badRecord = dead.stream().filter(r -> badData.toString().equals(r.key())).findFirst().orElseThrow();
        assertEquals(badId, KafkaTestClient.header(badRecord, "ce_id"), "the original headers are kept for replay");

        await().atMost(Duration.ofSeconds(30)).until(() -> casesFor(good) == 1);
        assertEquals(0, casesFor(badData));
    }
}
