package dk.mooc.production.launch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.MaintenanceTask;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import dk.mooc.production.Studio;
import dk.mooc.production.event.ProductionEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.production.launch.ProductionFixture.OLGA;
import static dk.mooc.production.launch.ProductionFixture.as;
import static dk.mooc.production.launch.ProductionFixture.asWithEtag;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The production task inbox (GET /tasks): each kind appears for the person the step waits for, by the same rules that
 * allow the action, and is gone once the action is taken; nobody else gets it. People of their own (instructor Ines,
 * consultant Cleo) keep other tests' MOOCs out of their lists.
 */
@QuarkusTest
class TasksResourceTest {

    static final Person INES = TestTokens.person("ines", "Compute", "instructor");
    static final Person OTTO = TestTokens.person("otto", "Compute", "instructor");
    static final Person SARA = TestTokens.person("sara", "Compute", "instructor");
    static final Person CLEO = TestTokens.person("cleo", null, "consultant");
    static final Person CARLA = TestTokens.person("carla", null, "consultant");
    static final Person BO = TestTokens.person("bo", "Compute", "board");
    static final Person BEA = TestTokens.person("bea", "Physics", "board");
    static final Person MADS = TestTokens.person("mads", null, "medialab");
    static final Person ADA = TestTokens.person("ada", null, "admin");
    static final Person CAMILLA = TestTokens.person("camilla", null, "committee");

