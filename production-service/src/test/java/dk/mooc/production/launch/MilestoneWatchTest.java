package dk.mooc.production.launch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.platform.mail.OutgoingMail;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.production.MilestoneNotice;
import dk.mooc.production.event.ProductionEvents;
import dk.mooc.production.service.MilestoneWatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

    /** Moves the platform's clock (the watch and the plan read it) to {@code instant}, e.g. 2026-12-29T09:00:00Z. */
    private static void clockAt(String instant) {
        Timestamps.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @AfterEach
    void resetClock() {
        Timestamps.reset();
    }

    private static List<MilestoneNotice.Kind> notices(UUID moocId, String key) {
        return QuarkusTransaction.requiringNew().call(() -> MilestoneNotice.<MilestoneNotice>list(
                "moocId = ?1 and key = ?2 order by sentAt", moocId, key).stream().map(n -> n.kind).toList());
    }

    @Test
    void remindersGoOncePerDueDateAndOverdueMilestonesArePublishedOnce() throws Exception {
        // approved Thursday 10 December 2026; "Plan agreed with the consultant" (14 working days, owner consultant)
        // runs from Friday 11 December: 11, 14–18, 21–23 Dec (9), 28–30 Dec (12; 24–27 and 31 Dec – 3 Jan are
        // closed or weekend), 4–5 Jan (14): due Tuesday 5 January 2027. Reminders come 7 calendar days ahead.
        UUID moocId = ProductionFixture.approved(true);
        as(IDA).get("/productions/{id}", moocId).then().statusCode(200)
                .body("milestones.find { it.key == 'PLAN_AGREED' }.dueDate", equalTo("2027-01-05"));
        clockAt("2026-12-28T09:00:00Z");
        watch.run();
        assertEquals(0, mails(moocId, "carla@example.org"), "8 days ahead is too early");
        assertEquals(List.of(), notices(moocId, "PLAN_AGREED"));
        clockAt("2026-12-29T09:00:00Z");
        watch.run();
        assertEquals(1, mails(moocId, "carla@example.org"), "7 days ahead: the consultant on the team is reminded");
        assertEquals(List.of(MilestoneNotice.Kind.REMINDER), notices(moocId, "PLAN_AGREED"));
        clockAt("2026-12-30T09:00:00Z");
        watch.run();
        assertEquals(1, mails(moocId, "carla@example.org"), "once per due date");
        assertEquals(0, mails(moocId, "ida@example.org"), "the course outline (due 3 February) is not due yet");

        // due on 5 January: not overdue that day, overdue from the 6th; the watch runs on the 8th and again on the 9th
        clockAt("2027-01-05T15:00:00Z");
        as(IDA).get("/productions/{id}", moocId).then().statusCode(200)
                .body("milestones.find { it.key == 'PLAN_AGREED' }.overdue", equalTo(false))
                .body("overdueMilestones", equalTo(0));
        clockAt("2027-01-08T09:00:00Z");
        watch.run();
        clockAt("2027-01-09T09:00:00Z");
        watch.run();
        assertEquals(List.of(MilestoneNotice.Kind.REMINDER, MilestoneNotice.Kind.OVERDUE), notices(moocId, "PLAN_AGREED"));
        ProductionFixture.outboxDrained(moocId);
        List<ConsumerRecord<String, String>> overdue = KafkaTestClient.readAll(ProductionEvents.PRODUCTION_TOPIC,
                overdueOf(moocId));
        assertEquals(1, overdue.size(), "published once, though the watch ran twice");
        var data = mapper.readTree(overdue.get(0).value());
        assertTrue(ProductionFixture.validate(
                "production-service/src/main/resources/META-INF/events/mooc.production.milestone-overdue.v1.schema.json",
                data).isEmpty(), "milestone overdue matches its published schema");
        assertEquals("PLAN_AGREED", data.get("milestone").asText());
        assertEquals("2027-01-05", data.get("dueDate").asText());
        assertEquals(3, data.get("daysOverdue").asInt(), "5 to 8 January, in calendar days");

        // a new due date is a new deadline: reminded again 7 days before it
        asWithEtag(CARLA, moocId).body(Map.of("dueDate", "2027-01-19")).put("/productions/{id}/milestones/PLAN_AGREED", moocId)
                .then().statusCode(200);
        clockAt("2027-01-11T09:00:00Z");
        watch.run();
        assertEquals(1, mails(moocId, "carla@example.org"), "8 days before the new date");
        clockAt("2027-01-12T09:00:00Z");
        watch.run();
        assertEquals(2, mails(moocId, "carla@example.org"));

        // the plan flags what is overdue by the platform's clock
        clockAt("2027-01-19T09:00:00Z");
        as(IDA).get("/productions/{id}", moocId).then().statusCode(200)
                .body("milestones.find { it.key == 'PLAN_AGREED' }.overdue", equalTo(false))
                .body("overdueMilestones", equalTo(0));
        clockAt("2027-01-21T09:00:00Z");
        as(IDA).get("/productions/{id}", moocId).then().statusCode(200)
                .body("milestones.find { it.key == 'PLAN_AGREED' }.overdue", equalTo(true))
                .body("milestones.find { it.key == 'COURSE_OUTLINE' }.overdue", equalTo(false))
                .body("overdueMilestones", equalTo(1))
                .body("nextMilestone.key", equalTo("PLAN_AGREED"))
                .body("nextMilestone.overdue", equalTo(true));
        // and the list's row says the same, from the milestones not done that the list reads on its own
        String row = "items.find { it.moocId == '" + moocId + "' }";
        as(IDA).get("/productions?size=100").then().statusCode(200)
                .body(row + ".overdueMilestones", equalTo(1))
                .body(row + ".nextMilestone.key", equalTo("PLAN_AGREED"))
                .body(row + ".nextMilestone.dueDate", equalTo("2027-01-19"))
                .body(row + ".nextMilestone.overdue", equalTo(true));
        clockAt("2027-01-19T09:00:00Z");
        as(IDA).get("/productions?size=100").then().statusCode(200)
                .body(row + ".overdueMilestones", equalTo(0))
                .body(row + ".nextMilestone.key", equalTo("PLAN_AGREED"))
                .body(row + ".nextMilestone.overdue", equalTo(false));
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
