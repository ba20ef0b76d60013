package dk.mooc.analytics.rest;

import dk.mooc.platform.web.Timestamps;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.analytics.Fixtures.ADA;
import static dk.mooc.analytics.Fixtures.BO;
import static dk.mooc.analytics.Fixtures.CARLA;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * One-line fields refuse line breaks (a question's text is a heading of the review pack, an action a line of the
 * instructor's mail, a department a name): 400 naming the field, nothing stored. Comments keep their line breaks.
 */
@QuarkusTest
class SingleLineInputTest {

    private static final String HEADER_INJECTION = "A\r\nBcc: x@evil";
    private static final String ONE_LINE = "must be one line (no line breaks)";

    /** 2028-spring and earlier have ended (the platform's clock, shared with the service in the test JVM). */
    @BeforeEach
    void clock() {
        Timestamps.startOn(LocalDate.of(2028, 8, 15));
    }

    @AfterEach
    void resetClock() {
        Timestamps.reset();
    }

    private static ValidatableResponse refused(ValidatableResponse r) {
        return r.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.message", contains(ONE_LINE));
    }

    private static Map<String, Object> evaluation(String question) {
        return Map.of("invited", 350, "respondents", 84, "questions", List.of(
                Map.of("questionId", "Q1", "question", question, "type", "LIKERT", "distribution", List.of(2, 3, 10, 30, 35)),
                Map.of("questionId", "Q2", "question", "What should we improve?", "type", "TEXT",
                        "comments", List.of("More exercises.\r\nAnd shorter videos."))));
    }

    @Test
    void aQuestionOnTwoLinesIsRefusedAndNoEvaluationIsStored() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        refused(as(CARLA).body(evaluation(HEADER_INJECTION)).put("/courses/{id}/evaluations/2028-spring", moocId).then())
                .body("errors.field", contains("questions[0].question"));
        refused(as(CARLA).body(evaluation("Objectives\u2028met")).put("/courses/{id}/evaluations/2028-spring", moocId).then())
                .body("errors.field", contains("questions[0].question"));
        as(CARLA).get("/courses/{id}/evaluations", moocId).then().statusCode(200).body("size()", equalTo(0));

        // on one line it is stored, and a comment keeps its line break
        as(CARLA).body(evaluation("The course met its learning objectives"))
                .put("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(200)
                .body("questions[1].comments", contains("More exercises.\r\nAnd shorter videos."));
        as(CARLA).get("/courses/{id}/evaluations", moocId).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void anActionOnTwoLinesIsRefusedAndTheReviewStaysOpen() {
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 4, 1), 2000);
        List<Map<String, Object>> reviews = as(BO).queryParam("semester", "2027-spring").get("/semester-reviews").then()
                .statusCode(200).extract().jsonPath().getList("$");
        String review = reviews.stream().filter(r -> moocId.toString().equals(r.get("moocId")))
                .map(r -> (String) r.get("id")).findFirst().orElseThrow();

        refused(as(BO).body(Map.of("outcome", "REVISE", "comments", "Learners drop out.\r\nSee week 3.",
                        "actions", List.of("Split week 3", HEADER_INJECTION)))
                .post("/semester-reviews/{id}/decision", review).then())
                .body("errors.field", contains(startsWith("actions[1]")));
        as(BO).get("/semester-reviews/{id}", review).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("actions.size()", equalTo(0));
    }

    @Test
    void aDepartmentOnTwoLinesIsRefused() {
        // CR and LF in any query parameter are refused by the platform; U+2028 and U+2029 by @SingleLine
        refused(as(ADA).queryParam("department", "Compute\u2028Physics").get("/portfolio").then())
                .body("errors.field", contains("department"));
        refused(as(BO).queryParam("semester", "2027-spring").queryParam("department", "Compute\u2029Physics")
                .get("/semester-reviews").then())
                .body("errors.field", contains("department"));
        as(ADA).queryParam("department", "Compute").get("/portfolio").then().statusCode(200);
    }
}
