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
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
    /** mp.messaging.incoming.production-events.group.id in application.properties. */
    private static final String GROUP = "analytics-service";
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

    /** Every record published to production-events so far has been handled and its offset committed. */
    private static void awaitConsumed() {
        KafkaTestClient.awaitConsumed(GROUP, AnalyticsEvents.PRODUCTION_TOPIC, Duration.ofSeconds(60));
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

        // the consumer group has committed past all three copies: each was handled before we look
        awaitConsumed();
        assertTrue(inbox.seen("/production-service", eventId));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> LaunchedCourse.count("moocId", moocId)));
        assertEquals(0L, find(moocId).version, "the same content again is no change at all");
    }

    @Test
    void aLaterLaunchEventRefreshesTheCoursesDetails() throws Exception {
        UUID moocId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), moocId, producersExample(moocId).toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> find(moocId) != null);
        assertEquals(0L, find(moocId).version);

        // production corrects the Coursera URL and moves the launch; same key, so it is applied after the first
        ObjectNode later = producersExample(moocId);
        later.put("courseUrl", "https://www.coursera.org/learn/quantum-computing-engineers-2");
        later.put("launchDate", "2028-02-01");
        later.put("launchedAt", "2028-02-01T09:30:00Z");
        later.put("title", "Quantum Computing for Engineers (2nd edition)");
        later.put("expectedEnrolments", 6000);
        assertTrue(validate(later).isEmpty(), "still a valid event: " + validate(later));
        publish(UUID.randomUUID().toString(), moocId, later.toString());
        awaitConsumed();

        LaunchedCourse c = find(moocId);
        assertEquals(1L, c.version, "refreshed once");
        assertEquals("Quantum Computing for Engineers (2nd edition)", c.title);
        assertEquals(LocalDate.of(2028, 2, 1), c.launchedOn);
        assertEquals(6000, c.expectedEnrolments);
        as(ADA).get("/courses/{id}", moocId).then().statusCode(200)
                .body("courseraUrl", equalTo("https://www.coursera.org/learn/quantum-computing-engineers-2"))
                .body("launchedOn", equalTo("2028-02-01"))
                .body("launchSemester", equalTo("2028-spring"))
                .body("plannedLaunchSemester", equalTo("2027-autumn"))
                .body("title", equalTo("Quantum Computing for Engineers (2nd edition)"))
                .body("status", equalTo("RUNNING"));

        // the refreshed content once more, under a new event id: nothing changes
        publish(UUID.randomUUID().toString(), moocId, later.toString());
        awaitConsumed();
        assertEquals(1L, find(moocId).version, "the same content again is no change");
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheReasonAndTheConsumerGoesOn() throws Exception {
        Map<TopicPartition, Long> mark = KafkaTestClient.endOffsets(DLQ);
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
        assertEquals(4, KafkaTestClient.await(DLQ, r -> poison.contains(r.key()), 4, Duration.ofSeconds(30)).size(),
                "every poison message is dead-lettered, none dropped");
        awaitConsumed();
        // from the mark to the end: each exactly once
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readSince(DLQ, mark, r -> poison.contains(r.key()));
        assertEquals(poison, dead.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
        assertEquals(4, dead.size(), "each poison message dead-lettered once");
        for (ConsumerRecord<String, String> r : dead) {
            assertNotNull(KafkaTestClient.header(r, "dead-letter-reason"), "the reason travels with the message");
        }
        ConsumerRecord<String, String> badRecord = dead.stream().filter(r -> noTitle.toString().equals(r.key())).findFirst().orElseThrow();
        assertEquals(badId, KafkaTestClient.header(badRecord, "ce_id"), "the original headers are kept for replay");

        assertNotNull(find(good), "the consumer went on");
        assertNull(find(noTitle));
        assertNull(find(noInstructor));
        assertNull(find(badDate));
    }
}
