package dk.mooc.analytics.kpi;

import dk.mooc.analytics.Exports;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.analytics.Fixtures.BO;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The semester a course's KPIs (and its semester list) open on: the newest that has begun by the platform's clock and
 * has data, never one still ahead or empty (docs/analytics.md, "Semesters"). The clock stands on 2030-01-15 (current
 * semester 2030-spring) unless a test moves it; the small export's rows run from 2027-08-20 (a pre-enrolment) to
 * 2028-06-30, so 2027-autumn and 2028-spring have data.
 */
@QuarkusTest
class DefaultSemesterTest {

    @BeforeEach
    void uploadAfterTheData() {
        Exports.uploadAfterTheData();
    }

    @AfterEach
    void resetTheClock() {
        Timestamps.reset();
    }

    @Test
    void whenTheLastDataIsOlderThanTheCurrentSemesterTheKpisOpenOnTheLastSemesterWithData() {
        UUID moocId = KpiTest.courseWithTheSmallExport();
        // 2028-autumn .. 2030-spring have begun but hold nothing (2028-autumn only u08's late grade, which counts for
        // its 2028-spring enrolment): not listed, not the default
        as(IDA).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(200)
                .body("$", contains("2028-spring", "2027-autumn"));
        as(IDA).queryParam("semester", "2028-autumn").get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("started", equalTo(true))
                .body("hasData", equalTo(false))
                .body("passedLearners", equalTo(0));
        as(IDA).get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("semester", equalTo("2028-spring"))
                .body("started", equalTo(true))
                .body("hasData", equalTo(true))
                .body("enrolledLearners", equalTo(6));
        // asked for, the current semester has begun and is empty, the next one has not begun
        as(IDA).queryParam("semester", "2030-spring").get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("started", equalTo(true))
                .body("hasData", equalTo(false))
                .body("enrolledLearners", equalTo(0));
        as(IDA).queryParam("semester", "2030-autumn").get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("started", equalTo(false))
                .body("hasData", equalTo(false));
    }

    @Test
    void rowsDatedInASemesterThatHasNotBegunAreNeitherListedNorTheDefault() {
        UUID moocId = KpiTest.courseWithTheSmallExport();
        // the clock back in 2027-autumn: 2028-spring's rows are ahead of it
        Timestamps.startOn(LocalDate.of(2027, 12, 1));
        as(IDA).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(200)
                .body("$", contains("2027-autumn"));
        as(IDA).get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("semester", equalTo("2027-autumn"))
                .body("started", equalTo(true))
                .body("enrolledLearners", equalTo(5));
        as(IDA).queryParam("semester", "2028-spring").get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("started", equalTo(false))
                .body("hasData", equalTo(true));
    }

    @Test
    void aCourseWhoseLaunchSemesterIsAheadOpensOnNoSemester() {
        // launched (as planned) on 2030-09-01, 2030-autumn: after the clock's 2030-01-15
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2030, 9, 1), 5000);
        as(IDA).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(200).body("$", empty());
        as(IDA).get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("semester", equalTo("2030-autumn"))
                .body("started", equalTo(false))
                .body("hasData", equalTo(false))
                .body("enrolledLearners", equalTo(0))
                .body("completionRate", nullValue());

        // pre-enrolments in 2029-autumn, before the launch: that semester has begun and has data
        Exports.put(IDA, moocId, "course_memberships", """
                dtu_user_id,course_membership_role,course_membership_ts
                p1,PRE_ENROLLED_LEARNER,2029-12-10 10:00:00
                """).statusCode(200);
        as(IDA).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(200).body("$", contains("2029-autumn"));
        as(IDA).get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("semester", equalTo("2029-autumn"))
                .body("started", equalTo(true))
                .body("hasData", equalTo(true))
                .body("enrolledLearners", equalTo(0));
    }

    @Test
    void theSmallExportsLaunchSemesterAheadOfTheClockIsNotListedThoughItHasRows() {
        UUID moocId = KpiTest.courseWithTheSmallExport();
        // the clock in 2027-spring: the launch (2027-09-01) and every row are ahead
        Timestamps.startOn(LocalDate.of(2027, 5, 1));
        as(IDA).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(200).body("$", empty());
        as(IDA).get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("semester", equalTo("2027-autumn"))
                .body("started", equalTo(false));
    }

    @Test
    void aCourseWithoutDataOpensOnItsLaunchSemesterMarkedEmpty() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2028, 3, 1), 5000);
        as(IDA).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(200).body("$", empty());
        as(IDA).get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("semester", equalTo("2028-spring"))
                .body("started", equalTo(true))
                .body("hasData", equalTo(false))
                .body("enrolledLearners", equalTo(0))
                .body("countries", empty());

        // the review pack of an ended semester shows that semester, marked empty, not another one
        List<Map<String, Object>> reviews = as(BO).queryParam("semester", "2028-spring").get("/semester-reviews")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Object reviewId = reviews.stream().filter(r -> moocId.toString().equals(r.get("moocId"))).findFirst()
                .orElseThrow().get("id");
        as(BO).get("/semester-reviews/{id}", reviewId).then().statusCode(200)
                .body("semester", equalTo("2028-spring"))
                .body("kpis.semester", equalTo("2028-spring"))
                .body("kpis.started", equalTo(true))
                .body("kpis.hasData", equalTo(false));
    }

    @Test
    void aSemesterWithoutDataBetweenTwoWithDataIsListed() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Exports.put(IDA, moocId, "course_memberships", """
                dtu_user_id,course_membership_role,course_membership_ts
                g1,LEARNER,2027-09-02 10:00:00
                g2,LEARNER,2028-09-02 10:00:00
                """).statusCode(200);
        as(IDA).get("/courses/{id}/kpis/semesters", moocId).then().statusCode(200)
                .body("$", contains("2028-autumn", "2028-spring", "2027-autumn"));
        as(IDA).queryParam("semester", "2028-spring").get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("hasData", equalTo(false));
        as(IDA).get("/courses/{id}/kpis", moocId).then().statusCode(200)
                .body("semester", equalTo("2028-autumn"))
                .body("hasData", equalTo(true))
                .body("enrolledLearners", equalTo(1));
    }
}
