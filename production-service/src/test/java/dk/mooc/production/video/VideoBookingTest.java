package dk.mooc.production.video;

import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.Booking;
import dk.mooc.production.Studio;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static dk.mooc.production.video.VideoFixtures.BO;
import static dk.mooc.production.video.VideoFixtures.CARLA;
import static dk.mooc.production.video.VideoFixtures.IDA;
import static dk.mooc.production.video.VideoFixtures.MADS;
import static dk.mooc.production.video.VideoFixtures.OLE;
import static dk.mooc.production.video.VideoFixtures.OLGA;
import static dk.mooc.production.video.VideoFixtures.as;
import static dk.mooc.production.video.VideoFixtures.at;
import static dk.mooc.production.video.VideoFixtures.booking;
import static dk.mooc.production.video.VideoFixtures.instant;
import static dk.mooc.production.video.VideoFixtures.mailsQueued;
import static dk.mooc.production.video.VideoFixtures.production;
import static dk.mooc.production.video.VideoFixtures.weekday;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Studio bookings over HTTP with real signed tokens and the real database: the slot rules, the exclusion constraint
 * against double booking (also under truly concurrent requests), the MediaLab's queue with confirm and decline, who may
 * do what, and the calendar file. This class books on weekdays 0–99 (see {@link VideoFixtures#weekday}).
 */
@QuarkusTest
class VideoBookingTest {

    private static String book(UUID moocId, Map<String, Object> body) {
        return as(IDA).body(body).post("/productions/{id}/bookings", moocId).then().statusCode(201).extract().path("id");
    }

    private static void assertInvalid(UUID moocId, Map<String, Object> body, String field, String message) {
        as(IDA).body(body).post("/productions/{id}/bookings", moocId).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
    }

    @Test
    void theStudiosAndTheirOpeningHours() {
        as(IDA).get("/studios").then().statusCode(200)
                .body("key", equalTo(List.of("MEDIALAB", "LYNGBY_LIBRARY", "BALLERUP", "RISOE")))
                .body("find { it.key == 'MEDIALAB' }.hourlyRateDkk", equalTo(350))
                .body("find { it.key == 'MEDIALAB' }.needsConfirmation", equalTo(true))
                .body("find { it.key == 'LYNGBY_LIBRARY' }.name", equalTo("Self-service studio, Library, Lyngby Campus"))
                .body("find { it.key == 'LYNGBY_LIBRARY' }.hourlyRateDkk", equalTo(0))
                .body("find { it.key == 'LYNGBY_LIBRARY' }.openingHours.find { it.day == 'SATURDAY' }.opens", equalTo("10:00"))
                .body("find { it.key == 'RISOE' }.campus", equalTo("Risø Campus"))
                .body("find { it.key == 'BALLERUP' }.openingHours", hasSize(5))
                .body("find { it.key == 'MEDIALAB' }.openingHours[0].closes", equalTo("16:00"));
        given().get("/studios").then().statusCode(401);
        as(VideoFixtures.CARL).get("/studios").then().statusCode(403);
    }

    @Test
    void aSlotThatBreaksARuleIsRefusedFieldByField() {
        UUID moocId = production("ida-sub", null);
        LocalDate day = weekday(0);
        Map<String, Object> ok = booking(Studio.MEDIALAB, day, 9, 11);

        Map<String, Object> unknownStudio = new java.util.HashMap<>(ok);
        unknownStudio.put("studio", "BASEMENT");
        assertInvalid(moocId, unknownStudio, "studio", "wrong type or format");
        Map<String, Object> noStart = new java.util.HashMap<>(ok);
        noStart.remove("start");
        assertInvalid(moocId, noStart, "start", "must not be null");
        assertInvalid(moocId, booking(Studio.MEDIALAB, day, 11, 9), "end", "must be after start");
        assertInvalid(moocId, Map.of("studio", "MEDIALAB", "start", at(day, 9, 15).toString(), "end", at(day, 10, 0).toString()),
                "start", "whole or half hour");
        LocalDate past = Timestamps.today(Studio.ZONE).minusDays(7);
        assertInvalid(moocId, booking(Studio.LYNGBY_LIBRARY, past, 10, 12), "start", "must be in the future");
        assertInvalid(moocId, booking(Studio.MEDIALAB, Timestamps.today(Studio.ZONE).plusDays(400), 9, 10), "start",
                "at most 365 days ahead");
        LocalDate sunday = day.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
        assertInvalid(moocId, booking(Studio.MEDIALAB, sunday, 9, 10), "start", "closed on Sundays");
        assertInvalid(moocId, booking(Studio.MEDIALAB, day, 7, 9), "start", "within the opening hours");
        assertInvalid(moocId, booking(Studio.BALLERUP, day, 15, 17), "end", "within the opening hours");
        assertInvalid(moocId, booking(Studio.LYNGBY_LIBRARY, day, 8, 17), "end", "at most 8 hours");
        assertInvalid(moocId, Map.of("studio", "LYNGBY_LIBRARY", "start", at(day, 15, 0).toString(),
                "end", at(day.plusDays(1), 9, 0).toString()), "end", "same day");
        assertInvalid(moocId, Map.of("studio", "RISOE", "start", at(day, 9, 0).toString(), "end", at(day, 10, 0).toString(),
                "note", "x".repeat(2001)), "note", "size must be between");

        // nothing of it was stored
        as(IDA).get("/productions/{id}/bookings", moocId).then().statusCode(200).body("", hasSize(0));
        // and the rules let through a proper slot
        as(IDA).body(ok).post("/productions/{id}/bookings", moocId).then().statusCode(201);
    }

    @Test
    void overlappingBookingsOfOneStudioConflictButOtherStudiosAndAdjacentSlotsDoNot() {
        UUID ours = production("ida-sub", null);
        UUID others = production("olaf-sub", null);
        LocalDate day = weekday(1);

        String first = book(ours, booking(Studio.LYNGBY_LIBRARY, day, 10, 12));
        as(IDA).get("/productions/{id}/bookings", ours).then()
                .body("[0].status", equalTo("CONFIRMED"))
                .body("[0].costDkk", equalTo(0))
                .body("[0].bookedBy", equalTo("Ida Tester"));
        assertEquals(at(day, 10, 0).toInstant(), instant(as(IDA).get("/productions/{id}/bookings", ours).path("[0].start")));

        // a consultant books for another MOOC, overlapping 11–13: the exclusion constraint refuses it
        Response conflict = as(CARLA).body(booking(Studio.LYNGBY_LIBRARY, day, 11, 13))
                .post("/productions/{id}/bookings", others).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:conflict"))
                .body("detail", containsString("Self-service studio, Library, Lyngby Campus is already booked"))
                .body("studio", equalTo("LYNGBY_LIBRARY"))
                .extract().response();
        assertEquals(at(day, 11, 0).toInstant(), instant(conflict.path("start")));
        assertEquals(at(day, 13, 0).toInstant(), instant(conflict.path("end")));
        // ... also a slot inside the booked one
        as(CARLA).body(booking(Studio.LYNGBY_LIBRARY, day, 10, 11)).post("/productions/{id}/bookings", others).then()
                .statusCode(409);

        // another studio at the same time, and the slots right before and after, are free
        as(CARLA).body(booking(Studio.BALLERUP, day, 10, 12)).post("/productions/{id}/bookings", others).then().statusCode(201);
        as(CARLA).body(booking(Studio.LYNGBY_LIBRARY, day, 12, 13)).post("/productions/{id}/bookings", others).then()
                .statusCode(201);
        as(CARLA).body(booking(Studio.LYNGBY_LIBRARY, day, 8, 10)).post("/productions/{id}/bookings", others).then()
                .statusCode(201);

        // the studio's calendar shows who has the slots: ida sees her own MOOC, not the other instructor's
        Response calendar = as(IDA).queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/studios/LYNGBY_LIBRARY/bookings");
        List<Object> starts = calendar.path("start");
        assertEquals(List.of(at(day, 8, 0).toInstant(), at(day, 10, 0).toInstant(), at(day, 12, 0).toInstant()),
                starts.stream().map(VideoFixtures::instant).toList());
        calendar.then().statusCode(200)
                .body("", hasSize(3))
                .body("find { it.id == '" + first + "' }.moocTitle", startsWith("Video MOOC"))
                .body("find { it.id != '" + first + "' }.moocId", nullValue())
                .body("find { it.id != '" + first + "' }.moocTitle", nullValue());
        as(CARLA).queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/studios/LYNGBY_LIBRARY/bookings").then()
                .body("moocId", hasItem(others.toString()));
        as(IDA).queryParam("from", day.toString()).queryParam("to", day.minusDays(1).toString())
                .get("/studios/LYNGBY_LIBRARY/bookings").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(IDA).queryParam("from", "1 March").get("/studios/LYNGBY_LIBRARY/bookings").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        // a date java.time reads but the database cannot store (found by the hostile-input fuzzer as a 500)
        as(IDA).queryParam("from", "+999999-01-01").get("/studios/LYNGBY_LIBRARY/bookings").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        as(IDA).queryParam("from", day.toString()).queryParam("to", "+10000-01-01")
                .get("/studios/LYNGBY_LIBRARY/bookings").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(IDA).get("/studios/BASEMENT/bookings").then().statusCode(404);
    }

    @Test
    void cancellingFreesTheSlot() {
        UUID ours = production("ida-sub", null);
        UUID others = production("olaf-sub", null);
        LocalDate day = weekday(2);
        String first = book(ours, booking(Studio.RISOE, day, 9, 12));
        as(CARLA).body(booking(Studio.RISOE, day, 10, 11)).post("/productions/{id}/bookings", others).then().statusCode(409);

        as(IDA).post("/bookings/{id}/cancel", first).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("permissions", hasSize(0));
        as(CARLA).body(booking(Studio.RISOE, day, 10, 11)).post("/productions/{id}/bookings", others).then().statusCode(201);
        // a cancelled booking stays cancelled
        as(IDA).post("/bookings/{id}/cancel", first).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(IDA).get("/productions/{id}/bookings", ours).then().body("[0].status", equalTo("CANCELLED"));
    }

    @Test
    void ofTwoTrulyConcurrentRequestsForOneSlotExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                LocalDate day = weekday(3 + round);
                // two different MOOCs, so that nothing but the database's constraint stands between them
                List<UUID> moocs = List.of(production("ida-sub", null), production("ida-sub", null));
                Map<String, Object> body = booking(Studio.BALLERUP, day, 9, 12);
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<Response>> calls = new ArrayList<>();
                for (UUID moocId : moocs) {
                    var request = as(IDA).body(body);
                    calls.add(CompletableFuture.supplyAsync(() -> {
                        ready.countDown();
                        try {
                            go.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return request.post("/productions/{id}/bookings", moocId);
                    }, pool));
                }
                assertTrue(ready.await(10, TimeUnit.SECONDS));
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (CompletableFuture<Response> call : calls) {
                    Response r = call.get(30, TimeUnit.SECONDS);
                    statuses.add(r.statusCode());
                    if (r.statusCode() == 409) {
                        assertEquals("urn:mooc:problem:conflict", r.path("type"));
                    }
                }
                statuses.sort(Integer::compare);
                assertEquals(List.of(201, 409), statuses, "round " + round);
                OffsetDateTime start = at(day, 9, 0);
                long stored = QuarkusTransaction.requiringNew().call(() -> Booking.count(
                        "studio = ?1 and startsAt = ?2 and moocId in ?3", Studio.BALLERUP, start, moocs));
                assertEquals(1, stored, "exactly one booking of the slot is stored");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theMediaLabConfirmsOrDeclinesRequestsFromItsQueue() {
        UUID moocId = production("ida-sub", null);
        LocalDate day = weekday(6);
        String requested = as(IDA).body(Map.of("studio", "MEDIALAB", "start", at(day, 9, 0).toString(),
                        "end", at(day, 12, 0).toString(), "note", "Three lecture intros"))
                .post("/productions/{id}/bookings", moocId).then()
                .statusCode(201)
                .header("Location", containsString("/bookings/"))
                .body("status", equalTo("REQUESTED"))
                .body("costDkk", equalTo(1050))
                .body("moocTitle", startsWith("Video MOOC"))
                .body("note", equalTo("Three lecture intros"))
                .body("permissions", equalTo(List.of("CANCEL")))
                .extract().path("id");
        assertEquals(1, mailsQueued("mads@example.org", moocId, "Booking requested"));

        as(MADS).get("/medialab/queue").then().statusCode(200)
                .body("id", hasItem(requested))
                .body("find { it.id == '" + requested + "' }.permissions", equalTo(List.of("CANCEL", "CONFIRM", "DECLINE")))
                .body("find { it.id == '" + requested + "' }.moocTitle", startsWith("Video MOOC"));
        as(IDA).get("/medialab/queue").then().statusCode(403);
        as(IDA).post("/bookings/{id}/confirm", requested).then().statusCode(403)
                .body("type", equalTo("urn:mooc:problem:forbidden"));
        as(CARLA).body(Map.of("reason", "no")).post("/bookings/{id}/decline", requested).then().statusCode(403);

        as(MADS).post("/bookings/{id}/confirm", requested).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("decidedBy", equalTo("Mads Tester"));
        assertEquals(1, mailsQueued("ida@example.org", moocId, "Booking confirmed"));
        as(MADS).get("/medialab/queue").then().body("id", not(hasItem(requested)));
        as(MADS).post("/bookings/{id}/confirm", requested).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(MADS).body(Map.of("reason", "Too late")).post("/bookings/{id}/decline", requested).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"))
                .body("detail", containsString("cancel it instead"));

        // a second request is declined, with a reason that is required
        String second = book(moocId, booking(Studio.MEDIALAB, day, 13, 15));
        as(MADS).body(Map.of()).post("/bookings/{id}/decline", second).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(MADS).body(Map.of("reason", "  ")).post("/bookings/{id}/decline", second).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(MADS).body(Map.of("reason", "The studio is closed for maintenance that afternoon"))
                .post("/bookings/{id}/decline", second).then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("The studio is closed for maintenance that afternoon"));
        assertEquals(1, mailsQueued("ida@example.org", moocId, "Booking declined"));
        as(MADS).get("/medialab/queue").then().body("id", not(hasItem(second)));
        as(IDA).post("/bookings/{id}/cancel", second).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(MADS).post("/bookings/{id}/confirm", second).then().statusCode(409);
        // the declined slot is free again
        String third = book(moocId, booking(Studio.MEDIALAB, day, 13, 15));

        // a requested booking the instructor cancels leaves the queue, and the MediaLab hears of it
        as(IDA).post("/bookings/{id}/cancel", third).then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertEquals(1, mailsQueued("mads@example.org", moocId, "Booking cancelled"));
        as(MADS).post("/bookings/{id}/confirm", third).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(MADS).body(Map.of("reason", "x")).post("/bookings/{id}/decline", third).then().statusCode(409);

        // the MediaLab may cancel a confirmed booking; the instructor is told
        as(MADS).post("/bookings/{id}/cancel", requested).then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertEquals(1, mailsQueued("ida@example.org", moocId, "Booking cancelled by the MediaLab"));
        as(IDA).get("/productions/{id}/bookings", moocId).then()
                .body("status", equalTo(List.of("CANCELLED", "DECLINED", "CANCELLED")));
        as(MADS).post("/bookings/{id}/confirm", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theQueueFilteredByMoocHoldsOnlyThatMoocsRequests() {
        UUID first = production("ida-sub", null);
        UUID second = production("ida-sub", null);
        String ofFirst = as(IDA).body(booking(Studio.MEDIALAB, weekday(9), 9, 10))
                .post("/productions/{id}/bookings", first).then().statusCode(201).extract().path("id");
        String ofSecond = as(IDA).body(booking(Studio.MEDIALAB, weekday(9), 10, 11))
                .post("/productions/{id}/bookings", second).then().statusCode(201).extract().path("id");

        as(MADS).queryParam("moocId", first.toString()).get("/medialab/queue").then().statusCode(200)
                .body("id", equalTo(List.of(ofFirst)))
                .body("moocId", equalTo(List.of(first.toString())));
        as(MADS).get("/medialab/queue").then().statusCode(200)
                .body("id", hasItem(ofFirst))
                .body("id", hasItem(ofSecond));
        as(MADS).queryParam("moocId", UUID.randomUUID().toString()).get("/medialab/queue").then().statusCode(200)
                .body("", hasSize(0));
        as(MADS).queryParam("moocId", "not-a-uuid").get("/medialab/queue").then().statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"));
    }

    @Test
    void onlyTheInstructorOfTheMoocAndConsultantsBookAndOnlyThoseWhoReadTheProductionSeeItsBookings() {
        UUID idas = production("ida-sub", null);
        LocalDate day = weekday(7);
        Map<String, Object> body = booking(Studio.LYNGBY_LIBRARY, day, 9, 10);

        // an instructor who cannot see the MOOC gets 404 (its existence does not leak) ...
        as(OLGA).body(body).post("/productions/{id}/bookings", idas).then().statusCode(404)
                .body("type", equalTo("urn:mooc:problem:not-found"));
        as(OLGA).get("/productions/{id}/bookings", idas).then().statusCode(404);
        as(OLGA).get("/productions/{id}/video-costs", idas).then().statusCode(404);
        as(OLGA).get("/productions/{id}/bookings.ics", idas).then().statusCode(404)
                .contentType("application/problem+json");
        // ... one who can see it (on the study board too) but is not its instructor gets 403
        as(OLE).body(body).post("/productions/{id}/bookings", idas).then().statusCode(403)
                .body("type", equalTo("urn:mooc:problem:forbidden"));
        as(OLE).get("/productions/{id}/bookings", idas).then().statusCode(200);
        // other roles may read but not book
        as(BO).body(body).post("/productions/{id}/bookings", idas).then().statusCode(403);
        as(MADS).body(body).post("/productions/{id}/bookings", idas).then().statusCode(403);
        given().contentType("application/json").body(body).post("/productions/{id}/bookings", idas).then().statusCode(401);
        as(IDA).body(body).post("/productions/{id}/bookings", UUID.randomUUID()).then().statusCode(404);

        // a consultant books for the MOOC; its instructor sees and may cancel it
        String id = as(CARLA).body(body).post("/productions/{id}/bookings", idas).then().statusCode(201)
                .body("bookedBy", equalTo("Carla Tester")).extract().path("id");
        as(BO).get("/productions/{id}/bookings", idas).then().statusCode(200)
                .body("[0].id", equalTo(id))
                .body("[0].permissions", hasSize(0));
        as(OLGA).post("/bookings/{id}/cancel", id).then().statusCode(404);
        as(OLE).post("/bookings/{id}/cancel", id).then().statusCode(403);
        as(BO).post("/bookings/{id}/cancel", id).then().statusCode(403);
        as(IDA).post("/bookings/{id}/cancel", id).then().statusCode(200);
    }

    @Test
    void theCalendarFileHasOneEventPerActiveBooking() {
        UUID moocId = production("ida-sub", null);
        LocalDate day = weekday(8);
        as(IDA).body(Map.of("studio", "MEDIALAB", "start", at(day, 9, 0).toString(), "end", at(day, 11, 30).toString(),
                "note", "Intro; outro, and B-roll")).post("/productions/{id}/bookings", moocId).then().statusCode(201);
        book(moocId, booking(Studio.LYNGBY_LIBRARY, day, 13, 15));
        String cancelled = book(moocId, booking(Studio.RISOE, day, 9, 10));
        as(IDA).post("/bookings/{id}/cancel", cancelled).then().statusCode(200);

        Response r = as(IDA).get("/productions/{id}/bookings.ics", moocId);
        r.then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .header("Content-Disposition", containsString(".ics"));
        String ics = r.asString();
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        assertTrue(ics.endsWith("\r\n"));
        List<String> lines = Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
        assertEquals(2, lines.stream().filter("BEGIN:VEVENT"::equals).count(), "the cancelled booking is left out");
        assertEquals(2, lines.stream().filter(l -> l.startsWith("UID:booking-")).count());
        assertEquals(2, lines.stream().filter(l -> l.matches("DTSTAMP:\\d{8}T\\d{6}Z")).count());
        // 09:00 in Copenhagen, in UTC
        String dtstart = "DTSTART:" + at(day, 9, 0).withOffsetSameInstant(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'"));
        assertTrue(lines.contains(dtstart), dtstart + " in " + lines);
        assertTrue(lines.contains("STATUS:TENTATIVE"));
        assertTrue(lines.contains("STATUS:CONFIRMED"));
        assertTrue(lines.contains("LOCATION:Self-service studio\\, Library\\, Lyngby Campus"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("DESCRIPTION:") && l.contains("Intro\\; outro\\, and B-roll")),
                "text values are escaped");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("SUMMARY:Video MOOC")));
        as(BO).get("/productions/{id}/bookings.ics", moocId).then().statusCode(200);
    }
}
