package dk.mooc.production.video;

import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.Booking;
import dk.mooc.production.Studio;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static dk.mooc.production.video.VideoFixtures.IDA;
import static dk.mooc.production.video.VideoFixtures.MADS;
import static dk.mooc.production.video.VideoFixtures.as;
import static dk.mooc.production.video.VideoFixtures.at;
import static dk.mooc.production.video.VideoFixtures.booking;
import static dk.mooc.production.video.VideoFixtures.mailsQueued;
import static dk.mooc.production.video.VideoFixtures.production;
import static dk.mooc.production.video.VideoFixtures.weekday;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Booking rules of docs/production.md that need a race or a clock: the budget lock and the booking's version under
 * truly concurrent requests (held at the database until both are waiting), confirm and cancel only before the
 * booking begins, and the studio calendar's window. This class books on weekdays 200–259 (see
 * {@link VideoFixtures#weekday}).
 */
@QuarkusTest
class BookingContractTest {

    @AfterEach
    void resetClock() {
        Timestamps.reset();
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties props = new Properties();
        props.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        props.setProperty("password", config.getValue("quarkus.datasource.password", String.class));
        return new org.postgresql.Driver().connect(config.getValue("quarkus.datasource.jdbc.url", String.class), props);
    }

    /**
     * A row lock ({@code select … for update}) held by a transaction of the test until closed: the service's
     * requests that want the row queue up behind it, so two of them are known to run at the same time.
     */
    private static final class RowLock implements AutoCloseable {
        private final Connection holder;
        private final int pid;

        RowLock(String table, String idColumn, UUID id) throws SQLException {
            holder = connect();
            holder.setAutoCommit(false);
            try (PreparedStatement s = holder.prepareStatement(
                    "select " + idColumn + " from " + table + " where " + idColumn + " = ? for update")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "the row to lock exists");
                }
            }
            try (PreparedStatement s = holder.prepareStatement("select pg_backend_pid()"); ResultSet r = s.executeQuery()) {
                r.next();
                pid = r.getInt(1);
            }
        }

        /**
         * How many other sessions of this database wait for a lock now (asked on a connection of its own, for fresh
         * statistics). Not only those blocked by this session: the second waiter for a row waits behind the first.
         */
        int waiting() throws SQLException {
            try (Connection c = connect();
                 PreparedStatement s = c.prepareStatement("select count(*) from pg_stat_activity where pid <> ? "
                         + "and datname = current_database() and wait_event_type = 'Lock'")) {
                s.setInt(1, pid);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            holder.rollback();
            holder.close();
        }
    }

    /**
     * Sends the requests at once from threads of their own while {@code lock} holds the row they need; lets it go
     * when all of them wait for it (or, if the service does not take the row, when all have answered anyway).
     */
    private static List<Response> race(RowLock lock, List<Function<RequestSpecification, Response>> requests,
                                       List<RequestSpecification> specs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch ready = new CountDownLatch(requests.size());
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                Function<RequestSpecification, Response> request = requests.get(i);
                RequestSpecification spec = specs.get(i);
                calls.add(CompletableFuture.supplyAsync(() -> {
                    ready.countDown();
                    try {
                        go.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return request.apply(spec);
                }, pool));
            }
            assertTrue(ready.await(10, TimeUnit.SECONDS));
            go.countDown();
            try (lock) {
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
                        lock.waiting() == requests.size() || calls.stream().allMatch(CompletableFuture::isDone));
            }
            List<Response> responses = new ArrayList<>();
            for (CompletableFuture<Response> call : calls) {
                responses.add(call.get(30, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).sorted().toList();
    }

    @Test
    void ofTwoConcurrentMediaLabBookingsThatTogetherExceedTheBudgetExactlyOneIsMade() throws Exception {
        // a budget of DKK 3500; each request is 6 MediaLab hours = DKK 2100, together DKK 4200: only one fits
        UUID moocId = production("ida-sub", 3500);
        List<Map<String, Object>> bodies = List.of(booking(Studio.MEDIALAB, weekday(200), 8, 14),
                booking(Studio.MEDIALAB, weekday(201), 8, 14));
        List<Response> responses = race(new RowLock("production", "mooc_id", moocId),
                List.of(r -> r.post("/productions/{id}/bookings", moocId), r -> r.post("/productions/{id}/bookings", moocId)),
                List.of(as(IDA).body(bodies.get(0)), as(IDA).body(bodies.get(1))));

        assertEquals(List.of(201, 409), statuses(responses));
        Response refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        refused.then().body("type", equalTo("urn:mooc:problem:conflict"))
                .body("budgetDkk", equalTo(3500))
                .body("bookedDkk", equalTo(2100))
                .body("costDkk", equalTo(2100))
                .body("wouldBeBookedDkk", equalTo(4200));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Booking.count("moocId", moocId)));
        as(IDA).get("/productions/{id}/video-costs", moocId).then().statusCode(200)
                .body("bookedDkk", equalTo(2100))
                .body("remainingDkk", equalTo(1400));
    }

    @Test
    void ofTwoPeopleActingOnOneBookingAtOnceTheLoserGetsStaleVersion() throws Exception {
        UUID moocId = production("ida-sub", null);
        String id = as(IDA).body(booking(Studio.MEDIALAB, weekday(202), 9, 11)).post("/productions/{id}/bookings", moocId)
                .then().statusCode(201).body("status", equalTo("REQUESTED")).body("version", equalTo(0))
                .extract().path("id");

        // the MediaLab confirms while the instructor cancels; both read version 0, the booking's version decides
        List<Response> responses = race(new RowLock("video_booking", "id", UUID.fromString(id)),
                List.of(r -> r.post("/bookings/{id}/confirm", id), r -> r.post("/bookings/{id}/cancel", id)),
                List.of(as(MADS), as(IDA)));

        assertEquals(List.of(200, 409), statuses(responses));
        Response loser = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        loser.then().body("type", equalTo("urn:mooc:problem:stale-version"));
        boolean confirmed = responses.get(0).statusCode() == 200;
        String winnerStatus = confirmed ? "CONFIRMED" : "CANCELLED";
        responses.get(confirmed ? 0 : 1).then().body("status", equalTo(winnerStatus)).body("version", equalTo(1));
        Booking stored = QuarkusTransaction.requiringNew().call(() -> Booking.findById(UUID.fromString(id)));
        assertEquals(Booking.Status.valueOf(winnerStatus), stored.status);
        assertEquals(1L, stored.version);
        // only the winner's mail was queued: the loser's transaction was rolled back
        assertEquals(confirmed ? 1 : 0, mailsQueued("ida@example.org", moocId, "Booking confirmed"));
        assertEquals(confirmed ? 0 : 1, mailsQueued("mads@example.org", moocId, "Booking cancelled"));
    }

    @Test
    void confirmingAndCancellingStopWhenTheBookingBegins() {
        UUID moocId = production("ida-sub", null);
        LocalDate day = weekday(203);
        String requested = as(IDA).body(booking(Studio.MEDIALAB, day, 9, 11)).post("/productions/{id}/bookings", moocId)
                .then().statusCode(201).extract().path("id");
        String confirmed = as(IDA).body(booking(Studio.RISOE, day, 9, 11)).post("/productions/{id}/bookings", moocId)
                .then().statusCode(201).body("status", equalTo("CONFIRMED")).extract().path("id");
        OffsetDateTime start = at(day, 9, 0);

        // the booking's very first instant: it has begun
        Timestamps.use(Clock.fixed(start.toInstant(), ZoneOffset.UTC));
        as(MADS).get("/medialab/queue").then().statusCode(200)
                .body("find { it.id == '" + requested + "' }.permissions", equalTo(List.of("DECLINE")));
        as(MADS).post("/bookings/{id}/confirm", requested).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"))
                .body("detail", containsString("begun"));
        as(IDA).post("/bookings/{id}/cancel", requested).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(IDA).post("/bookings/{id}/cancel", confirmed).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));
        as(IDA).get("/productions/{id}/bookings", moocId).then().statusCode(200)
                .body("find { it.id == '" + confirmed + "' }.permissions", equalTo(List.of()));

        // a minute before the start both are still possible
        Timestamps.use(Clock.fixed(start.minusMinutes(1).toInstant(), ZoneOffset.UTC));
        as(MADS).get("/medialab/queue").then().statusCode(200)
                .body("find { it.id == '" + requested + "' }.permissions", equalTo(List.of("CANCEL", "CONFIRM", "DECLINE")));
        as(MADS).post("/bookings/{id}/confirm", requested).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        as(IDA).post("/bookings/{id}/cancel", confirmed).then().statusCode(200).body("status", equalTo("CANCELLED"));

        // and from the start the confirmed MediaLab booking can no longer be cancelled
        Timestamps.use(Clock.fixed(start.toInstant(), ZoneOffset.UTC));
        as(MADS).post("/bookings/{id}/cancel", requested).then().statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));
    }

    @Test
    void theCalendarCoversTodayAndThe30DaysAfterByDefaultAndAtMost92Days() {
        // two bookings on consecutive weekdays; "today" is moved to 30 days before the first of them
        int n = 240;
        while (weekday(n).getDayOfWeek() == DayOfWeek.FRIDAY) {
            n++;
        }
        LocalDate last = weekday(n);
        LocalDate after = last.plusDays(1);
        LocalDate today = last.minusDays(30);
        UUID moocId = production("ida-sub", null);
        // noon in Copenhagen, so that the UTC day and the Copenhagen day are the same
        Timestamps.use(Clock.fixed(at(today, 12, 0).toInstant(), ZoneOffset.UTC));
        String inside = as(IDA).body(booking(Studio.LYNGBY_LIBRARY, last, 10, 11)).post("/productions/{id}/bookings", moocId)
                .then().statusCode(201).extract().path("id");
        String outside = as(IDA).body(booking(Studio.LYNGBY_LIBRARY, after, 10, 11)).post("/productions/{id}/bookings", moocId)
                .then().statusCode(201).extract().path("id");

        as(IDA).get("/studios/LYNGBY_LIBRARY/bookings").then().statusCode(200)
                .body("id", hasItem(inside)).body("id", not(hasItem(outside)));
        as(IDA).queryParam("from", today.toString()).get("/studios/LYNGBY_LIBRARY/bookings").then().statusCode(200)
                .body("id", hasItem(inside)).body("id", not(hasItem(outside)));
        as(IDA).queryParam("from", today.plusDays(1).toString()).get("/studios/LYNGBY_LIBRARY/bookings").then()
                .statusCode(200).body("id", hasItem(inside)).body("id", hasItem(outside));

        // 92 days, both ends included, is the most one request covers
        as(IDA).queryParam("from", today.toString()).queryParam("to", today.plusDays(91).toString())
                .get("/studios/LYNGBY_LIBRARY/bookings").then().statusCode(200)
                .body("id", hasItem(inside)).body("id", hasItem(outside));
        as(IDA).queryParam("from", today.toString()).queryParam("to", today.plusDays(92).toString())
                .get("/studios/LYNGBY_LIBRARY/bookings").then().statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", containsString("92 days"));
        // a one-day window holds that day's bookings only
        as(IDA).queryParam("from", after.toString()).queryParam("to", after.toString())
                .get("/studios/LYNGBY_LIBRARY/bookings").then().statusCode(200)
                .body("id", hasItem(outside)).body("id", not(hasItem(inside)));
    }
}
