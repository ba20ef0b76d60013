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
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
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

    record ProbeEvent(String moocId) implements DomainEvent {
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

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute"),
        @Claim(key = "name", value = "Ida Instructor"), @Claim(key = "email", value = "ida@example.org")})
    void submitPublishesOneCloudEventKeyedByMoocIdThatMatchesThePublishedSchema() throws Exception {
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
        try (InputStream schema = getClass().getResourceAsStream("/META-INF/events/mooc.proposal.submitted.v1.schema.json")) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            Set<ValidationMessage> errors = s.validate(data);
            assertTrue(errors.isEmpty(), "event data matches its published schema: " + errors);
        }
        // no second copy shows up later
        assertEquals(1, KafkaTestClient.readFor(ProposalEvents.TOPIC, KafkaTestClient.subject(id), Duration.ofSeconds(2)).size());

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
                .body(java.util.Map.of("title", "Announced as a draft", "newContent", true, "plannedLaunchSemester", "2027-autumn"))
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
        assertEquals(0, KafkaTestClient.readFor(ProposalEvents.TOPIC, KafkaTestClient.subject(rolledBack),
                Duration.ofSeconds(2)).size(), "the rolled-back event is never published");
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
        KafkaResource.stopBroker();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(submitNewProposal("Written during the outage " + i));
            }
            // the business transactions succeeded while the broker was down; the events wait in the outbox
            for (String id : ids) {
                assertEquals(1, rowsFor(id));
            }
            assertTrue(relay.pending() >= 3, "events are pending while the broker is down");
        } finally {
            KafkaResource.restartBroker();
        }
        relay.wakeUp();
        List<ConsumerRecord<String, String>> delivered = KafkaTestClient.await(ProposalEvents.TOPIC,
                r -> ids.contains(r.key()), 3, Duration.ofSeconds(90));
        List<String> order = delivered.stream().map(ConsumerRecord::key).distinct().toList();
        assertEquals(3, order.size(), "all events written during the outage were delivered");
        long deadline = System.currentTimeMillis() + 30_000;
        while (relay.pending() > 0 && System.currentTimeMillis() < deadline) {
            sleep(200);
        }
        assertEquals(0, relay.pending(), "nothing is left in the outbox");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
