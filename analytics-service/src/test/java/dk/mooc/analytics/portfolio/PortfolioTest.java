package dk.mooc.analytics.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mooc.analytics.PortfolioEvent;
import dk.mooc.analytics.PortfolioMooc;
import dk.mooc.analytics.PortfolioStage;
import dk.mooc.analytics.service.PortfolioProjection;
import dk.mooc.platform.events.IncomingEvent;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portfolio from the producers' example events over the real broker (all four topics), and the projection's
 * rules: applied once per event, and the stage follows the event that happened last even when topics interleave.
 */
@QuarkusTest
class PortfolioTest {

    private static final Path ROOT = Path.of(System.getProperty("mooc.root", ".."));

    @Inject
    ObjectMapper mapper;

    @Inject
    PortfolioProjection projection;

    /** The test's own department, so that the department's figures are this test's MOOC alone. */
    private String department;

    private ObjectNode example(String service, String type, UUID moocId) throws Exception {
        ObjectNode e = (ObjectNode) mapper.readTree(Files.readString(
                ROOT.resolve(service + "/src/main/resources/META-INF/events/" + type + ".example.json")));
        e.put("moocId", moocId.toString());
        if (department != null && e.has("department")) {
            e.put("department", department);
        }
        return e;
    }

    @AfterEach
    void resetClock() {
        Timestamps.reset();
    }

    private static void publish(String topic, String source, String type, UUID moocId, ObjectNode data) {
        KafkaTestClient.publish(topic, UUID.randomUUID().toString(), source, type, moocId.toString(), data.toString());
    }

    private static PortfolioMooc row(UUID moocId) {
        return QuarkusTransaction.requiringNew().call(() -> PortfolioMooc.findById(moocId));
    }

    @Test
    @TestSecurity(user = "chris", roles = "committee")
    void aMoocIsFollowedFromItsDraftToItsRetirementAcrossAllFourServices() throws Exception {
        UUID moocId = UUID.randomUUID();
        department = "Portfolio " + moocId.toString().substring(0, 8);
        publish("proposal-events", "/proposal-service", "mooc.proposal.drafted.v1", moocId,
                example("proposal-service", "mooc.proposal.drafted.v1", moocId));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(moocId) != null);
        assertEquals(PortfolioStage.PROPOSAL, row(moocId).stage);

