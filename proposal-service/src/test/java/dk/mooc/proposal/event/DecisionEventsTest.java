package dk.mooc.proposal.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dk.mooc.platform.mail.OutgoingMail;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.proposal.HistoryEntry;
import dk.mooc.proposal.TestData;
import dk.mooc.proposal.Workflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.proposal.Workflow.CHRIS;
import static dk.mooc.proposal.Workflow.HANS;
import static dk.mooc.proposal.Workflow.IDA;
import static dk.mooc.proposal.Workflow.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer side of the review-service and production-service contracts, over the real broker: the producers'
 * published examples of {@code mooc.review.decided.v1} and {@code mooc.course.launched.v1} keep the proposal's
 * status true; a revision leads to a new version, a diff and {@code mooc.proposal.resubmitted.v1}.
 */
@QuarkusTest
class DecisionEventsTest {

    private static final Path ROOT = Path.of(System.getProperty("mooc.root", ".."));
    private static final String DECIDED_EXAMPLE = "review-service/src/main/resources/META-INF/events/mooc.review.decided.v1.example.json";
    private static final String DECIDED_SCHEMA = "review-service/src/main/resources/META-INF/events/mooc.review.decided.v1.schema.json";
    private static final String LAUNCHED_EXAMPLE = "production-service/src/main/resources/META-INF/events/mooc.course.launched.v1.example.json";
    private static final String LAUNCHED_SCHEMA = "production-service/src/main/resources/META-INF/events/mooc.course.launched.v1.schema.json";

    @Inject
    ObjectMapper mapper;

    private ObjectNode example(String path, String moocId) throws IOException {
        ObjectNode e = (ObjectNode) mapper.readTree(Files.readString(ROOT.resolve(path)));
        e.put("moocId", moocId);
        return e;
    }

