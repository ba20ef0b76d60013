package dk.mooc.analytics.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.mooc.analytics.CourseStatus;
import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.platform.events.Inbox;
import dk.mooc.platform.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dk.mooc.analytics.Fixtures.ADA;
import static dk.mooc.analytics.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer side of production-service's {@code mooc.course.launched.v1} contract, over the real broker: the
 * producer's published example registers the launched course; redeliveries apply once; poison goes to the DLQ.
 */
@QuarkusTest
class CourseLaunchedContractTest {

    private static final String DLQ = "analytics-service.production-events.dlq";
    private static final Path CONTRACTS = Path.of(System.getProperty("mooc.root", "..")).resolve(
            "production-service/src/main/resources/META-INF/events");

    @Inject
    ObjectMapper mapper;

    @Inject
    Inbox inbox;

    private ObjectNode producersExample(UUID moocId) throws IOException {
        ObjectNode example = (ObjectNode) mapper.readTree(Files.readString(CONTRACTS.resolve("mooc.course.launched.v1.example.json")));
        example.put("moocId", moocId.toString());
        return example;
    }

    private static Set<ValidationMessage> validate(JsonNode data) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.newInputStream(CONTRACTS.resolve("mooc.course.launched.v1.schema.json"))).validate(data);
    }

    private static String publish(String eventId, UUID moocId, String data) {
        return KafkaTestClient.publish(AnalyticsEvents.PRODUCTION_TOPIC, eventId, "/production-service",
                AnalyticsEvents.COURSE_LAUNCHED, moocId.toString(), data);
    }

    private static LaunchedCourse find(UUID moocId) {
        return QuarkusTransaction.requiringNew().call(() -> LaunchedCourse.<LaunchedCourse>findById(moocId));
    }

    @Test
    void theProducersExampleRegistersTheCourseEvenWithFieldsThisServiceDoesNotKnow() throws Exception {
        UUID moocId = UUID.randomUUID();
        ObjectNode event = producersExample(moocId);
        assertTrue(validate(event).isEmpty(), "the producer's example matches the producer's schema");
        event.putObject("addedInALaterVersion").put("anything", 42);   // tolerant reader
        publish(UUID.randomUUID().toString(), moocId, event.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> find(moocId) != null);
        LaunchedCourse c = find(moocId);
        assertEquals("Quantum Computing for Engineers", c.title);
        assertEquals("Compute", c.department);
        assertEquals("7d3f0e5a-1111-4c2b-9a7e-000000000001", c.instructorId);
        assertEquals("ida@example.org", c.instructorEmail);
        assertEquals(5000, c.expectedEnrolments);
        assertEquals("2027-autumn", c.plannedLaunchSemester);
        assertEquals(Boolean.TRUE, c.newContent);
        assertNull(c.courseCode);
        assertEquals(LocalDate.of(2027, 9, 1), c.launchedOn);
        assertEquals(CourseStatus.RUNNING, c.status);
        as(ADA).get("/courses/{id}", moocId).then().statusCode(200)
                .body("courseraUrl", equalTo("https://www.coursera.org/learn/quantum-computing-for-engineers"))
                .body("launchSemester", equalTo("2027-autumn"))
                .body("expectedEnrolments", equalTo(5000))
                .body("instructorName", equalTo("Ida Instructor"));
    }

    @Test
    void aRedeliveredOrRepeatedLaunchChangesNothing() throws Exception {
        UUID moocId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String data = producersExample(moocId).toString();
        publish(eventId, moocId, data);
        publish(eventId, moocId, data);                          // the broker redelivers, or the relay sent twice
        publish(UUID.randomUUID().toString(), moocId, data);     // the same launch under a new event id

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.seen("/production-service", eventId));
        // a later event proves all copies were consumed before we look
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), marker, producersExample(marker).toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> find(marker) != null);

        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> LaunchedCourse.count("moocId", moocId)));
        assertEquals(0L, find(moocId).version, "the same content again is no change at all");
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheReasonAndTheConsumerGoesOn() throws Exception {
        UUID noEnvelope = UUID.randomUUID();
        KafkaTestClient.publishRaw(AnalyticsEvents.PRODUCTION_TOPIC, noEnvelope.toString(), "{\"not\":\"a cloud event\"}");
        UUID noTitle = UUID.randomUUID();
        ObjectNode broken = producersExample(noTitle);
        broken.remove("title");
        String badId = publish(UUID.randomUUID().toString(), noTitle, broken.toString());
        UUID noInstructor = UUID.randomUUID();
        ObjectNode anonymous = producersExample(noInstructor);
        anonymous.remove("instructor");
        publish(UUID.randomUUID().toString(), noInstructor, anonymous.toString());
        UUID badDate = UUID.randomUUID();
        ObjectNode wrongType = producersExample(badDate);
        wrongType.put("launchDate", "first of September");
        publish(UUID.randomUUID().toString(), badDate, wrongType.toString());
        UUID good = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), good, producersExample(good).toString());

        Set<String> poison = Set.of(noEnvelope.toString(), noTitle.toString(), noInstructor.toString(), badDate.toString());
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.await(DLQ, r -> poison.contains(r.key()), 4,
                Duration.ofSeconds(30));
        assertEquals(4, dead.size(), "every poison message is dead-lettered, none dropped");
        for (ConsumerRecord<String, String> r : dead) {
            assertNotNull(KafkaTestClient.header(r, "dead-letter-reason"), "the reason travels with the message");
        }
        ConsumerRecord<String, String> badRecord = dead.stream().filter(r -> noTitle.toString().equals(r.key())).findFirst().orElseThrow();
        assertEquals(badId, KafkaTestClient.header(badRecord, "ce_id"), "the original headers are kept for replay");

        await().atMost(Duration.ofSeconds(30)).until(() -> find(good) != null);
        assertNull(find(noTitle));
        assertNull(find(noInstructor));
        assertNull(find(badDate));
    }
}
