package dk.mooc.production.launch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.production.MaintenanceTask;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import dk.mooc.production.event.ProductionEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import dk.mooc.platform.events.Inbox;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.production.launch.ProductionFixture.CARLA;
import static dk.mooc.production.launch.ProductionFixture.IDA;
import static dk.mooc.production.launch.ProductionFixture.OLE;
import static dk.mooc.production.launch.ProductionFixture.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The study board's semester reviews (analytics-service's example event over the real broker): "revise" adds one
 * maintenance task per action, once however often it arrives; "retire" retires the course and publishes
 * course.retired; a review of a MOOC that was never launched here goes to the DLQ.
 */
@QuarkusTest
class AfterLaunchTest {

    private static final String REVIEW_EXAMPLE =
            "analytics-service/src/main/resources/META-INF/events/mooc.analytics.semester-review-completed.v1.example.json";
    private static final String REVIEW_SCHEMA =
            "analytics-service/src/main/resources/META-INF/events/mooc.analytics.semester-review-completed.v1.schema.json";

    @Inject
    ObjectMapper mapper;

    @Inject
    Inbox inbox;

    /** A production as it is after its launch (the gates are LaunchGatesTest's business). */
    private static UUID launched() throws Exception {
        UUID moocId = ProductionFixture.approved(true);
        QuarkusTransaction.requiringNew().run(() -> {
            Production p = Production.findById(moocId);
            p.status = ProductionStatus.LAUNCHED;
            p.courseUrl = "https://www.coursera.org/learn/q";
            p.launchDate = LocalDate.of(2027, 9, 1);
            p.launchedAt = OffsetDateTime.parse("2027-09-01T08:00:00Z");
        });
        return moocId;
    }

    private ObjectNode review(UUID moocId, String outcome) throws Exception {
        ObjectNode e = ProductionFixture.example(REVIEW_EXAMPLE);
        assertTrue(ProductionFixture.validate(REVIEW_SCHEMA, e).isEmpty(), "the producer's example matches its schema");
        e.put("moocId", moocId.toString()).put("reviewId", UUID.randomUUID().toString()).put("outcome", outcome)
                .put("someLaterField", true);
        return e;
    }

    private static void publish(String eventId, UUID moocId, ObjectNode data) {
        KafkaTestClient.publish(ProductionEvents.ANALYTICS_TOPIC, eventId, "/analytics-service",
                ProductionEvents.SEMESTER_REVIEW_COMPLETED, moocId.toString(), data.toString());
    }

    @Test
    void reviseAddsMaintenanceTasksOnceAndTheTeamCompletesThem() throws Exception {
        UUID moocId = launched();
        ObjectNode revise = review(moocId, "REVISE");
        String eventId = UUID.randomUUID().toString();
        publish(eventId, moocId, revise);
        publish(eventId, moocId, revise); // redelivered
        publish(UUID.randomUUID().toString(), moocId, revise); // the same review again under a new event id
        String last = UUID.randomUUID().toString();
        publish(last, moocId, review(moocId, "CONTINUE")); // one partition per MOOC: when this is in, all before it are
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.seen("/analytics-service", last));

