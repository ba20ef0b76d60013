package dk.mooc.production.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.Milestone;
import dk.mooc.production.PendingApproval;
import dk.mooc.production.Production;
import dk.mooc.production.event.ProductionEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Consumer side of the proposal-service and review-service contracts over the real broker: the producers'
 * examples start a production with its plan on approval; the plan is then rescheduled and agreed over HTTP.
 */
@QuarkusTest
class ProductionPlanTest {

    private static final Path ROOT = Path.of(System.getProperty("mooc.root", ".."));
    /** The service's consumer group (application.properties, mp.messaging.incoming.*.group.id). */
    private static final String GROUP = "production-service";
    private static final String REVIEW_DLQ = "production-service.review-events.dlq";
    static final Person IDA = TestTokens.person("ida", "Compute", "instructor");
    static final Person OLE = TestTokens.person("ole", "Physics", "instructor");
    static final Person CARLA = TestTokens.person("carla", null, "consultant");
    static final Person MADS = TestTokens.person("mads", null, "medialab");

    static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    private static final ObjectMapper EXAMPLES = new ObjectMapper();

    static ObjectNode example(String path, UUID moocId) throws Exception {
        ObjectNode e = (ObjectNode) EXAMPLES.readTree(Files.readString(ROOT.resolve(path)));
        e.put("moocId", moocId.toString());
        return e;
    }

    /** The producers' examples for this MOOC: Ida's proposal submitted, then decided as given (twice: one effect). */
    static void submitAndDecide(UUID moocId, String decision) throws Exception {
        ObjectNode submitted = example("proposal-service/src/main/resources/META-INF/events/mooc.proposal.submitted.v1.example.json", moocId);
        ((ObjectNode) submitted.get("instructor")).put("id", IDA.sub());
        submitted.put("newContent", true);
        KafkaTestClient.publish(ProductionEvents.PROPOSAL_TOPIC, UUID.randomUUID().toString(), "/proposal-service",
                ProductionEvents.PROPOSAL_SUBMITTED, moocId.toString(), submitted.toString());
        ObjectNode decided = example("review-service/src/main/resources/META-INF/events/mooc.review.decided.v1.example.json", moocId);
        decided.put("decision", decision).put("decidedAt", "2026-12-10T14:00:00Z").put("unknownLaterField", 1);
        String eventId = UUID.randomUUID().toString();
        KafkaTestClient.publish(ProductionEvents.REVIEW_TOPIC, eventId, "/review-service", ProductionEvents.REVIEW_DECIDED,
                moocId.toString(), decided.toString());
        // the same decision delivered twice starts one production
        KafkaTestClient.publish(ProductionEvents.REVIEW_TOPIC, eventId, "/review-service", ProductionEvents.REVIEW_DECIDED,
                moocId.toString(), decided.toString());
    }

