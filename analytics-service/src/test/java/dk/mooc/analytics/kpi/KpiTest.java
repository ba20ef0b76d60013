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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The KPI arithmetic on the small hand-made export (src/test/resources/exports/small), in Coursera's own layout: star
 * and NPS answers mixed in one ratings file, the passing and progress state lookups, a not-passable grade, "not
 * started" progress, a learner who passed and re-enrolled, learners who left (NOT_ENROLLED). Every figure is worked
 * out by hand below. The course launched on 2027-09-01 and expected 5,000 enrolments.
 * <pre>
 * 2027-autumn (2027-07-01 .. 2027-12-31, UTC)
 *   enrolled: u01 u02 u03 u04 (2027-12-31 23:59:59) u05 (LEARNER at launch; its PRE_ENROLLED row does not count);
 *             u11 is only a BROWSER                                                                      = 5
 *   active:   progress in the semester: u01, u02, u03; u04 has only a "not started" row                   = 3
 *   passed:   u01 (passed 2027-11-30); u03 passed only on 2028-01-20, after the semester; u04 is in state -1,
 *             "not passable"                                                                             = 1
 *   completion: 1 / 5                                                                                   = 20.0 %
 *   stars (STAR rows only): u01 5, u02 3, u03 4, u05 5: 4 ratings, 17 stars, average 17 / 4             = 4.25
 *   NPS first week (NPS_FIRST_WEEK, 0-10): u01 10, u02 6, u03 "08", u04 " 9 " = 4 answers,
 *             promoters (9-10) u01 u04 = 2, passives (7-8) u03 = 1, detractors (0-6) u02 = 1: (2 - 1) / 4   = 25.0
 *   NPS end of course (NPS_END_OF_COURSE): u01 9, u03 10, u05 3 = 3 answers, 2 promoters, 0 passives,
 *             1 detractor: (2 - 1) / 3 * 100 = 33.33                                                     = 33.3
 *             (u01's STAR and end-of-course answers share a time: two ratings, one per system)
 *   countries of the enrolled: DK u01 u02, US u03 u04, IN u05                     = DK 2 (40 %), US 2, IN 1 (20 %)
 *   enrolled since the launch: 5 of 5,000 expected                                                       = 0.1 %
 *   previous semester 2027-spring: nothing, so no relative change
 * 2028-spring (2028-01-01 .. 2028-06-30)
 *   enrolled: u06 (2028-01-01 00:00:00), u07 (2028-02-01T01:00+02:00 = 2028-01-31 23:00 UTC), u09
 *             (2028-06-30 23:59:59), u10 (LEARNER, NOT_ENROLLED, LEARNER again: its last role counts), u02 and u01
 *             (enrol again); u08 enrolled on 2028-03-01 but its last role, 2028-04-15, is NOT_ENROLLED     = 6
 *   active:   u01 (item 3 in February), u03 (January), u06, u07, u08; u09 only "not started"            = 5
 *   passed:   u07 (2028-05-01); u01 passed on 2027-11-30, before it enrolled again on 2028-03-10, so not in
 *             this semester; u08 passed after the semester (and left it); u02 and u06 did not pass        = 1
 *   completion: 1 / 6 = 16.67                                                                            = 16.7 %
 *   stars:    u07 5, u06 1, u08 4: 3 ratings, 10 stars, average 10 / 3 = 3.333                           = 3.33
 *   NPS first week: u06 5, u09 9, u10 "10.0" = 3 answers, 2 promoters, 0 passives, 1 detractor         = 33.3
 *   NPS end of course: u07 10, u06 0, u08 7, u10 8 = 4 answers, 1 promoter, 2 passives, 1 detractor      = 0.0
 *   countries: DK u10 (listed twice in users; the last line, DK, wins) u02 u01, DE u07 ("de"), GB u09,
 *             unknown u06; top 2 = DK 3 (50.0 %), DE 1 (16.7 %: DE and GB tie and sort by code), OTHER 1 (GB:
 *             16.7 %), UNKNOWN 1 (16.7 %)
 *   enrolled since the launch: u01 .. u10 = 10 of 5,000                                                  = 0.2 %
 *   trend against 2027-autumn: enrolled 5 -> 6: +1, +20.0 %; active 3 -> 5: +2, +66.7 %;
 *     completion 20.0 -> 16.67: -3.3 points, -16.7 %; rating 4.25 -> 3.333: -0.92, -21.6 %;
 *     NPS (end of course) 33.33 -> 0: -33.3, -100.0 %
 * </pre>
 */
@QuarkusTest
class KpiTest {

    @org.junit.jupiter.api.BeforeEach
    void uploadAfterTheData() {
        Exports.uploadAfterTheData();
    }

    @org.junit.jupiter.api.AfterEach
    void resetTheClock() {
        dk.mooc.platform.web.Timestamps.reset();
    }

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
                .body("npsFirstWeek.answers", equalTo(4))
                .body("npsFirstWeek.promoters", equalTo(2))
                .body("npsFirstWeek.passives", equalTo(1))
                .body("npsFirstWeek.detractors", equalTo(1))
                .body("npsFirstWeek.nps", equalTo(25.0f))
                .body("npsEndOfCourse.answers", equalTo(3))
                .body("npsEndOfCourse.promoters", equalTo(2))
                .body("npsEndOfCourse.passives", equalTo(0))
                .body("npsEndOfCourse.detractors", equalTo(1))
                .body("npsEndOfCourse.nps", equalTo(33.3f))
                .body("promoters", equalTo(2))
                .body("passives", equalTo(0))
                .body("detractors", equalTo(1))
                .body("nps", equalTo(33.3f))
                .body("sources.averageRating", equalTo("feedback_course_ratings: feedback_system STAR (1-5)"))
                .body("sources.nps", equalTo("feedback_course_ratings: feedback_system NPS_END_OF_COURSE (0-10)"))
                .body("sources.npsFirstWeek", equalTo("feedback_course_ratings: feedback_system NPS_FIRST_WEEK (0-10)"))
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
                .body("npsFirstWeek.answers", equalTo(3))
                .body("npsFirstWeek.promoters", equalTo(2))
                .body("npsFirstWeek.passives", equalTo(0))
                .body("npsFirstWeek.detractors", equalTo(1))
                .body("npsFirstWeek.nps", equalTo(33.3f))
                .body("npsEndOfCourse.answers", equalTo(4))
                .body("npsEndOfCourse.promoters", equalTo(1))
                .body("npsEndOfCourse.passives", equalTo(2))
                .body("npsEndOfCourse.detractors", equalTo(1))
                .body("npsEndOfCourse.nps", equalTo(0.0f))
                .body("promoters", equalTo(1))
                .body("passives", equalTo(2))
                .body("detractors", equalTo(1))
                .body("nps", equalTo(0.0f))
                .body("countries.country", contains("DK", "DE", "OTHER", "UNKNOWN"))
                .body("countries.learners", contains(3, 1, 1, 1))
                .body("countries.share", contains(50.0f, 16.7f, 16.7f, 16.7f))
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
                .body("trend.nps.previous", equalTo(33.3f))
                .body("trend.nps.change", equalTo(-33.3f))
                .body("trend.nps.relativeChange", equalTo(-100.0f));
        as(IDA).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(200)
                .body("$", contains("2028-spring", "2027-autumn"));
        as(IDA).get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("semester", equalTo("2028-spring"))
                .body("countries.country", contains("DK", "DE", "GB", "UNKNOWN"));
    }

    @Test
    void whichPassingStateIsAPassIsReadFromTheExportsOwnLookup() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Exports.put(IDA, moocId, "course_memberships", """
                dtu_user_id,course_membership_role,course_membership_ts
                u1,LEARNER,2027-09-02 10:00:00
                u2,LEARNER,2027-09-03 10:00:00
                u3,LEARNER,2027-09-04 10:00:00
                """).statusCode(200);
        String grades = """
                dtu_user_id,course_passing_state_id,course_grade_overall,course_grade_ts
                u1,3,0.9,2027-10-01 10:00:00
                u2,4,0.0,2027-10-01 10:00:00
                u3,0,0.2,2027-10-01 10:00:00
                """;
        // without the course's lookup, only Coursera's documented states (-1..2) are known
        Exports.put(IDA, moocId, "course_grades", grades).statusCode(400)
                .body("table", equalTo("course_grades"))
                .body("line", equalTo(2))
                .body("column", equalTo("course_passing_state_id"))
                .body("detail", containsString("is 3, not one of the course's passing states (-1 = not passable,"
                        + " 0 = not passed, 1 = passed, 2 = verified passed)"));
        // this export's own lookup names other states: 3 is a pass, 4 is not
        Exports.put(IDA, moocId, "course_passing_states", """
                course_passing_state_id,course_passing_state_desc
                0,"not passed"
                3,"passed"
                4,"not passable"
                """).statusCode(200).body("rowsChanged", equalTo(3));
        Exports.put(IDA, moocId, "course_grades", grades).statusCode(200).body("rowsChanged", equalTo(3));
        as(IDA).queryParam("semester", "2027-autumn").get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("enrolledLearners", equalTo(3))
                .body("passedLearners", equalTo(1))
                .body("completionRate", equalTo(33.3f));
        // and a state the lookup does not name is refused, even one of the documented defaults
        Exports.put(IDA, moocId, "course_grades", "dtu_user_id,course_passing_state_id,course_grade_overall,course_grade_ts\n"
                + "u3,1,0.9,2027-11-01 10:00:00\n").statusCode(400)
                .body("column", equalTo("course_passing_state_id"))
                .body("detail", containsString("0 = not passed, 3 = passed, 4 = not passable"));
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
                .body("npsFirstWeek.answers", equalTo(0))
                .body("npsFirstWeek.nps", nullValue())
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