    private void assertValid(String schemaPath, JsonNode data) throws IOException {
        var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.newInputStream(ROOT.resolve(schemaPath))).validate(data);
        assertTrue(errors.isEmpty(), "the producer's example matches its schema: " + errors);
    }

    private String decide(String moocId, int version, String decision, String comments) throws IOException {
        ObjectNode e = example(DECIDED_EXAMPLE, moocId);
        e.put("proposalVersion", version).put("round", version).put("decision", decision).put("comments", comments);
        assertValid(DECIDED_SCHEMA, e);
        e.put("addedInALaterVersion", true); // tolerant reader
        String eventId = UUID.randomUUID().toString();
        KafkaTestClient.publish(ProposalEvents.REVIEW_TOPIC, eventId, "/review-service", ProposalEvents.REVIEW_DECIDED,
                moocId, e.toString());
        return eventId;
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(IDA).get("/proposals/{id}", id).then().body("status", equalTo(status)));
    }

    private static List<OutgoingMail> decisionMails(String id) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMail.<OutgoingMail>list(
                "subjectRef = ?1 and recipient = ?2 and subject like ?3 order by createdAt, id", id, "ida@example.org",
                "The steering committee's decision: %"));
    }

    private static long history(String id, String action) {
        return QuarkusTransaction.requiringNew().call(() ->
                HistoryEntry.count("proposalId = ?1 and action = ?2", UUID.fromString(id), action));
    }

    @Test
    void aRevisionRequestOpensVersionTwoWhichIsResubmittedWithItsDiffAndThenApprovedAndLaunched() throws Exception {
        String title = "Revised and launched " + System.nanoTime();
        String id = Workflow.submitted(title);

        // the committee asks for a revision; the same event delivered twice is applied once
        String eventId = decide(id, 1, "REVISION_REQUESTED", "Make the video plan concrete");
        awaitStatus(id, "REVISION_REQUESTED");
        ObjectNode again = example(DECIDED_EXAMPLE, id);
        again.put("proposalVersion", 1).put("decision", "REVISION_REQUESTED").put("comments", "Make the video plan concrete");
        KafkaTestClient.publish(ProposalEvents.REVIEW_TOPIC, eventId, "/review-service", ProposalEvents.REVIEW_DECIDED, id,
                again.toString());
        as(IDA).get("/proposals/{id}", id).then()
                .body("revision", equalTo(2))
                .body("decision.outcome", equalTo("REVISION_REQUESTED"))
                .body("decision.comments", equalTo("Make the video plan concrete"))
                .body("permissions", hasItem("EDIT"));
        as(IDA).get("/proposals/{id}/next", id).then().body("nextActor", equalTo("INSTRUCTOR"));
        // the instructor is told, with the committee's comments and a link (queued with the status change)
        List<OutgoingMail> decided = decisionMails(id);
        assertEquals(1, decided.size(), "one mail for the revision request");
        assertEquals("The steering committee's decision: " + title, decided.get(0).subject);
        assertTrue(decided.get(0).textBody.contains("asks you to revise your MOOC proposal. Version 2 is open"),
                decided.get(0).textBody);
        assertTrue(decided.get(0).textBody.contains("Make the video plan concrete"), decided.get(0).textBody);
        assertTrue(decided.get(0).textBody.contains("http://localhost:8080/proposals/" + id), decided.get(0).textBody);

        // version 2: a resources change, which needs the head's signature but not the board's approval
        long etag = as(IDA).get("/proposals/{id}", id).then().extract().jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>(TestData.completeBody(title));
        body.put("resources", Map.of("staffHours", 450, "assistants", 2, "videoBudgetDkk", 52000));
        as(IDA).header("If-Match", "\"" + etag + "\"").body(body).put("/proposals/{id}", id).then().statusCode(200);
        as(IDA).queryParam("from", 1).get("/proposals/{id}/diff", id).then()
                .statusCode(200)
                .body("changes.field", contains("resources"))
                .body("changes[0].before.videoBudgetDkk", equalTo(35000))
                .body("changes[0].after.videoBudgetDkk", equalTo(52000))
                .body("boardApprovalNeeded", equalTo(false))
                .body("headSignatureNeeded", equalTo(true));
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200)
                .body("boardApproval.state", equalTo("APPROVED")).body("headSignature.state", equalTo("REQUESTED"));
        Workflow.sign(HANS, id);
        as(IDA).post("/proposals/{id}/submit", id).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        List<ConsumerRecord<String, String>> resubmitted = KafkaTestClient.await(ProposalEvents.TOPIC,
                r -> id.equals(r.key()) && ProposalEvents.RESUBMITTED.equals(KafkaTestClient.header(r, "ce_type")), 1,
                Duration.ofSeconds(30));
        JsonNode data = mapper.readTree(resubmitted.get(0).value());
        assertEquals(2, data.get("proposalVersion").asInt());
        assertEquals(1, data.get("previousVersion").asInt());
        assertEquals("resources", data.get("changedFields").get(0).asText());
        assertEquals(52000, data.get("resources").get("videoBudgetDkk").asInt());
        try (var schema = getClass().getResourceAsStream("/META-INF/events/mooc.proposal.resubmitted.v1.schema.json")) {
            assertTrue(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(data).isEmpty());
        }
        as(IDA).get("/proposals/{id}/versions", id).then().body("number", contains(1, 2));
        as(CHRIS).get("/proposals/{id}/versions/1", id).then().statusCode(200)
                .body("resources.videoBudgetDkk", equalTo(35000));
        as(CHRIS).get("/proposals/{id}/versions/3", id).then().statusCode(404);

        // a late decision about version 1 changes nothing; the decision on version 2 does
        decide(id, 1, "REJECTED", "stale");
        decide(id, 2, "APPROVED", "Welcome to the programme");
        awaitStatus(id, "APPROVED");
        as(IDA).get("/proposals/{id}", id).then().body("decision.comments", equalTo("Welcome to the programme"))
                .body("decision.round", equalTo(2));
        assertEquals(1, history(id, "REVISION_REQUESTED"), "the redelivered decision was applied once");
        List<OutgoingMail> mails = decisionMails(id);
        assertEquals(2, mails.size(), "one mail per applied decision; none for the redelivered or the stale one");
        assertTrue(mails.get(1).textBody.contains("approved your MOOC proposal"), mails.get(1).textBody);
        assertTrue(mails.get(1).textBody.contains("Welcome to the programme"), mails.get(1).textBody);
        assertEquals(0, history(id, "REJECTED"), "the stale decision was ignored");

        ObjectNode launched = example(LAUNCHED_EXAMPLE, id);
        assertValid(LAUNCHED_SCHEMA, launched);
        KafkaTestClient.publish(ProposalEvents.PRODUCTION_TOPIC, UUID.randomUUID().toString(), "/production-service",
                ProposalEvents.COURSE_LAUNCHED, id, launched.toString());
        awaitStatus(id, "LAUNCHED");
        as(IDA).get("/proposals/{id}", id).then()
                .body("launch.courseUrl", equalTo(launched.get("courseUrl").asText()))
                .body("launch.launchDate", equalTo(launched.get("launchDate").asText()))
                .body("permissions", org.hamcrest.Matchers.empty());
        // the committee's and production's steps in the history: codes with parameters, no English sentence
        as(IDA).get("/proposals/{id}/history", id).then()
                .body("find { it.action == 'REVISION_REQUESTED' }.params", equalTo(Map.of("round", "1",
                        "openVersion", "2", "comment", "Make the video plan concrete")))
                .body("find { it.action == 'APPROVED' }.params", equalTo(Map.of("round", "2",
                        "comment", "Welcome to the programme")))
                .body("find { it.action == 'RESUBMITTED' }.params", equalTo(Map.of("version", "2")))
                .body("find { it.action == 'LAUNCHED' }.params", equalTo(Map.of(
                        "courseUrl", launched.get("courseUrl").asText(), "launchDate", launched.get("launchDate").asText())))
                .body("findAll { it.detail != null }", org.hamcrest.Matchers.hasSize(0));
        as(IDA).body("{}").post("/proposals/{id}/withdraw", id).then().statusCode(409);
    }

    @Test
    void aDecisionWithoutAKnownOutcomeIsDeadLetteredAndTheConsumerGoesOn() throws Exception {
        String id = Workflow.submitted("Poison decision " + System.nanoTime());
        ObjectNode bad = example(DECIDED_EXAMPLE, id);
        bad.put("decision", "MAYBE");
        KafkaTestClient.publish(ProposalEvents.REVIEW_TOPIC, UUID.randomUUID().toString(), "/review-service",
                ProposalEvents.REVIEW_DECIDED, id, bad.toString());
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.await("proposal-service.review-events.dlq",
                r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size(), "the poison event is in the dead-letter topic");
        decide(id, 1, "REJECTED", "Outside the programme's scope");
        awaitStatus(id, "REJECTED");
    }
}