    private static long etag(Person who, UUID moocId) {
        return as(who).get("/productions/{id}", moocId).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    @AfterEach
    void resetClock() {
        Timestamps.reset();
    }

    @Test
    void anApprovalStartsAProductionWhosePlanIsRescheduledAndAgreed() throws Exception {
        UUID moocId = UUID.randomUUID();
        submitAndDecide(moocId, "APPROVED");
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                as(CARLA).get("/productions/{id}", moocId).then().statusCode(200));
        as(IDA).get("/productions/{id}", moocId).then()
                .statusCode(200)
                .body("status", equalTo("PLANNING"))
                .body("title", equalTo("Quantum Computing for Engineers"))
                .body("approvedOn", equalTo("2026-12-10"))
                .body("videoBudgetDkk", equalTo(35000))
                .body("milestones", hasSize(9))
                .body("milestones[0].key", equalTo("PLAN_AGREED"))
                // working days from Friday 11 December (worked out in DevelopmentPlanTest)
                .body("milestones[0].dueDate", equalTo("2027-01-05"))
                .body("milestones[8].key", equalTo("LAUNCH"))
                .body("milestones[8].dueDate", equalTo("2027-10-05"));
        // the decision delivered twice: once the consumer has handled both, there is one production with one plan
        // and nothing went to the dead-letter topic
        KafkaTestClient.awaitConsumed(GROUP, ProductionEvents.REVIEW_TOPIC, Duration.ofSeconds(60));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Production.count("moocId", moocId)));
        assertEquals(9L, QuarkusTransaction.requiringNew().call(() -> Milestone.count("moocId", moocId)));
        assertEquals(List.of(), KafkaTestClient.readAll(REVIEW_DLQ, r -> moocId.toString().equals(r.key())));

        // the plan is agreed and worked on on Monday 4 January 2027, by the platform's clock
        Timestamps.use(Clock.fixed(Instant.parse("2027-01-04T10:00:00Z"), ZoneOffset.UTC));

        // who may change the plan, with the current version only
        as(OLE).get("/productions/{id}", moocId).then().statusCode(404);
        long v = etag(IDA, moocId);
        as(MADS).header("If-Match", "\"" + v + "\"").body(Map.of("dueDate", "2027-04-21"))
                .put("/productions/{id}/milestones/PILOT_MODULE", moocId).then().statusCode(403);
        as(IDA).body(Map.of("dueDate", "2027-04-21")).put("/productions/{id}/milestones/PILOT_MODULE", moocId).then()
                .statusCode(428);
        String agreedAt = as(CARLA).header("If-Match", "\"" + v + "\"").post("/productions/{id}/plan/agree", moocId).then()
                .statusCode(200).body("status", equalTo("IN_PRODUCTION"))
                .body("milestones[2].baselineDueDate", equalTo("2027-04-07"))
                .extract().path("baselineAgreedAt");
        assertEquals(Instant.parse("2027-01-04T10:00:00Z"), OffsetDateTime.parse(agreedAt).toInstant());
        as(IDA).header("If-Match", "\"" + v + "\"").body(Map.of("dueDate", "2027-04-21"))
                .put("/productions/{id}/milestones/PILOT_MODULE", moocId).then()
                .statusCode(412).body("type", equalTo("urn:mooc:problem:precondition-failed"));

        // a two-week slip: shown against the baseline, and new dates proposed for what follows
        v = etag(IDA, moocId);
        as(IDA).header("If-Match", "\"" + v + "\"").body(Map.of("dueDate", "2027-04-21"))
                .put("/productions/{id}/milestones/PILOT_MODULE", moocId).then()
                .statusCode(200)
                .body("milestones.find { it.key == 'PILOT_MODULE' }.slipDays", equalTo(14))
                .body("milestones.find { it.key == 'VIDEO_RECORDING' }.proposedDueDate", equalTo("2027-07-12"))
                .body("milestones.find { it.key == 'LAUNCH' }.proposedDueDate", equalTo("2027-10-19"))
                .body("milestones.find { it.key == 'LAUNCH' }.dueDate", equalTo("2027-10-05"));
        v = etag(CARLA, moocId);
        as(CARLA).header("If-Match", "\"" + v + "\"").post("/productions/{id}/plan/accept-proposals", moocId).then()
                .statusCode(200)
                .body("milestones.find { it.key == 'LAUNCH' }.dueDate", equalTo("2027-10-19"))
                .body("milestones.find { it.key == 'LAUNCH' }.slipDays", equalTo(14))
                .body("milestones.find { it.key == 'LAUNCH' }.proposedDueDate", nullValue());
        v = etag(IDA, moocId);
        as(IDA).header("If-Match", "\"" + v + "\"").body(Map.of("status", "DONE"))
                .put("/productions/{id}/milestones/PLAN_AGREED", moocId).then()
                .statusCode(200).body("milestones[0].status", equalTo("DONE")).body("milestones[0].doneOn", equalTo("2027-01-04"));
        v = etag(IDA, moocId);
        as(IDA).header("If-Match", "\"" + v + "\"").post("/productions/{id}/plan/agree", moocId).then()
                .statusCode(409).body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(IDA).header("If-Match", "\"" + v + "\"").body(Map.of("dueDate", "2027-01-01"))
                .put("/productions/{id}/milestones/NO_SUCH", moocId).then().statusCode(404);
    }

    @Test
    void onlyAnApprovalStartsAProduction() throws Exception {
        UUID revised = UUID.randomUUID();
        submitAndDecide(revised, "REVISION_REQUESTED");
        UUID approved = UUID.randomUUID();
        submitAndDecide(approved, "APPROVED");
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                as(CARLA).get("/productions/{id}", approved).then().statusCode(200));
        // the two MOOCs' events may lie on different partitions: wait until the consumer group has handled every
        // decision and proposal published so far, so that the revision request has surely been seen
        KafkaTestClient.awaitConsumed(GROUP, ProductionEvents.REVIEW_TOPIC, Duration.ofSeconds(60));
        KafkaTestClient.awaitConsumed(GROUP, ProductionEvents.PROPOSAL_TOPIC, Duration.ofSeconds(60));
        as(CARLA).get("/productions/{id}", revised).then().statusCode(404);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Production.count("moocId", revised)));
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> PendingApproval.findById(revised)),
                "a request for revision is not kept as an approval");
    }

    @Test
    void anApprovalArrivingBeforeItsProposalStartsTheProductionWhenTheProposalArrives() throws Exception {
        UUID moocId = UUID.randomUUID();
        ObjectNode decided = example("review-service/src/main/resources/META-INF/events/mooc.review.decided.v1.example.json", moocId);
        decided.put("decision", "APPROVED").put("decidedAt", "2026-12-10T14:00:00Z");
        KafkaTestClient.publish(ProductionEvents.REVIEW_TOPIC, UUID.randomUUID().toString(), "/review-service",
                ProductionEvents.REVIEW_DECIDED, moocId.toString(), decided.toString());
        await().atMost(Duration.ofSeconds(40)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> PendingApproval.findById(moocId) != null));
        as(CARLA).get("/productions/{id}", moocId).then().statusCode(404);

        ObjectNode submitted = example("proposal-service/src/main/resources/META-INF/events/mooc.proposal.submitted.v1.example.json", moocId);
        ((ObjectNode) submitted.get("instructor")).put("id", IDA.sub());
        KafkaTestClient.publish(ProductionEvents.PROPOSAL_TOPIC, UUID.randomUUID().toString(), "/proposal-service",
                ProductionEvents.PROPOSAL_SUBMITTED, moocId.toString(), submitted.toString());
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                as(CARLA).get("/productions/{id}", moocId).then().statusCode(200)
                        .body("approvedOn", equalTo("2026-12-10")).body("milestones", hasSize(9)));
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> PendingApproval.findById(moocId)));
    }
}
