package dk.mooc.production.launch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.mooc.platform.events.OutboxEvent;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.production.event.ProductionEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** People and a production started the way production really starts: from the producers' example events. */
public final class ProductionFixture {

    static final Path ROOT = Path.of(System.getProperty("mooc.root", ".."));
    static final Person IDA = TestTokens.person("ida", "Compute", "instructor");
    static final Person OLE = TestTokens.person("ole", "Physics", "instructor");
    static final Person OLGA = TestTokens.person("olga", "Physics", "instructor");
    static final Person SARA = TestTokens.person("sara", "Compute", "instructor");
    static final Person CARLA = TestTokens.person("carla", null, "consultant");
    static final Person BO = TestTokens.person("bo", "Compute", "board");
    static final Person BEA = TestTokens.person("bea", "Physics", "board");
    static final Person MADS = TestTokens.person("mads", null, "medialab");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProductionFixture() {
    }

    static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    static RequestSpecification asWithEtag(Person p, UUID moocId) {
        long v = as(p).get("/productions/{id}", moocId).then().statusCode(200).extract().jsonPath().getLong("version");
        return as(p).header("If-Match", "\"" + v + "\"");
    }

    static ObjectNode example(String path) throws Exception {
        return (ObjectNode) MAPPER.readTree(Files.readString(ROOT.resolve(path)));
    }

    /** Submits (the producer's example, Ida as instructor, Carla as consultant, Sara on the team) and approves. */
    static UUID approved(boolean newContent) throws Exception {
        return approved(IDA, CARLA, newContent);
    }

    /**
     * Submits the producer's example with this instructor (also the team's first member, by their address) and
     * consultant, Sara on the team, and approves it; returns once the consultant can read the production.
     */
    public static UUID approved(Person instructor, Person consultant, boolean newContent) throws Exception {
        UUID moocId = UUID.randomUUID();
        ObjectNode submitted = example("proposal-service/src/main/resources/META-INF/events/mooc.proposal.submitted.v1.example.json");
        submitted.put("moocId", moocId.toString()).put("newContent", newContent);
        if (!newContent) {
            submitted.put("courseCode", "02180");
        }
        ((ObjectNode) submitted.get("instructor")).put("id", instructor.sub()).put("email", instructor.email());
        ((ObjectNode) submitted.get("team").get(0)).put("email", instructor.email());
        ((ObjectNode) submitted.get("consultant")).put("id", consultant.sub());
        KafkaTestClient.publish(ProductionEvents.PROPOSAL_TOPIC, UUID.randomUUID().toString(), "/proposal-service",
                ProductionEvents.PROPOSAL_SUBMITTED, moocId.toString(), submitted.toString());
        ObjectNode decided = example("review-service/src/main/resources/META-INF/events/mooc.review.decided.v1.example.json");
        decided.put("moocId", moocId.toString()).put("decision", "APPROVED").put("decidedAt", "2026-12-10T14:00:00Z");
        KafkaTestClient.publish(ProductionEvents.REVIEW_TOPIC, UUID.randomUUID().toString(), "/review-service",
                ProductionEvents.REVIEW_DECIDED, moocId.toString(), decided.toString());
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                as(consultant).get("/productions/{id}", moocId).then().statusCode(200));
        return moocId;
    }

    /** Agrees the plan: the production is IN_PRODUCTION. */
    static void agree(UUID moocId) {
        asWithEtag(CARLA, moocId).post("/productions/{id}/plan/agree", moocId).then().statusCode(200);
    }

    /** Completed by its owner: MediaLab's milestone by MediaLab, the study board's by Bo (Compute), the others by Ida. */
    static void milestoneDone(UUID moocId, String key) {
        Person owner = switch (key) {
            case "VIDEO_RECORDING" -> MADS;
            case "BOARD_LAUNCH_APPROVAL" -> BO;
            default -> IDA;
        };
        asWithEtag(owner, moocId).body(Map.of("status", "DONE")).put("/productions/{id}/milestones/{key}", moocId, key)
                .then().statusCode(200);
    }

    /**
     * Waits until every event the committed transactions of this MOOC wrote to the outbox is on the broker, so that
     * reading the topic to its end sees all of them.
     */
    static void outboxDrained(UUID moocId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("subject = ?1 and sentAt is null", moocId.toString())) == 0);
    }

    static Set<ValidationMessage> validate(String schemaPath, JsonNode data) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.newInputStream(ROOT.resolve(schemaPath))).validate(data);
    }
}
