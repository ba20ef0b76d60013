package dk.mooc.proposal.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.mooc.platform.events.DomainEvent;
import dk.mooc.platform.events.Outbox;
import dk.mooc.platform.events.OutboxEvent;
import dk.mooc.platform.events.OutboxRelay;
import dk.mooc.platform.testing.KafkaResource;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.platform.testing.Metrics;
import dk.mooc.proposal.TestData;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox and its relay against the real PostgreSQL and the real Kafka broker. */
@QuarkusTest
class ProposalEventsTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    ObjectMapper mapper;

    @Inject
    MockMailbox mails;

    record ProbeEvent(String moocId, int step) implements DomainEvent {
        ProbeEvent(String moocId) {
            this(moocId, 0);
        }

        @Override
        public String eventType() {
            return "mooc.test.probed.v1";
        }
    }

    private static String submitNewProposal(String title) {
        String id = TestData.endorsed(TestData.IDA, "Compute", title).toString();
        given().when().post("/proposals/{id}/submit", id).then().statusCode(200);
        return id;
    }

    private static long rowsFor(String moocId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("subject", moocId));
    }

    private static long unsentRowsFor(List<String> moocIds) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("subject in ?1 and sentAt is null", moocIds));
    }

    /** Waits until the relay has published every outbox row of these MOOCs: after that the topic's end is known. */
    private static void awaitOutboxDrained(List<String> moocIds, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> unsentRowsFor(moocIds) == 0);
    }

    private void probe(String moocId, int step) {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(new ProbeEvent(moocId, step)));
    }

    private static void withdraw(String id) {
        given().contentType(ContentType.JSON).body("{}").when().post("/proposals/{id}/withdraw", id).then()
                .statusCode(200);
    }

    /** What one record is, for comparing sequences: its type, and a probe's step. */
    private String describe(ConsumerRecord<String, String> r) {
        String type = KafkaTestClient.header(r, "ce_type");
        if (!"mooc.test.probed.v1".equals(type)) {
            return type;
        }
        try {
            return type + "#" + mapper.readTree(r.value()).get("step").asInt();
        } catch (Exception e) {
            throw new AssertionError("a probe event that is not JSON: " + r.value(), e);
        }
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute"),
        @Claim(key = "name", value = "Ida Instructor"), @Claim(key = "email", value = "ida@example.org")})
    void submitPublishesOneCloudEventKeyedByMoocIdThatMatchesThePublishedSchema() throws Exception {
        Map<TopicPartition, Long> mark = KafkaTestClient.endOffsets(ProposalEvents.TOPIC);
        String id = submitNewProposal("Published through the outbox");

        List<ConsumerRecord<String, String>> records = KafkaTestClient.await(ProposalEvents.TOPIC,
                KafkaTestClient.subject(id).and(r -> ProposalEvents.SUBMITTED.equals(KafkaTestClient.header(r, "ce_type"))),
                1, Duration.ofSeconds(30));
        assertEquals(1, records.size(), "the submitted event reaches the broker");
        ConsumerRecord<String, String> r = records.get(0);
        assertEquals(id, r.key(), "keyed by MOOC id");
        assertEquals("1.0", KafkaTestClient.header(r, "ce_specversion"));
        assertEquals(ProposalEvents.SUBMITTED, KafkaTestClient.header(r, "ce_type"));
        assertEquals("/proposal-service", KafkaTestClient.header(r, "ce_source"));
        assertNotNull(KafkaTestClient.header(r, "ce_time"));
        String eventId = KafkaTestClient.header(r, "ce_id");
        OutboxEvent row = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(UUID.fromString(eventId)));
        assertNotNull(row.sentAt, "the relay marked the row as sent");

        JsonNode data = mapper.readTree(r.value());
        assertEquals("Published through the outbox", data.get("title").asText());
        assertEquals("Compute", data.get("department").asText());
        assertEquals("Ida Instructor", data.get("instructor").get("name").asText());
        // since 1.4, for analytics-service's similarity snapshot of the submitted version
        assertEquals("Engineering students", data.get("targetLearners").asText());
        assertEquals("Unique on Coursera", data.get("uniqueness").asText());
        try (InputStream schema = getClass().getResourceAsStream("/META-INF/events/mooc.proposal.submitted.v1.schema.json")) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            Set<ValidationMessage> errors = s.validate(data);
            assertTrue(errors.isEmpty(), "event data matches its published schema: " + errors);
        }
        // no second copy: once the outbox has no unsent row of this MOOC, everything it will publish is on the topic
        awaitOutboxDrained(List.of(id), Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> all = KafkaTestClient.readSince(ProposalEvents.TOPIC, mark,
                KafkaTestClient.subject(id));
        assertEquals(List.of(ProposalEvents.SUBMITTED), all.stream().map(this::describe).toList(),
                "exactly one event for this MOOC since the mark");

        // the instructor is told by mail, with a link into the SPA (queued in the same transaction)
        List<Mail> sent = mails.getMailsSentTo("ida@example.org");
        assertTrue(sent.stream().anyMatch(m -> m.getSubject().contains("Published through the outbox")
                && m.getText().contains("http://localhost:8080/proposals/" + id)), "confirmation mail with a link");
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute"),
        @Claim(key = "name", value = "Ida Instructor"), @Claim(key = "email", value = "ida@example.org")})
    void aNewDraftAnnouncesTheMoocWithDrafted() throws Exception {
        String id = given().contentType("application/json")
                .body(Map.of("title", "Announced as a draft", "newContent", true, "plannedLaunchSemester", "2027-autumn"))
                .when().post("/proposals").then().statusCode(201).extract().path("id");
        List<ConsumerRecord<String, String>> drafted = KafkaTestClient.await(ProposalEvents.TOPIC,
                KafkaTestClient.subject(id), 1, Duration.ofSeconds(30));
        assertEquals(ProposalEvents.DRAFTED, KafkaTestClient.header(drafted.get(0), "ce_type"));
        JsonNode data = mapper.readTree(drafted.get(0).value());
        assertEquals("Announced as a draft", data.get("title").asText());
        assertEquals("Compute", data.get("department").asText());
        try (InputStream schema = getClass().getResourceAsStream("/META-INF/events/mooc.proposal.drafted.v1.schema.json")) {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(data);
            assertTrue(errors.isEmpty(), "drafted matches its published schema: " + errors);
        }
    }

    @Test
    void anEventRowExistsIfAndOnlyIfItsTransactionCommitted() {
        Map<TopicPartition, Long> mark = KafkaTestClient.endOffsets(ProposalEvents.TOPIC);
        String rolledBack = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(new ProbeEvent(rolledBack));
            throw new IllegalStateException("the change fails after the event was written");
        }));
        assertEquals(0, rowsFor(rolledBack), "no event row for a rolled-back change");

        String committed = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(new ProbeEvent(committed)));
        assertEquals(1, rowsFor(committed), "exactly one event row for a committed change");

        assertEquals(1, KafkaTestClient.await(ProposalEvents.TOPIC, KafkaTestClient.subject(committed), 1,
                Duration.ofSeconds(30)).size(), "the committed event is published");
        // the relay publishes in outbox order: once the committed row is sent, the topic's end covers anything that
        // could have been written with or before it
        awaitOutboxDrained(List.of(committed), Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> since = KafkaTestClient.readSince(ProposalEvents.TOPIC, mark,
                r -> committed.equals(r.key()) || rolledBack.equals(r.key()));
        assertEquals(List.of(committed), since.stream().map(ConsumerRecord::key).toList(),
                "the committed event once, the rolled-back event never");
    }

    @Test
    void outsideATransactionAnEventCannotBeWrittenAtAll() {
        assertThrows(Exception.class, () -> outbox.publish(new ProbeEvent(UUID.randomUUID().toString())),
                "publishing requires the caller's transaction (no dual write)");
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute")})
    void theRelayDeliversEverythingInOrderAfterABrokerOutage() {
        Map<TopicPartition, Long> mark = KafkaTestClient.endOffsets(ProposalEvents.TOPIC);
        List<String> ids = new ArrayList<>();
        // per MOOC, in the order the actions happen; the MOOCs' actions interleave
        Map<String, List<String>> expected = new LinkedHashMap<>();
        KafkaResource.stopBroker();
        try {
            for (int i = 0; i < 3; i++) {
                String id = submitNewProposal("Written during the outage " + i);
                ids.add(id);
                expected.computeIfAbsent(id, k -> new ArrayList<>()).add(ProposalEvents.SUBMITTED);
            }
            for (int i = 2; i >= 0; i--) {
                String id = ids.get(i);
                probe(id, 1);
                expected.get(id).add("mooc.test.probed.v1#1");
            }
            for (String id : ids) {
                withdraw(id);
                expected.get(id).add(ProposalEvents.WITHDRAWN);
                probe(id, 2);
                expected.get(id).add("mooc.test.probed.v1#2");
            }
            // the business transactions succeeded while the broker was down; the events wait in the outbox
            for (String id : ids) {
                assertEquals(4, rowsFor(id));
            }
            assertEquals(12, unsentRowsFor(ids), "every event of the outage is pending while the broker is down");
            // what the operators' alert watches: the backlog and the age of its oldest event, growing while it waits
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                    Metrics.value("mooc_outbox_pending") >= 12 && Metrics.value("mooc_outbox_oldest_unsent_age_seconds") > 0);
            double age = Metrics.value("mooc_outbox_oldest_unsent_age_seconds");
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).until(() ->
                    Metrics.value("mooc_outbox_oldest_unsent_age_seconds") > age);
        } finally {
            KafkaResource.restartBroker();
        }
        relay.wakeUp();
        awaitOutboxDrained(ids, Duration.ofSeconds(90));
        assertEquals(0, unsentRowsFor(ids), "nothing of the outage is left in the outbox");
        // and the figures say so: nothing waiting, no age
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() ->
                Metrics.value("mooc_outbox_pending") == 0 && Metrics.value("mooc_outbox_oldest_unsent_age_seconds") == 0);

        // the topic from the mark to its end now: each MOOC's records, in partition offset order
        Map<String, List<ConsumerRecord<String, String>>> byMooc = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : KafkaTestClient.readSince(ProposalEvents.TOPIC, mark,
                r -> ids.contains(r.key()))) {
            byMooc.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        for (String id : ids) {
            List<ConsumerRecord<String, String>> records = byMooc.getOrDefault(id, List.of());
            assertEquals(1, records.stream().map(ConsumerRecord::partition).distinct().count(),
                    "one MOOC's events share one partition: " + id);
            // delivery is at-least-once (docs/events.md): a consumer drops a repeated event id, so what it sees is
            // each id's first occurrence, and that must be every action, in the order of the actions
            Set<String> seen = new HashSet<>();
            List<String> delivered = records.stream()
                    .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                    .filter(r -> seen.add(KafkaTestClient.header(r, "ce_id")))
                    .map(this::describe).toList();
            assertEquals(expected.get(id), delivered, "MOOC " + id + ": every event, in the order of the actions; was "
                    + records.stream().map(this::describe).toList());
            assertEquals(id, KafkaTestClient.header(records.get(0), "ce_subject"));
        }
    }

}
