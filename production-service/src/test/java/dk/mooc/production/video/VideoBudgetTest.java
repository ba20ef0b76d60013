package dk.mooc.production.video;

import dk.mooc.production.Studio;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.production.video.VideoFixtures.BO;
import static dk.mooc.production.video.VideoFixtures.CARLA;
import static dk.mooc.production.video.VideoFixtures.IDA;
import static dk.mooc.production.video.VideoFixtures.MADS;
import static dk.mooc.production.video.VideoFixtures.OLE;
import static dk.mooc.production.video.VideoFixtures.as;
import static dk.mooc.production.video.VideoFixtures.booking;
import static dk.mooc.production.video.VideoFixtures.production;
import static dk.mooc.production.video.VideoFixtures.weekday;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * A MOOC's video costs against its budget at DKK 350 per MediaLab hour, worked out by hand in the comments. This class
 * books on weekdays 120–179 (see {@link VideoFixtures#weekday}).
 */
@QuarkusTest
class VideoBudgetTest {

    private static String bookMediaLab(UUID moocId, LocalDate day, int from, int to, int expectedCostDkk,
                                       String expectedWarning) {
        return as(IDA).body(booking(Studio.MEDIALAB, day, from, to)).post("/productions/{id}/bookings", moocId).then()
                .statusCode(201)
                .body("costDkk", equalTo(expectedCostDkk))
                .body("budgetWarning", equalTo(expectedWarning))
                .extract().path("id");
    }

    private static void assertCosts(UUID moocId, int booked, int confirmed, Integer remaining, String warning) {
        as(BO).get("/productions/{id}/video-costs", moocId).then().statusCode(200)
                .body("bookedDkk", equalTo(booked))
                .body("confirmedDkk", equalTo(confirmed))
                .body("remainingDkk", equalTo(remaining))
                .body("warning", equalTo(warning));
    }

    @Test
    void bookedConfirmedAndRemainingCostsWithTheirWarnings() {
        // a budget of DKK 3500 buys 10 MediaLab hours
        UUID moocId = production("ida-sub", 3500);
        as(IDA).get("/productions/{id}/video-costs", moocId).then().statusCode(200)
                .body("budgetDkk", equalTo(3500))
                .body("plannedHours", equalTo(0))
                .body("plannedDkk", equalTo(0))
                .body("remainingDkk", equalTo(3500))
                .body("warning", equalTo("NONE"));

        // 6 h = DKK 2100 = 60 % of the budget: no warning yet
        String sixHours = bookMediaLab(moocId, weekday(120), 8, 14, 2100, "NONE");
        assertCosts(moocId, 2100, 0, 1400, "NONE");
        // 2 h more = DKK 2800 = 80 %: near the limit
        bookMediaLab(moocId, weekday(121), 8, 10, 700, "NEAR_LIMIT");
        // confirming changes what is confirmed, not what is booked
        as(MADS).post("/bookings/{id}/confirm", sixHours).then().statusCode(200);
        assertCosts(moocId, 2800, 2100, 700, "NEAR_LIMIT");

        // 3 h more would make DKK 3850 > 3500: refused, and nothing is stored
        as(IDA).body(booking(Studio.MEDIALAB, weekday(122), 8, 11)).post("/productions/{id}/bookings", moocId).then()
                .statusCode(409)
                .body("type", equalTo("urn:mooc:problem:conflict"))
                .body("budgetDkk", equalTo(3500))
                .body("bookedDkk", equalTo(2800))
                .body("wouldBeBookedDkk", equalTo(3850))
                .body("detail", containsString("DKK 3850"))
                .body("detail", containsString("DKK 3500"));
        as(IDA).get("/productions/{id}/bookings", moocId).then().body("", hasSize(2));

        // 2 h = DKK 3500, exactly the budget: allowed, still only near the limit
        bookMediaLab(moocId, weekday(122), 8, 10, 700, "NEAR_LIMIT");
        assertCosts(moocId, 3500, 2100, 0, "NEAR_LIMIT");

        // 1 h more (DKK 3850) only when the request says so; then the budget is exceeded
        Map<String, Object> oneHour = booking(Studio.MEDIALAB, weekday(123), 8, 9);
        as(IDA).body(oneHour).post("/productions/{id}/bookings", moocId).then().statusCode(409)
                .body("wouldBeBookedDkk", equalTo(3850));
        Map<String, Object> anyway = new HashMap<>(oneHour);
        anyway.put("overBudget", true);
        String over = as(IDA).body(anyway).post("/productions/{id}/bookings", moocId).then().statusCode(201)
                .body("budgetWarning", equalTo("EXCEEDED")).extract().path("id");
        assertCosts(moocId, 3850, 2100, -350, "EXCEEDED");

        // the free studios cost nothing and are never refused
        as(IDA).body(booking(Studio.BALLERUP, weekday(124), 8, 16)).post("/productions/{id}/bookings", moocId).then()
                .statusCode(201).body("costDkk", equalTo(0)).body("status", equalTo("CONFIRMED"))
                .body("budgetWarning", equalTo("EXCEEDED"));
        assertCosts(moocId, 3850, 2100, -350, "EXCEEDED");

        // cancelling gives the money back: DKK 3500 of 3500
        as(IDA).post("/bookings/{id}/cancel", over).then().statusCode(200);
        assertCosts(moocId, 3500, 2100, 0, "NEAR_LIMIT");
    }

    @Test
    void plannedMediaLabHoursArePricedAt350() {
        UUID moocId = production("ida-sub", 35000);
        // 12.5 h × 350 = DKK 4375
        as(IDA).body(Map.of("plannedHours", 12.5)).put("/productions/{id}/video-plan", moocId).then().statusCode(200)
                .body("plannedHours", equalTo(12.5f))
                .body("plannedDkk", equalTo(4375))
                .body("budgetDkk", equalTo(35000));
        // a consultant changes it: 20 h × 350 = DKK 7000
        as(CARLA).body(Map.of("plannedHours", 20)).put("/productions/{id}/video-plan", moocId).then().statusCode(200)
                .body("plannedDkk", equalTo(7000));
        as(MADS).get("/productions/{id}/video-costs", moocId).then().body("plannedDkk", equalTo(7000));

        as(IDA).body(Map.of("plannedHours", 12.25)).put("/productions/{id}/video-plan", moocId).then().statusCode(400)
                .body("errors[0].field", equalTo("plannedHours"));
        as(IDA).body(Map.of("plannedHours", -1)).put("/productions/{id}/video-plan", moocId).then().statusCode(400)
                .body("errors[0].field", equalTo("plannedHours"));
        as(IDA).body(Map.of()).put("/productions/{id}/video-plan", moocId).then().statusCode(400)
                .body("errors[0].field", equalTo("plannedHours"));
        as(OLE).body(Map.of("plannedHours", 1)).put("/productions/{id}/video-plan", moocId).then().statusCode(403);
        as(MADS).body(Map.of("plannedHours", 1)).put("/productions/{id}/video-plan", moocId).then().statusCode(403);
        as(IDA).get("/productions/{id}/video-costs", moocId).then().body("plannedDkk", equalTo(7000));
    }

    @Test
    void withoutABudgetNothingIsRefusedAndThereIsNoWarning() {
        UUID moocId = production("ida-sub", null);
        // 8 h = DKK 2800, and no budget to hold it against
        bookMediaLab(moocId, weekday(125), 8, 16, 2800, "NONE");
        as(IDA).get("/productions/{id}/video-costs", moocId).then().statusCode(200)
                .body("budgetDkk", nullValue())
                .body("remainingDkk", nullValue())
                .body("bookedDkk", equalTo(2800))
                .body("warning", equalTo("NONE"));
    }
}