    /** Submitted and approved with Ines as instructor, Cleo as consultant and Sara on the team. */
    private static UUID approved() throws Exception {
        UUID moocId = UUID.randomUUID();
        ObjectNode submitted = ProductionFixture.example(
                "proposal-service/src/main/resources/META-INF/events/mooc.proposal.submitted.v1.example.json");
        submitted.put("moocId", moocId.toString()).put("newContent", true);
        ((ObjectNode) submitted.get("instructor")).put("id", INES.sub());
        ((ObjectNode) submitted.get("consultant")).put("id", CLEO.sub());
        KafkaTestClient.publish(ProductionEvents.PROPOSAL_TOPIC, UUID.randomUUID().toString(), "/proposal-service",
                ProductionEvents.PROPOSAL_SUBMITTED, moocId.toString(), submitted.toString());
        ObjectNode decided = ProductionFixture.example(
                "review-service/src/main/resources/META-INF/events/mooc.review.decided.v1.example.json");
        decided.put("moocId", moocId.toString()).put("decision", "APPROVED").put("decidedAt", "2026-12-10T14:00:00Z");
        KafkaTestClient.publish(ProductionEvents.REVIEW_TOPIC, UUID.randomUUID().toString(), "/review-service",
                ProductionEvents.REVIEW_DECIDED, moocId.toString(), decided.toString());
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                as(CLEO).get("/productions/{id}", moocId).then().statusCode(200));
        return moocId;
    }

    /** The caller's tasks on one MOOC, each as KIND or KIND:param (the milestone or the round). */
    private static List<String> tasks(Person p, UUID moocId) {
        return items(p, moocId).stream().map(t -> {
            @SuppressWarnings("unchecked") Map<String, String> params = (Map<String, String>) t.get("params");
            String param = params.getOrDefault("milestone", params.get("round"));
            return t.get("kind") + (param == null ? "" : ":" + param);
        }).sorted().toList();
    }

    private static List<Map<String, Object>> items(Person p, UUID moocId) {
        return as(p).get("/tasks").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.moocId == '" + moocId + "' }");
    }

    private static void done(Person owner, UUID moocId, String key) {
        asWithEtag(owner, moocId).body(Map.of("status", "DONE")).put("/productions/{id}/milestones/{key}", moocId, key)
                .then().statusCode(200);
    }

    private static String dueOf(UUID moocId, String key) {
        return as(INES).get("/productions/{id}", moocId).then().extract().path("milestones.find { it.key == '" + key
                + "' }.dueDate");
    }

    @Test
    void anonymousIs401AndRolesWithoutProductionActions403() {
        RestAssured.given().get("/tasks").then().statusCode(401);
        as(ADA).get("/tasks").then().statusCode(403);
        as(CAMILLA).get("/tasks").then().statusCode(403);
    }

    @Test
    void theWayToLaunchIsOneTaskAtATimeForWhoeverItWaitsFor() throws Exception {
        UUID moocId = approved();

        // the plan: the instructor and the MOOC's own consultant, nobody else
        assertEquals(List.of("AGREE_PLAN"), tasks(INES, moocId));
        assertEquals(List.of("AGREE_PLAN"), tasks(CLEO, moocId));
        assertEquals(List.of(), tasks(CARLA, moocId), "another consultant: not their MOOC");
        assertEquals(List.of(), tasks(OTTO, moocId));
        assertEquals(List.of(), tasks(SARA, moocId), "a team member runs nothing");
        assertEquals(dueOf(moocId, "PLAN_AGREED"), items(INES, moocId).get(0).get("dueDate"));
        assertEquals(moocId.toString(), items(INES, moocId).get(0).get("subjectId"));
        var whole = as(INES).get("/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(whole.getList("items").size(), whole.getInt("total"), "a short inbox is whole: its total is its length");
        asWithEtag(CLEO, moocId).post("/productions/{id}/plan/agree", moocId).then().statusCode(200);
        assertEquals(List.of(), tasks(INES, moocId), "an agreed plan is no longer waiting");

        // the milestones: each is its owner's once those before it are done
        assertEquals(List.of("COMPLETE_MILESTONE:PLAN_AGREED"), tasks(CLEO, moocId));
        done(CLEO, moocId, "PLAN_AGREED");
        assertEquals(List.of(), tasks(CLEO, moocId));
        assertEquals(List.of("COMPLETE_MILESTONE:COURSE_OUTLINE"), tasks(INES, moocId));
        assertEquals(dueOf(moocId, "COURSE_OUTLINE"), items(INES, moocId).get(0).get("dueDate"));
        done(INES, moocId, "COURSE_OUTLINE");
        done(INES, moocId, "PILOT_MODULE");
        assertEquals(List.of(), tasks(INES, moocId), "the video is MediaLab's milestone");
        assertEquals(List.of("COMPLETE_MILESTONE:VIDEO_RECORDING"), tasks(MADS, moocId));
        done(MADS, moocId, "VIDEO_RECORDING");
        assertEquals(List.of(), tasks(MADS, moocId));
        done(INES, moocId, "MATERIAL_COMPLETE");

        // the user test, recorded by the instructor
        assertEquals(List.of("RECORD_USER_TEST"), tasks(INES, moocId));
        as(INES).body(Map.of("testedOn", Timestamps.today(Studio.ZONE).minusDays(1).toString(), "students", 8,
                "colleagues", 2, "findings", "Week 2's quiz was too hard.")).put("/productions/{id}/user-test", moocId)
                .then().statusCode(200);

        // the launch approval: asked by those who run the MOOC, decided by the department's board
        assertEquals(List.of("REQUEST_LAUNCH_APPROVAL"), tasks(INES, moocId));
        assertEquals(List.of("REQUEST_LAUNCH_APPROVAL"), tasks(CLEO, moocId));
        assertEquals(List.of(), tasks(BO, moocId), "not asked yet");
        as(INES).post("/productions/{id}/launch-approval/request", moocId).then().statusCode(200);
        assertEquals(List.of(), tasks(INES, moocId));
        assertEquals(List.of("APPROVE_LAUNCH"), tasks(BO, moocId));
        assertEquals(dueOf(moocId, "BOARD_LAUNCH_APPROVAL"), items(BO, moocId).get(0).get("dueDate"));
        assertEquals(List.of(), tasks(BEA, moocId), "another department's board");
        as(BO).body(Map.of("decision", "DECLINED", "comment", "Add subtitles first."))
                .post("/productions/{id}/launch-approval", moocId).then().statusCode(200);
        assertEquals(List.of(), tasks(BO, moocId), "a decided approval is not waiting");
        assertEquals(List.of("REQUEST_LAUNCH_APPROVAL"), tasks(INES, moocId), "declined: asked again after the rework");
        as(CLEO).post("/productions/{id}/launch-approval/request", moocId).then().statusCode(200);
        assertEquals(List.of("APPROVE_LAUNCH"), tasks(BO, moocId));
        as(BO).body(Map.of("decision", "APPROVED")).post("/productions/{id}/launch-approval", moocId).then().statusCode(200);
        assertEquals(List.of(), tasks(BO, moocId), "an approval already given is not listed");
        assertEquals(List.of(), tasks(INES, moocId));
        assertEquals(List.of("COMPLETE_MILESTONE:COURSERA_SETUP"), tasks(CLEO, moocId));
        done(CLEO, moocId, "COURSERA_SETUP");

        // both feedback rounds are still open: no launch task while a gate refuses the launch
        assertEquals(List.of(), tasks(INES, moocId));
        for (String round : List.of("TEACHING_PLAN", "MATERIAL")) {
            String c = as(CLEO).body(Map.of("text", "Add transcripts.")).post("/productions/{id}/feedback/{r}/comments",
                    moocId, round).then().statusCode(201).extract().path("id");
            as(INES).body(Map.of("resolution", "RESOLVED")).put("/productions/{id}/feedback/{r}/comments/{c}", moocId, round, c)
                    .then().statusCode(200);
            as(CLEO).post("/productions/{id}/feedback/{r}/close", moocId, round).then().statusCode(200);
        }
        assertEquals(List.of("LAUNCH"), tasks(INES, moocId));
        assertEquals(dueOf(moocId, "LAUNCH"), items(INES, moocId).get(0).get("dueDate"));
        assertEquals(List.of(), tasks(CLEO, moocId));
        as(INES).body(Map.of("courseUrl", "https://www.coursera.org/learn/inbox", "launchDate", "2027-09-01"))
                .post("/productions/{id}/launch", moocId).then().statusCode(200);
        assertEquals(List.of(), tasks(INES, moocId), "a launched MOOC is not launched again");
    }

    @Test
    void feedbackIsGivenResolvedAndClosedAndThenGone() throws Exception {
        UUID moocId = approved();
        asWithEtag(CLEO, moocId).post("/productions/{id}/plan/agree", moocId).then().statusCode(200);
        String cleos = as(CLEO).body(Map.of("text", "Week 3 has no learning objective."))
                .post("/productions/{id}/feedback/TEACHING_PLAN/comments", moocId).then().statusCode(201).extract().path("id");

        // the instructor resolves each comment: the comment is the subject
        List<Map<String, Object>> ines = items(INES, moocId).stream().filter(t -> t.get("kind").equals("RESOLVE_COMMENT"))
                .toList();
        assertEquals(1, ines.size());
        assertEquals(cleos, ines.get(0).get("subjectId"));
        assertEquals(Map.of("round", "TEACHING_PLAN"), ines.get(0).get("params"));
        assertEquals(null, ines.get(0).get("dueDate"));
        assertEquals(List.of("COMPLETE_MILESTONE:PLAN_AGREED"), tasks(CLEO, moocId), "an open comment: not closable yet");

        // an invited colleague is asked for feedback from their first sign-in (the invitation binds on this read)
        assertEquals(List.of(), tasks(OLGA, moocId));
        as(INES).body(Map.of("name", "Olga Experienced", "email", "olga@example.org"))
                .put("/productions/{id}/feedback/TEACHING_PLAN/colleague", moocId).then().statusCode(200);
        assertEquals(List.of("GIVE_FEEDBACK:TEACHING_PLAN"), tasks(OLGA, moocId));
        String olgas = as(OLGA).body(Map.of("text", "Ten-minute videos keep learners better."))
                .post("/productions/{id}/feedback/TEACHING_PLAN/comments", moocId).then().statusCode(201).extract().path("id");
        assertEquals(List.of(), tasks(OLGA, moocId), "feedback given");
        assertEquals(List.of("RESOLVE_COMMENT:TEACHING_PLAN", "RESOLVE_COMMENT:TEACHING_PLAN"), tasks(INES, moocId)
                .stream().filter(k -> k.startsWith("RESOLVE")).toList());
        assertEquals(List.of(), tasks(SARA, moocId), "only the MOOC's instructor resolves");

        as(INES).body(Map.of("resolution", "RESOLVED", "note", "Objective added."))
                .put("/productions/{id}/feedback/TEACHING_PLAN/comments/{c}", moocId, cleos).then().statusCode(200);
        assertEquals(List.of("RESOLVE_COMMENT:TEACHING_PLAN"), tasks(INES, moocId).stream()
                .filter(k -> k.startsWith("RESOLVE")).toList(), "a resolved comment is gone");
        as(INES).body(Map.of("resolution", "DECLINED", "note", "The lab needs twenty minutes."))
                .put("/productions/{id}/feedback/TEACHING_PLAN/comments/{c}", moocId, olgas).then().statusCode(200);
        assertEquals(List.of(), tasks(INES, moocId).stream().filter(k -> k.startsWith("RESOLVE")).toList());

        // every comment answered: the MOOC's consultant closes the round, another consultant is not asked
        assertEquals(List.of("CLOSE_FEEDBACK_ROUND:TEACHING_PLAN", "COMPLETE_MILESTONE:PLAN_AGREED"), tasks(CLEO, moocId));
        assertEquals(List.of(), tasks(CARLA, moocId));
        as(CLEO).post("/productions/{id}/feedback/TEACHING_PLAN/close", moocId).then().statusCode(200);
        assertEquals(List.of("COMPLETE_MILESTONE:PLAN_AGREED"), tasks(CLEO, moocId));
    }

    @Test
    void theMediaLabConfirmsRequestedBookingsAndNothingElse() throws Exception {
        UUID moocId = approved();
        LocalDate day = Timestamps.today(Studio.ZONE).plusDays(340); // beyond the days the other booking tests take
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        List<String> ids = new java.util.ArrayList<>();
        for (int hour : List.of(9, 12)) {
            ids.add(as(INES).body(Map.of("studio", "MEDIALAB", "start", at(day, hour), "end", at(day, hour + 1),
                    "overBudget", true)).post("/productions/{id}/bookings", moocId).then().statusCode(201)
                    .extract().path("id"));
        }
        // a free studio needs no confirmation: no task
        as(INES).body(Map.of("studio", "BALLERUP", "start", at(day, 9), "end", at(day, 10)))
                .post("/productions/{id}/bookings", moocId).then().statusCode(201);

        List<Map<String, Object>> mads = items(MADS, moocId).stream().filter(t -> t.get("kind").equals("CONFIRM_BOOKING"))
                .toList();
        assertEquals(ids, mads.stream().map(t -> t.get("subjectId")).toList());
        assertEquals(day.toString(), mads.get(0).get("dueDate"));
        assertEquals(Map.of("studio", "MEDIALAB"), mads.get(0).get("params"));
        assertEquals(List.of(), tasks(INES, moocId).stream().filter(k -> k.startsWith("CONFIRM")).toList());

        as(MADS).post("/bookings/{id}/confirm", ids.get(0)).then().statusCode(200);
        as(MADS).body(Map.of("reason", "The studio is closed that afternoon.")).post("/bookings/{id}/decline", ids.get(1))
                .then().statusCode(200);
        assertEquals(List.of(), items(MADS, moocId).stream().filter(t -> t.get("kind").equals("CONFIRM_BOOKING")).toList(),
                "a confirmed or declined booking is not waiting");
    }

    @Test
    void maintenanceTasksOfALaunchedMoocAreItsTeamsUntilDone() throws Exception {
        UUID moocId = approved();
        UUID taskId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Production p = Production.findById(moocId);
            p.status = ProductionStatus.LAUNCHED;
            p.launchDate = LocalDate.of(2027, 9, 1);
            p.launchedAt = OffsetDateTime.parse("2027-09-01T08:00:00Z");
            MaintenanceTask t = new MaintenanceTask();
            t.id = taskId;
            t.moocId = moocId;
            t.reviewId = UUID.randomUUID();
            t.position = 0;
            t.semester = "2028-spring";
            t.description = "Shorten the week 2 videos";
            t.createdAt = OffsetDateTime.parse("2028-07-20T10:00:00Z");
            t.persist();
        });
        JsonPath ines = as(INES).get("/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("COMPLETE_MAINTENANCE_TASK"), ines.getList("items.findAll { it.moocId == '" + moocId
                + "' }.kind"));
        assertEquals(taskId.toString(), ines.getString("items.find { it.moocId == '" + moocId + "' }.subjectId"));
        assertEquals("2028-spring", ines.getString("items.find { it.moocId == '" + moocId + "' }.params.semester"));
        assertEquals(List.of("COMPLETE_MAINTENANCE_TASK"), tasks(CLEO, moocId));
        assertEquals(List.of(), tasks(OTTO, moocId));
        assertEquals(List.of(), tasks(CARLA, moocId));

        as(INES).body(Map.of("status", "DONE")).put("/productions/{id}/maintenance-tasks/{t}", moocId, taskId).then()
                .statusCode(200);
        assertEquals(List.of(), tasks(INES, moocId));
        assertEquals(List.of(), tasks(CLEO, moocId));
    }

    private static String at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Studio.ZONE).toOffsetDateTime().toString();
    }

    /**
     * Many productions for one person: the inbox reads them a chunk at a time (MostUrgentTasks) and still answers the
     * 200 soonest due across every chunk, and counts them all. 600 copies of one MOOC, whose plans are due on 600
     * different days in an order unrelated to their keys, so the soonest are spread over every chunk.
     */
    @Test
    void aLongInboxListsTheSoonestDueOfAllItsProductionsAndCountsThemAll() throws Exception {
        Person ivo = TestTokens.person("ivo", "Compute", "instructor");
        Person cora = TestTokens.person("cora", null, "consultant");
        UUID template = approved();
        LocalDate due = LocalDate.parse(dueOf(template, "PLAN_AGREED"));
        String copy = "md5('inbox-copy-' || '" + template + "' || n)::uuid";
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Production.getEntityManager();
            em.createNativeQuery("insert into production select (jsonb_populate_record(null::production, to_jsonb(t)"
                    + " || jsonb_build_object('mooc_id', " + copy + ", 'instructor_id', '" + ivo.sub()
                    + "', 'consultant_id', '" + cora.sub() + "', 'title', 'Inbox copy ' || n))).*"
                    + " from production t, generate_series(1, 600) n where t.mooc_id = '" + template + "'").executeUpdate();
            // the plan of copy n is due (7n mod 600) days after the template's: 600 different days
            em.createNativeQuery("insert into milestone select (jsonb_populate_record(null::milestone, to_jsonb(t)"
                    + " || jsonb_build_object('mooc_id', " + copy + ", 'due_date', case when t.key = 'PLAN_AGREED'"
                    + " then t.due_date + (7 * n) % 600 else t.due_date end))).*"
                    + " from milestone t, generate_series(1, 600) n where t.mooc_id = '" + template + "'").executeUpdate();
        });

        JsonPath inbox = as(ivo).get("/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(600, inbox.getInt("total"), "every production's plan is counted");
        assertEquals(List.of("AGREE_PLAN"), inbox.getList("items.kind").stream().distinct().toList());
        List<String> expected = java.util.stream.IntStream.range(0, 200).mapToObj(d -> due.plusDays(d).toString()).toList();
        assertEquals(expected, inbox.getList("items.dueDate"), "the 200 soonest due, in order, from every chunk");
        JsonPath consultant = as(cora).get("/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(600, consultant.getInt("total"));
        assertEquals(expected, consultant.getList("items.dueDate"));
    }
}