        publish("proposal-events", "/proposal-service", "mooc.proposal.submitted.v1", moocId,
                example("proposal-service", "mooc.proposal.submitted.v1", moocId));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(moocId).stage == PortfolioStage.REVIEW);
        publish("review-events", "/review-service", "mooc.review.opened.v1", moocId,
                example("review-service", "mooc.review.opened.v1", moocId));
        publish("review-events", "/review-service", "mooc.review.decided.v1", moocId,
                example("review-service", "mooc.review.decided.v1", moocId).put("decision", "APPROVED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(moocId).stage == PortfolioStage.PRODUCTION);
        ObjectNode overdue = example("production-service", "mooc.production.milestone-overdue.v1", moocId);
        publish("production-events", "/production-service", "mooc.production.milestone-overdue.v1", moocId, overdue);
        publish("production-events", "/production-service", "mooc.production.milestone-overdue.v1", moocId, overdue);
        publish("production-events", "/production-service", "mooc.course.launched.v1", moocId,
                example("production-service", "mooc.course.launched.v1", moocId));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(moocId).stage == PortfolioStage.LAUNCHED);

        given().when().get("/portfolio").then().statusCode(200)
                .body("moocs.find { it.moocId == '" + moocId + "' }.title", equalTo("Quantum Computing for Engineers"))
                .body("moocs.find { it.moocId == '" + moocId + "' }.stage", equalTo("LAUNCHED"))
                .body("moocs.find { it.moocId == '" + moocId + "' }.resources.videoBudgetDkk", equalTo(35000))
                .body("moocs.find { it.moocId == '" + moocId + "' }.overdueMilestones", equalTo(1))
                // planned 2027-autumn (1 September 2027), launched 1 September 2027
                .body("moocs.find { it.moocId == '" + moocId + "' }.launchSlipDays", equalTo(0))
                .body("moocs.find { it.moocId == '" + moocId + "' }.department", equalTo(department));
        // the test's department holds this MOOC alone: its figures are exact
        given().queryParam("department", department).when().get("/portfolio").then().statusCode(200)
                .body("moocs.moocId", contains(moocId.toString()))
                .body("byStage.LAUNCHED", equalTo(1))
                .body("byStage.PRODUCTION", equalTo(0))
                .body("departments.department", contains(department))
                .body("departments[0].moocs", equalTo(1))
                .body("departments[0].committed.staffHours", equalTo(400))
                .body("departments[0].committed.videoBudgetDkk", equalTo(35000))
                .body("departments[0].requested.staffHours", equalTo(0));

        publish("analytics-events", "/analytics-service", "mooc.analytics.semester-review-completed.v1", moocId,
                example("analytics-service", "mooc.analytics.semester-review-completed.v1", moocId).put("outcome", "RETIRE"));
        publish("production-events", "/production-service", "mooc.course.retired.v1", moocId,
                example("production-service", "mooc.course.retired.v1", moocId));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(moocId).stage == PortfolioStage.RETIRED
                && QuarkusTransaction.requiringNew().call(() -> PortfolioEvent.count("moocId", moocId)) == 9);
        JsonPath timeline = given().when().get("/portfolio/{id}/timeline", moocId).then().statusCode(200)
                .body("mooc.stage", equalTo("RETIRED"))
                .body("events.service", hasItem("analytics"))
                .extract().jsonPath();
        // codes with parameters, on the business dates the events carry, in that order; no English sentence
        // (overdue twice, two event ids, is two timeline entries but one overdue milestone)
        assertEquals(List.of("PROPOSAL_DRAFTED", "PROPOSAL_SUBMITTED", "REVIEW_OPENED", "REVIEW_DECIDED",
                "MILESTONE_OVERDUE", "MILESTONE_OVERDUE", "COURSE_LAUNCHED", "SEMESTER_REVIEWED", "COURSE_RETIRED"),
                timeline.getList("events.code"));
        assertEquals(List.of("2026-10-02", "2026-11-28", "2026-11-28", "2026-12-10", "2027-03-20", "2027-03-20",
                "2027-09-01", "2028-03-15", "2029-12-15"), timeline.getList("events.occurredOn"));
        assertEquals(List.of(Map.of("instructor", "Ida Instructor"), Map.of("version", "1"), Map.of("round", "1"),
                Map.of("decision", "APPROVED", "round", "1"),
                Map.of("milestone", "PILOT_MODULE", "milestoneName", "Pilot module", "dueDate", "2027-03-19", "daysOverdue", "1"),
                Map.of("milestone", "PILOT_MODULE", "milestoneName", "Pilot module", "dueDate", "2027-03-19", "daysOverdue", "1"),
                Map.of("launchDate", "2027-09-01", "courseUrl", "https://www.coursera.org/learn/quantum-computing-for-engineers"),
                Map.of("semester", "2028-spring", "outcome", "RETIRE"), Map.of("semester", "2029-autumn")),
                timeline.getList("events.params"));
        assertEquals(List.of(), timeline.getList("events.findAll { it.summary != null }"), "no English sentence");
        assertEquals(9, timeline.getList("events.recordedAt").size());
    }

    @Test
    @TestSecurity(user = "chris", roles = "committee")
    void aLaunchRecordedTodayIsOnTheTimelineOnItsLaunchDate() throws Exception {
        UUID moocId = UUID.randomUUID();
        OffsetDateTime today = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        ObjectNode launched = example("production-service", "mooc.course.launched.v1", moocId).put("launchDate", "2027-09-01");
        assertTrue(projection.apply(event("/production-service", "mooc.course.launched.v1", moocId, today, launched)));
        // an older course.retired, without the business date added later: the day it was recorded stands in
        ObjectNode retired = example("production-service", "mooc.course.retired.v1", moocId);
        retired.remove("retiredOn");
        retired.put("retiredAt", "2029-12-15T23:30:00Z");
        assertTrue(projection.apply(event("/production-service", "mooc.course.retired.v1", moocId, today, retired)));

        JsonPath timeline = given().when().get("/portfolio/{id}/timeline", moocId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("COURSE_LAUNCHED", "COURSE_RETIRED"), timeline.getList("events.code"));
        assertEquals("2027-09-01", timeline.getString("events[0].occurredOn"), "the launch date, not the day recorded");
        assertEquals(today.toInstant(), OffsetDateTime.parse(timeline.getString("events[0].recordedAt")).toInstant());
        assertEquals("2027-09-01", timeline.getString("events[0].params.launchDate"));
        // 23:30 UTC on 15 December is 16 December in Copenhagen
        assertEquals("2029-12-16", timeline.getString("events[1].occurredOn"));
        assertNull(timeline.get("events[0].summary"));
    }

    @Test
    void eachEventIsAppliedOnceAndTheLatestEventDecidesTheStage() throws Exception {
        UUID moocId = UUID.randomUUID();
        OffsetDateTime t = OffsetDateTime.parse("2027-01-10T10:00:00Z");
        IncomingEvent decided = event("/review-service", "mooc.review.decided.v1", moocId, t.plusDays(30),
                example("review-service", "mooc.review.decided.v1", moocId).put("decision", "APPROVED"));
        IncomingEvent submitted = event("/proposal-service", "mooc.proposal.submitted.v1", moocId, t,
                example("proposal-service", "mooc.proposal.submitted.v1", moocId));
        // the committee's decision arrives before the submission it decided (another topic, another consumer)
        assertTrue(projection.apply(decided));
        assertTrue(projection.apply(submitted));
        assertFalse(projection.apply(submitted), "a redelivered event changes nothing");
        PortfolioMooc m = row(moocId);
        assertEquals(PortfolioStage.PRODUCTION, m.stage, "the later event (the approval) decides");
        assertEquals("Quantum Computing for Engineers", m.title, "facts still come from the earlier event");
        assertEquals(400, m.staffHours);
    }

    @Test
    void anEventWithoutATimeIsPlacedAtThePlatformsClock() throws Exception {
        UUID moocId = UUID.randomUUID();
        OffsetDateTime fixed = OffsetDateTime.parse("2031-03-04T05:06:07Z");
        Timestamps.use(Clock.fixed(fixed.toInstant(), ZoneOffset.UTC));
        assertTrue(projection.apply(event("/proposal-service", "mooc.proposal.drafted.v1", moocId, null,
                example("proposal-service", "mooc.proposal.drafted.v1", moocId))));
        PortfolioEvent e = QuarkusTransaction.requiringNew().call(() -> PortfolioEvent.<PortfolioEvent>find("moocId", moocId)
                .singleResult());
        assertEquals(fixed.toInstant(), e.occurredAt.toInstant());
        assertEquals(fixed.toInstant(), row(moocId).lastEventAt.toInstant());
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    void onlyTheCommitteeAndAdminsSeeThePortfolio() {
        given().when().get("/portfolio").then().statusCode(403).body("type", equalTo("urn:mooc:problem:forbidden"));
    }

    @Test
    @TestSecurity(user = "chris", roles = "committee")
    void anUnknownMoocHasNoTimeline() {
        given().when().get("/portfolio/{id}/timeline", UUID.randomUUID()).then().statusCode(404);
    }

    private static IncomingEvent event(String source, String type, UUID moocId, OffsetDateTime time, ObjectNode data) {
        return new IncomingEvent(UUID.randomUUID().toString(), source, type, moocId.toString(), time, data.toString(),
                "test", 0, 0);
    }
}
