package dk.mooc.analytics.kpi;

import dk.mooc.analytics.Exports;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static dk.mooc.analytics.Fixtures.BEA;
import static dk.mooc.analytics.Fixtures.BO;
import static dk.mooc.analytics.Fixtures.CHRIS;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.MADS;
import static dk.mooc.analytics.Fixtures.OLE;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The KPI arithmetic on the small hand-made export (src/test/resources/exports/small), every figure worked out by
 * hand below. The course launched on 2027-09-01 and expected 5,000 enrolments.
 * <pre>
 * 2027-autumn (2027-07-01 .. 2027-12-31, UTC)
 *   enrolled: u01 u02 u03 u04 (2027-12-31 23:59:59) u05 (LEARNER at launch; its PRE_ENROLLED row does not count);
 *             u11 is only a BROWSER                                                                      = 5
 *   active:   progress in the semester: u01, u02, u03                                                     = 3
 *   passed:   u01 (passed 2027-11-30); u03 passed only on 2028-01-20, after the semester                 = 1
 *   completion: 1 / 5                                                                                   = 20.0 %
 *   ratings:  u01 5, u02 3, u03 4, u05 5: 4 ratings, 17 stars, average 17 / 4                           = 4.25
 *             promoters (5) 2, passives (4) 1, detractors (1-3) 1: NPS (2 - 1) / 4 * 100                 = 25.0
 *   countries of the enrolled: DK u01 u02, US u03 u04, IN u05                     = DK 2 (40 %), US 2, IN 1 (20 %)
 *   enrolled since the launch: 5 of 5,000 expected                                                       = 0.1 %
 *   previous semester 2027-spring: nothing, so no relative change
 * 2028-spring (2028-01-01 .. 2028-06-30)
 *   enrolled: u06 (2028-01-01 00:00:00), u07 (2028-02-01T01:00+02:00 = 2028-01-31 23:00 UTC), u08, u09
 *             (2028-06-30 23:59:59), u10, u02 (enrols again)                                             = 6
 *   active:   u01 (item 3 in February), u03 (January), u06, u07, u08                                     = 5
 *   passed:   u07 (2028-05-01); u08 passed on 2028-07-02, after the semester; u02 and u06 did not pass    = 1
 *   completion: 1 / 6 = 16.67                                                                            = 16.7 %
 *   ratings:  u07 5, u06 1, u08 4: 3 ratings, 10 stars, average 10 / 3 = 3.333                           = 3.33
 *             promoters 1, passives 1, detractors 1: NPS 0                                                = 0.0
 *   countries: DK u10 (listed twice in users; the last line, DK, wins) u02, DE u07 ("de"), GB u09, US u08,
 *             unknown u06; top 2 = DK 2 (33.3 %), DE 1 (16.7 %: DE, GB, US tie and sort by code), OTHER 2 (GB, US:
 *             33.3 %), UNKNOWN 1 (16.7 %)
 *   enrolled since the launch: u01 .. u10 = 10 of 5,000                                                  = 0.2 %
 *   trend against 2027-autumn: enrolled 5 -> 6: +1, +20.0 %; active 3 -> 5: +2, +66.7 %;
 *     completion 20.0 -> 16.67: -3.3 points, -16.7 %; rating 4.25 -> 3.333: -0.92, -21.6 %; NPS 25 -> 0: -25.0, -100.0 %
 * </pre>
 */
@QuarkusTest
class KpiTest {