        List<MaintenanceTask> tasks = QuarkusTransaction.requiringNew().call(() -> MaintenanceTask.list("moocId", moocId));
        assertEquals(2, tasks.size(), "one task per action of the review, however often it arrived");
        String taskId = as(IDA).get("/productions/{id}", moocId).then().statusCode(200)
                .body("status", equalTo("LAUNCHED"))
                .body("maintenanceTasks", hasSize(2))
                .body("maintenanceTasks[0].description", equalTo("Split the week 3 module into two shorter modules"))
                .body("maintenanceTasks[0].semester", equalTo("2028-spring"))
                .body("permissions", equalTo(List.of("BOOK", "MANAGE_MAINTENANCE")))
                // the plan is history once launched: no milestone control for the instructor who ran it
                .body("milestones.key", hasItem("COURSE_OUTLINE"))
                .body("milestones.findAll { !it.permissions.isEmpty() }.key", equalTo(List.of()))
                .extract().path("maintenanceTasks[0].id");
        as(OLE).body(Map.of("status", "DONE")).put("/productions/{id}/maintenance-tasks/{t}", moocId, taskId).then()
                .statusCode(404);
        as(IDA).body(Map.of("status", "OPEN")).put("/productions/{id}/maintenance-tasks/{t}", moocId, taskId).then()
                .statusCode(400);
        as(IDA).body(Map.of("status", "DONE")).put("/productions/{id}/maintenance-tasks/{t}", moocId, taskId).then()
                .statusCode(200).body("maintenanceTasks[0].status", equalTo("DONE"))
                .body("maintenanceTasks[0].doneBy", equalTo("Ida Tester"));
        as(CARLA).body(Map.of("status", "DONE")).put("/productions/{id}/maintenance-tasks/{t}", moocId, taskId).then()
                .statusCode(409);
    }

    @Test
    void aRevisionWithoutActionsGetsATaskWithoutServerWrittenText() throws Exception {
        UUID moocId = launched();
        ObjectNode revise = review(moocId, "REVISE");
        revise.remove("actions");
        revise.putNull("comments");
        String eventId = UUID.randomUUID().toString();
        publish(eventId, moocId, revise);
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.seen("/analytics-service", eventId));
        as(IDA).get("/productions/{id}", moocId).then().statusCode(200)
                .body("maintenanceTasks", hasSize(1))
                .body("maintenanceTasks[0].semester", equalTo("2028-spring"))
                .body("maintenanceTasks[0].description", equalTo(null));
    }

    @Test
    void retireClosesTheCourseAndPublishesCourseRetired() throws Exception {
        UUID moocId = launched();
        ObjectNode retire = review(moocId, "RETIRE");
        publish(UUID.randomUUID().toString(), moocId, retire);
        List<ConsumerRecord<String, String>> retired = KafkaTestClient.await(ProductionEvents.PRODUCTION_TOPIC,
                r -> moocId.toString().equals(KafkaTestClient.header(r, "ce_subject"))
                        && ProductionEvents.COURSE_RETIRED.equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        var data = mapper.readTree(retired.get(0).value());
        assertTrue(ProductionFixture.validate("production-service/src/main/resources/META-INF/events/mooc.course.retired.v1.schema.json",
                data).isEmpty(), "course retired matches its published schema");
        assertEquals("2028-spring", data.get("semester").asText());
        assertEquals(retire.get("reviewId").asText(), data.get("reviewId").asText());
        // the business date is the study board's decision (the review's completedAt), not when production recorded it
        assertEquals("2028-03-15", retire.get("completedAt").asText().substring(0, 10));
        assertEquals("2028-03-15", data.get("retiredOn").asText());
        as(IDA).get("/productions/{id}", moocId).then().statusCode(200)
                .body("status", equalTo("RETIRED"))
                .body("launch.retiredSemester", equalTo("2028-spring"))
                .body("permissions", hasSize(0));
        // retiring again publishes nothing more: once the second review is handled (its transaction, with anything it
        // wrote to the outbox, committed) and the outbox has sent everything of this MOOC, the topic holds one event
        var mark = KafkaTestClient.endOffsets(ProductionEvents.PRODUCTION_TOPIC);
        String again = UUID.randomUUID().toString();
        publish(again, moocId, review(moocId, "RETIRE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.seen("/analytics-service", again));
        ProductionFixture.outboxDrained(moocId);
        assertEquals(List.of(), KafkaTestClient.readSince(ProductionEvents.PRODUCTION_TOPIC, mark,
                KafkaTestClient.subject(moocId.toString())), "nothing published for the second review");
        assertEquals(1, KafkaTestClient.readAll(ProductionEvents.PRODUCTION_TOPIC,
                r -> moocId.toString().equals(KafkaTestClient.header(r, "ce_subject"))
                        && ProductionEvents.COURSE_RETIRED.equals(KafkaTestClient.header(r, "ce_type"))).size());
    }

    @Test
    void aReviewOfAMoocNeverLaunchedHereGoesToTheDeadLetterQueue() throws Exception {
        UUID inProduction = ProductionFixture.approved(true);
        publish(UUID.randomUUID().toString(), inProduction, review(inProduction, "REVISE"));
        UUID unknown = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), unknown, review(unknown, "RETIRE"));
        for (UUID id : List.of(inProduction, unknown)) {
            KafkaTestClient.await("production-service.analytics-events.dlq",
                    r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        }
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> MaintenanceTask.count("moocId", inProduction)));
    }
}
