package dk.mooc.production.network;

import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.NetworkMeeting;
import dk.mooc.production.NetworkRegistration;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "Online Teaching and MOOCs" network: planning, sign-up up to capacity (also concurrently), withdrawal, attendance. */
@QuarkusTest
class NetworkMeetingTest {

    static final Person IDA = TestTokens.person("ida", "Compute", "instructor");
    static final Person MADS = TestTokens.person("mads", null, "medialab");
    static final Person BO = TestTokens.person("bo", "Compute", "board");
    static final Person CARLA = TestTokens.person("carla", null, "consultant");
    static final Person ADA = TestTokens.person("ada", null, "admin");
    static final Person CARL = TestTokens.person("carl", null, "committee");

    static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    private static String plan(int capacity, OffsetDateTime startsAt) {
        return as(CARLA).body(Map.of("title", "Network meeting " + System.nanoTime(), "startsAt", startsAt.toString(),
                        "endsAt", startsAt.plusHours(2).toString(), "location", "Building 101, S10",
                        "description", "Video that works", "capacity", capacity))
                .post("/network-meetings").then().statusCode(201).extract().path("id");
    }

    /** A meeting that began {@code startedHoursAgo} hours ago and lasts two hours, with these people signed up. */
    private static String began(int startedHoursAgo, String... usernames) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = Timestamps.now();
            NetworkMeeting m = new NetworkMeeting();
            m.id = UUID.randomUUID();
            m.title = "Held meeting " + System.nanoTime();
            m.startsAt = now.minusHours(startedHoursAgo);
            m.endsAt = m.startsAt.plusHours(2);
            m.capacity = 20;
            m.createdBy = "Carla Tester";
            m.createdAt = now.minusDays(20);
            m.persist();
            for (String u : usernames) {
                NetworkRegistration r = new NetworkRegistration();
                r.id = UUID.randomUUID();
                r.meetingId = m.id;
                r.username = u;
                r.name = u + " Tester";
                r.email = u + "@example.org";
                r.registeredAt = now.minusDays(10);
                r.persist();
            }
            return m.id.toString();
        });
    }

    private static String find(String id) {
        return "find { it.id == '" + id + "' }";
    }

    @Test
    void organisersPlanMeetingsThatPeopleSignUpForUntilTheyAreFull() {
        OffsetDateTime nextWeek = Timestamps.now().plusDays(7);
        as(IDA).body(Map.of("title", "Mine", "startsAt", nextWeek.toString(), "endsAt", nextWeek.plusHours(1).toString(),
                "capacity", 5)).post("/network-meetings").then().statusCode(403);
        as(CARLA).body(Map.of("title", "Backwards", "startsAt", nextWeek.toString(), "endsAt", nextWeek.minusHours(1).toString(),
                "capacity", 5)).post("/network-meetings").then().statusCode(400).body("errors[0].field", equalTo("endsAt"));
        as(CARLA).body(Map.of("title", "Past", "startsAt", nextWeek.minusDays(8).toString(),
                        "endsAt", nextWeek.minusDays(8).plusHours(1).toString(), "capacity", 5))
                .post("/network-meetings").then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        as(CARLA).body(Map.of("title", "Nobody", "startsAt", nextWeek.toString(), "endsAt", nextWeek.plusHours(1).toString(),
                "capacity", 0)).post("/network-meetings").then().statusCode(400).body("errors[0].field", equalTo("capacity"));
        as(CARLA).body(Map.of("startsAt", nextWeek.toString(), "endsAt", nextWeek.plusHours(1).toString(), "capacity", 3))
                .post("/network-meetings").then().statusCode(400).body("errors[0].field", equalTo("title"));

        String id = plan(2, nextWeek);
        as(ADA).get("/network-meetings/{id}", id).then().statusCode(200).body("plannedBy", equalTo("Carla Tester"));
        as(IDA).get("/network-meetings").then().statusCode(200)
                .body(find(id) + ".capacity", equalTo(2))
                .body(find(id) + ".registered", equalTo(0))
                .body(find(id) + ".youAreRegistered", equalTo(false))
                .body(find(id) + ".attended", nullValue());
        as(CARLA).get("/network-meetings?when=upcoming").then().body(find(id) + ".attended", equalTo(0));
        as(IDA).get("/network-meetings?when=past").then().statusCode(200).body("id", not(hasItem(id)));
        as(IDA).get("/network-meetings?when=someday").then().statusCode(400).body("errors[0].field", equalTo("when"));
        as(CARL).get("/network-meetings").then().statusCode(403);
        given().get("/network-meetings").then().statusCode(401);

        as(IDA).post("/network-meetings/{id}/registration", id).then().statusCode(201)
                .body("youAreRegistered", equalTo(true)).body("registered", equalTo(1)).body("placesLeft", equalTo(1));
        // signing up twice takes one place
        as(IDA).post("/network-meetings/{id}/registration", id).then().statusCode(200).body("registered", equalTo(1));
        as(MADS).post("/network-meetings/{id}/registration", id).then().statusCode(201).body("registered", equalTo(2));
        as(BO).post("/network-meetings/{id}/registration", id).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:conflict"))
                .body("detail", containsString("full"));

        // a withdrawal frees the place
        as(IDA).delete("/network-meetings/{id}/registration", id).then().statusCode(200)
                .body("youAreRegistered", equalTo(false)).body("registered", equalTo(1));
        as(IDA).delete("/network-meetings/{id}/registration", id).then().statusCode(404);
        as(BO).post("/network-meetings/{id}/registration", id).then().statusCode(201);

        as(CARLA).get("/network-meetings/{id}/registrations", id).then().statusCode(200)
                .body("username", equalTo(List.of("mads", "bo")))
                .body("[1].name", equalTo("Bo Tester"))
                .body("[1].email", equalTo("bo@example.org"))
                .body("[1].attended", equalTo(false));
        as(IDA).get("/network-meetings/{id}/registrations", id).then().statusCode(403);
        // attendance waits until the meeting has started
        as(CARLA).body(Map.of("attended", List.of("mads"))).put("/network-meetings/{id}/attendance", id).then()
                .statusCode(409).body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(IDA).post("/network-meetings/{id}/registration", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void ofConcurrentSignUpsForTheLastPlaceExactlyOneSucceeds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String id = plan(1, Timestamps.now().plusDays(10 + round));
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<Integer>> calls = new ArrayList<>();
                for (Person p : List.of(IDA, MADS)) {
                    RequestSpecification request = as(p);
                    calls.add(CompletableFuture.supplyAsync(() -> {
                        ready.countDown();
                        try {
                            go.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return request.post("/network-meetings/{id}/registration", id).statusCode();
                    }, pool));
                }
                assertTrue(ready.await(10, TimeUnit.SECONDS));
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (CompletableFuture<Integer> call : calls) {
                    statuses.add(call.get(30, TimeUnit.SECONDS));
                }
                statuses.sort(Integer::compare);
                assertEquals(List.of(201, 409), statuses, "round " + round);
                long stored = QuarkusTransaction.requiringNew().call(() ->
                        NetworkRegistration.count("meetingId", UUID.fromString(id)));
                assertEquals(1, stored);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void attendanceIsRecordedAfterTheStartAndOnlyForRegisteredPeople() {
        String running = began(1, "ida", "mads");
        // too late to sign up or withdraw
        as(BO).post("/network-meetings/{id}/registration", running).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(IDA).delete("/network-meetings/{id}/registration", running).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));

        as(CARLA).body(Map.of("attended", List.of("ida", "nobody"))).put("/network-meetings/{id}/attendance", running).then()
                .statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors[0].field", equalTo("attended[1]"))
                .body("errors[0].rejectedValue", equalTo("nobody"));
        as(IDA).body(Map.of("attended", List.of("ida"))).put("/network-meetings/{id}/attendance", running).then()
                .statusCode(403);
        as(CARLA).body(Map.of("attended", List.of("ida"))).put("/network-meetings/{id}/attendance", running).then()
                .statusCode(200)
                .body("find { it.username == 'ida' }.attended", equalTo(true))
                .body("find { it.username == 'mads' }.attended", equalTo(false));
        // a correction replaces the list
        as(ADA).body(Map.of("attended", List.of("mads", "ida"))).put("/network-meetings/{id}/attendance", running).then()
                .statusCode(200).body("attended", equalTo(List.of(true, true)));
        as(CARLA).get("/network-meetings?when=upcoming").then().body(find(running) + ".attended", equalTo(2));

        String over = began(5, "ida");
        as(CARLA).body(Map.of("attended", List.of("ida"))).put("/network-meetings/{id}/attendance", over).then().statusCode(200);
        as(IDA).get("/network-meetings?when=past").then().statusCode(200)
                .body(find(over) + ".youAreRegistered", equalTo(true))
                .body(find(over) + ".attended", nullValue());
        as(CARLA).get("/network-meetings?when=past").then().body(find(over) + ".attended", equalTo(1));
        as(IDA).get("/network-meetings").then().body("id", not(hasItem(over))).body("id", hasItem(running));
    }
}