    static UUID courseWithTheSmallExport() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Exports.importSmall(IDA, moocId);
        return moocId;
    }

    @Test
    void theLaunchSemesterCountedByHand() {
        UUID moocId = courseWithTheSmallExport();
        as(IDA).queryParam("semester", "2027-autumn").get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("semester", equalTo("2027-autumn"))
                .body("from", equalTo("2027-07-01"))
                .body("to", equalTo("2027-12-31"))
                .body("enrolledLearners", equalTo(5))
                .body("activeLearners", equalTo(3))
                .body("passedLearners", equalTo(1))
                .body("completionRate", equalTo(20.0f))
                .body("ratings", equalTo(4))
                .body("averageRating", equalTo(4.25f))
                .body("promoters", equalTo(2))
                .body("passives", equalTo(1))
                .body("detractors", equalTo(1))
                .body("nps", equalTo(25.0f))
                .body("countries.country", contains("DK", "US", "IN"))
                .body("countries.learners", contains(2, 2, 1))
                .body("countries.share", contains(40.0f, 40.0f, 20.0f))
                .body("expected.expectedEnrolments", equalTo(5000))
                .body("expected.launchSemester", equalTo("2027-autumn"))
                .body("expected.enrolledToDate", equalTo(5))
                .body("expected.shareOfExpected", equalTo(0.1f))
                .body("previousSemester", equalTo("2027-spring"))
                .body("trend.enrolledLearners.previous", equalTo(0))
                .body("trend.enrolledLearners.change", equalTo(5))
                .body("trend.enrolledLearners.relativeChange", nullValue())
                .body("trend.completionRate.previous", nullValue());
    }

    @Test
    void theNextSemesterAndItsTrendCountedByHand() {
        UUID moocId = courseWithTheSmallExport();
        as(IDA).queryParam("semester", "2028-spring").queryParam("top", 2).get("/courses/{id}/kpis", moocId).then()
                .statusCode(200)
                .body("enrolledLearners", equalTo(6))
                .body("activeLearners", equalTo(5))
                .body("passedLearners", equalTo(1))
                .body("completionRate", equalTo(16.7f))
                .body("ratings", equalTo(3))
                .body("averageRating", equalTo(3.33f))
                .body("promoters", equalTo(1))
                .body("passives", equalTo(1))
                .body("detractors", equalTo(1))
                .body("nps", equalTo(0.0f))
                .body("countries.country", contains("DK", "DE", "OTHER", "UNKNOWN"))
                .body("countries.learners", contains(2, 1, 2, 1))
                .body("countries.share", contains(33.3f, 16.7f, 33.3f, 16.7f))
                .body("expected.enrolledToDate", equalTo(10))
                .body("expected.shareOfExpected", equalTo(0.2f))
                .body("trend.enrolledLearners.previous", equalTo(5))
                .body("trend.enrolledLearners.change", equalTo(1))
                .body("trend.enrolledLearners.relativeChange", equalTo(20.0f))
                .body("trend.activeLearners.change", equalTo(2))
                .body("trend.activeLearners.relativeChange", equalTo(66.7f))
                .body("trend.completionRate.previous", equalTo(20.0f))
                .body("trend.completionRate.change", equalTo(-3.3f))
                .body("trend.completionRate.relativeChange", equalTo(-16.7f))
                .body("trend.averageRating.previous", equalTo(4.25f))
                .body("trend.averageRating.change", equalTo(-0.92f))
                .body("trend.averageRating.relativeChange", equalTo(-21.6f))
                .body("trend.nps.previous", equalTo(25.0f))
                .body("trend.nps.change", equalTo(-25.0f))
                .body("trend.nps.relativeChange", equalTo(-100.0f));
        as(IDA).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(200)
                .body("$", contains("2028-spring", "2027-autumn"));
        as(IDA).get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("semester", equalTo("2028-spring"))
                .body("countries.country", contains("DK", "DE", "GB", "US", "UNKNOWN"));
    }

    @Test
    void importingTheSameExportAgainLeavesTheKpisAsTheyWere() {
        UUID moocId = courseWithTheSmallExport();
        String before = as(IDA).queryParam("semester", "2028-spring").get("/courses/{id}/kpis", moocId).then()
                .statusCode(200).extract().asString();
        Exports.importSmall(IDA, moocId);
        as(IDA).queryParam("semester", "2028-spring").get("/courses/{id}/kpis", moocId).then()
                .statusCode(200).body(equalTo(before));
    }

    @Test
    void aSemesterWithoutDataHasZerosAndNoRatesAndBadSemestersAreRefused() {
        UUID moocId = courseWithTheSmallExport();
        as(IDA).queryParam("semester", "2029-autumn").get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("enrolledLearners", equalTo(0))
                .body("completionRate", nullValue())
                .body("averageRating", nullValue())
                .body("nps", nullValue())
                .body("countries.size()", equalTo(0));
        as(IDA).queryParam("semester", "2028-summer").get("/courses/{id}/kpis", moocId).then().statusCode(400)
                .body("errors[0].field", equalTo("semester"));
    }

    @Test
    void theKpisAreForWhoeverReadsTheCourse() {
        UUID moocId = courseWithTheSmallExport();
        as(BO).get("/courses/{id}/kpis", moocId).then().statusCode(200);
        as(CHRIS).get("/courses/{id}/kpis", moocId).then().statusCode(200);
        as(BEA).get("/courses/{id}/kpis", moocId).then().statusCode(404);
        as(OLE).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(404);
        as(MADS).get("/courses/{id}/kpis", moocId).then().statusCode(403);
    }
}
