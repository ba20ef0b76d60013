package dk.mooc.production.launch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.platform.mail.OutgoingMail;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.production.Milestone;
import dk.mooc.production.event.ProductionEvents;
import dk.mooc.production.service.MilestoneWatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static dk.mooc.production.launch.ProductionFixture.BEA;
import static dk.mooc.production.launch.ProductionFixture.BO;
import static dk.mooc.production.launch.ProductionFixture.CARLA;
import static dk.mooc.production.launch.ProductionFixture.IDA;
import static dk.mooc.production.launch.ProductionFixture.OLE;
import static dk.mooc.production.launch.ProductionFixture.SARA;
import static dk.mooc.production.launch.ProductionFixture.as;
import static dk.mooc.production.launch.ProductionFixture.asWithEtag;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders before due dates and overdue milestones (the watch runs with a clock the test chooses), who sees which
 * productions in the list, and the team editor's rules.
 */
@QuarkusTest
class MilestoneWatchTest {

    @Inject
    MilestoneWatch watch;

    @Inject
    ObjectMapper mapper;

    private static long mails(UUID moocId, String to) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutgoingMail.count("recipient = ?1 and subjectRef = ?2", to, moocId.toString()));
    }

    private static Predicate<ConsumerRecord<String, String>> overdueOf(UUID moocId) {
        return r -> moocId.toString().equals(KafkaTestClient.header(r, "ce_subject"))
                && ProductionEvents.MILESTONE_OVERDUE.equals(KafkaTestClient.header(r, "ce_type"));
    }

    @Test
    void remindersGoOncePerDueDateAndOverdueMilestonesArePublishedOnce() throws Exception {
        // approved 2026-12-10: "Plan agreed with the consultant" (14 working days, owner consultant) is due 2026-12-24
        UUID moocId = ProductionFixture.approved(true);
        watch.run(OffsetDateTime.parse("2026-12-16T09:00:00Z"));
        assertEquals(0, mails(moocId, "carla@example.org"), "8 days ahead is too early");
        watch.run(OffsetDateTime.parse("2026-12-17T09:00:00Z"));
        assertEquals(1, mails(moocId, "carla@example.org"), "7 days ahead: the consultant on the team is reminded");
        watch.run(OffsetDateTime.parse("2026-12-18T09:00:00Z"));
        assertEquals(1, mails(moocId, "carla@example.org"), "once per due date");
        assertEquals(0, mails(moocId, "ida@example.org"), "the course outline is not due yet");

        watch.run(OffsetDateTime.parse("2026-12-27T09:00:00Z"));
        watch.run(OffsetDateTime.parse("2026-12-28T09:00:00Z"));
        List<ConsumerRecord<String, String>> overdue = KafkaTestClient.await(ProductionEvents.PRODUCTION_TOPIC,
                overdueOf(moocId), 1, Duration.ofSeconds(30));
        var data = mapper.readTree(overdue.get(0).value());
        assertTrue(ProductionFixture.validate(
                "production-service/src/main/resources/META-INF/events/mooc.production.milestone-overdue.v1.schema.json",
                data).isEmpty(), "milestone overdue matches its published schema");
        assertEquals("PLAN_AGREED", data.get("milestone").asText());
        assertEquals("2026-12-24", data.get("dueDate").asText());
        assertEquals(3, data.get("daysOverdue").asInt());
        assertEquals(1, KafkaTestClient.readFor(ProductionEvents.PRODUCTION_TOPIC, overdueOf(moocId),
                Duration.ofSeconds(3)).size(), "published once, though the watch ran twice");

        // a new due date is a new deadline: reminded again before it
        asWithEtag(CARLA, moocId).body(Map.of("dueDate", "2027-01-05")).put("/productions/{id}/milestones/PLAN_AGREED", moocId)
                .then().statusCode(200);
        watch.run(OffsetDateTime.parse("2026-12-30T09:00:00Z"));
        assertEquals(2, mails(moocId, "carla@example.org"));

        // the plan flags what is overdue today
        QuarkusTransaction.requiringNew().run(() -> {
            Milestone m = Milestone.findById(new Milestone.Key(moocId, "PLAN_AGREED"));
            m.dueDate = LocalDate.now().minusDays(2);
        });
        as(IDA).get("/productions/{id}", moocId).then().statusCode(200)
                .body("milestones.find { it.key == 'PLAN_AGREED' }.overdue", equalTo(true))
                .body("milestones.find { it.key == 'COURSE_OUTLINE' }.overdue", equalTo(false))
                .body("overdueMilestones", equalTo(1))
                .body("nextMilestone.key", equalTo("PLAN_AGREED"))
                .body("nextMilestone.overdue", equalTo(true));
    }

    @Test
    void theListShowsEachPersonTheProductionsTheyArePartOf() throws Exception {
        UUID moocId = ProductionFixture.approved(true); // Compute; Ida instructs, Sara is on the team
        as(IDA).get("/productions?size=100").then().statusCode(200).body("items.moocId", hasItem(moocId.toString()));
        as(SARA).get("/productions?size=100").then().statusCode(200).body("items.moocId", hasItem(moocId.toString()));
        as(BO).get("/productions?size=100").then().statusCode(200).body("items.moocId", hasItem(moocId.toString()));
        as(CARLA).get("/productions?size=100").then().statusCode(200).body("items.moocId", hasItem(moocId.toString()));
        as(OLE).get("/productions?size=100").then().statusCode(200).body("items.moocId", not(hasItem(moocId.toString())));
        as(BEA).get("/productions?size=100").then().statusCode(200).body("items.moocId", not(hasItem(moocId.toString())));
        as(BEA).get("/productions/{id}", moocId).then().statusCode(404);
        as(BO).get("/productions/{id}", moocId).then().statusCode(200).body("permissions", equalTo(List.of()));
    }

    @Test
    void theTeamIsReplacedWholeWithOneInstructorAndTheCurrentVersion() throws Exception {
        UUID moocId = ProductionFixture.approved(true);
        List<Map<String, String>> team = List.of(
                Map.of("name", "Ida Instructor", "email", "ida@example.org", "role", "INSTRUCTOR"),
                Map.of("name", "Ole Assistant", "email", "ole@example.org", "role", "ASSISTANT"),
                Map.of("name", "Carla Consultant", "email", "carla@example.org", "role", "CONSULTANT"));
        as(IDA).body(Map.of("members", team)).put("/productions/{id}/team", moocId).then().statusCode(428);
        asWithEtag(SARA, moocId).body(Map.of("members", team)).put("/productions/{id}/team", moocId).then().statusCode(403);
        asWithEtag(IDA, moocId).body(Map.of("members", List.of(team.get(1)))).put("/productions/{id}/team", moocId).then()
                .statusCode(400).body("errors[0].field", equalTo("members"));
        asWithEtag(IDA, moocId).body(Map.of("members", List.of(team.get(0), team.get(0))))
                .put("/productions/{id}/team", moocId).then().statusCode(400);
        asWithEtag(IDA, moocId).body(Map.of("members", List.of(Map.of("name", "X", "email", "not-an-email", "role", "ASSISTANT"))))
                .put("/productions/{id}/team", moocId).then().statusCode(400);
        asWithEtag(IDA, moocId).body(Map.of("members", team)).put("/productions/{id}/team", moocId).then().statusCode(200)
                .body("team.email", equalTo(List.of("ida@example.org", "ole@example.org", "carla@example.org")))
                .body("team[1].responsibilities[0]", equalTo("Exercises and quizzes"));
        // Ole, now on the team, sees it; Sara, no longer on it, does not
        as(OLE).get("/productions/{id}", moocId).then().statusCode(200);
        as(SARA).get("/productions/{id}", moocId).then().statusCode(404);
    }
}
