package dk.mooc.analytics.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.analytics.Fixtures.BEA;
import static dk.mooc.analytics.Fixtures.BO;
import static dk.mooc.analytics.Fixtures.CARLA;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.OLE;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Course evaluations from the documented CSV (src/test/resources/exports/evaluation-small.csv) and entered by hand.
 * <pre>
 * invited 10; respondents r1 r2 r3 r4 = 4: response rate 40.0 %
 * Q1 (LIKERT): 5, 4, 5, 1 -> distribution [1, 0, 0, 1, 2], 4 answers, mean 15 / 4 = 3.75, 4-5: 3 / 4 = 75.0 %
 * Q2 (LIKERT): 4, 2, (r3 left it empty) -> [0, 1, 0, 1, 0], 2 answers, mean 3.00, 4-5: 50.0 %
 * Q3 (TEXT): r1's and r3's comments (r3's spans two lines); r2 left it empty -> 2 answers
 * </pre>
 */
@QuarkusTest
class EvaluationTest {

    static byte[] small() {
        try (InputStream in = EvaluationTest.class.getResourceAsStream("/exports/evaluation-small.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ValidatableResponse importCsv(dk.mooc.platform.testing.TestTokens.Person p, UUID moocId, String semester,
                                         Integer invited, byte[] csv) {
        var request = given().auth().oauth2(p.token()).contentType("text/csv").body(csv);
        if (invited != null) {
            request = request.queryParam("invited", invited);
        }
        return request.put("/courses/{id}/evaluations/{semester}", moocId, semester).then();
    }

    static UUID course2027() {
        return course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
    }

    @Test
    void theCsvImportsWithResponseRateDistributionsAndCommentsAndAgainChangesNothing() {
        UUID moocId = course2027();
        for (int round = 0; round < 2; round++) {
            importCsv(IDA, moocId, "2028-spring", 10, small()).statusCode(200)
                    .body("semester", equalTo("2028-spring"))
                    .body("invited", equalTo(10))
                    .body("respondents", equalTo(4))
                    .body("responseRate", equalTo(40.0f))
                    .body("source", equalTo("IMPORTED"))
                    .body("questions.questionId", contains("Q1", "Q2", "Q3"))
                    .body("questions[0].distribution", contains(1, 0, 0, 1, 2))
                    .body("questions[0].answers", equalTo(4))
                    .body("questions[0].average", equalTo(3.75f))
                    .body("questions[0].agreement", equalTo(75.0f))
                    .body("questions[1].distribution", contains(0, 1, 0, 1, 0))
                    .body("questions[1].average", equalTo(3.0f))
                    .body("questions[2].type", equalTo("TEXT"))
                    .body("questions[2].distribution", nullValue())
                    .body("questions[2].comments", contains("More exercises, please", "Week 3 was too fast.\nSplit it."));
        }
        as(BO).get("/courses/{id}/evaluations", moocId).then().statusCode(200).body("size()", equalTo(1));
        as(BO).get("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(200)
                .body("questions[2].answers", equalTo(2));
        as(BO).get("/courses/{id}/evaluations/2028-autumn", moocId).then().statusCode(404);
    }

    static void rejected(ValidatableResponse r, int line, String column, String detail) {
        r.statusCode(400).body("table", equalTo("course_evaluation")).body("line", equalTo(line))
                .body("column", column == null ? nullValue() : equalTo(column)).body("detail", containsString(detail));
    }

    @Test
    void malformedEvaluationsAreRejectedAndTheStoredOneStays() {
        UUID moocId = course2027();
        importCsv(IDA, moocId, "2028-spring", 10, small()).statusCode(200);
        String head = "respondent_id,question_id,question_type,question,response\nr1,Q1,LIKERT,Objectives met,5\n";
        rejected(importCsv(IDA, moocId, "2028-spring", 10, (head + "r2,Q1,LIKERT,Objectives met,6\n").getBytes()),
                3, "response", "between 1 and 5");
        rejected(importCsv(IDA, moocId, "2028-spring", 10, (head + "r2,Q1,LIKERT,Goals met,4\n").getBytes()),
                3, "question", "differs from line 2");
        rejected(importCsv(IDA, moocId, "2028-spring", 10, (head + "r1,Q1,LIKERT,Objectives met,4\n").getBytes()),
                3, "respondent_id", "a second time");
        rejected(importCsv(IDA, moocId, "2028-spring", 10, (head + "r2,Q2,SCALE,Pace,3\n").getBytes()),
                3, "question_type", "LIKERT");
        rejected(importCsv(IDA, moocId, "2028-spring", 10, "respondent_id,question_id,question\n".getBytes()),
                1, "question_type", "missing from the header");
        rejected(importCsv(IDA, moocId, "2028-spring", 3, small()), 1, null, "only 3 were invited");
        importCsv(IDA, moocId, "2028-spring", null, small()).statusCode(400).body("errors[0].field", equalTo("invited"));
        importCsv(IDA, moocId, "2027-spring", 10, small()).statusCode(400).body("detail", containsString("before the course's launch"));
        as(IDA).get("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(200)
                .body("respondents", equalTo(4)).body("source", equalTo("IMPORTED"));
    }

    @Test
    void anEvaluationEnteredByHandReplacesTheSemestersAndIsChecked() {
        UUID moocId = course2027();
        importCsv(IDA, moocId, "2028-spring", 10, small()).statusCode(200);
        Map<String, Object> likert = Map.of("questionId", "Q1", "question", "The course met its learning objectives",
                "type", "LIKERT", "distribution", List.of(2, 3, 10, 30, 35));
        Map<String, Object> text = Map.of("questionId", "Q2", "question", "What should we improve?", "type", "TEXT",
                "comments", List.of("More exercises in week 3"));
        as(CARLA).body(Map.of("invited", 350, "respondents", 84, "questions", List.of(likert, text)))
                .put("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(200)
                .body("source", equalTo("ENTERED"))
                .body("recordedBy", equalTo("carla"))
                .body("responseRate", equalTo(24.0f))
                .body("questions.questionId", contains("Q1", "Q2"))
                .body("questions[0].answers", equalTo(80))
                .body("questions[0].average", equalTo(4.16f))   // (2 + 6 + 30 + 120 + 175) / 80 = 333 / 80
                .body("questions[0].agreement", equalTo(81.3f)) // 65 / 80
                .body("questions[1].comments", contains("More exercises in week 3"));

        as(CARLA).body(Map.of("invited", 10, "respondents", 84, "questions", List.of(likert)))
                .put("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(400)
                .body("errors[0].field", equalTo("respondents"));
        as(CARLA).body(Map.of("invited", 350, "respondents", 50, "questions", List.of(likert)))
                .put("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(400)
                .body("errors[0].field", equalTo("questions[0]"));
        as(CARLA).body(Map.of("invited", 350, "respondents", 84, "questions", List.of(Map.of("questionId", "Q1",
                        "question", "Objectives", "type", "LIKERT", "distribution", List.of(1, 2, 3)))))
                .put("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(400)
                .body("errors[0].field", containsString("distribution"));
        as(CARLA).body(Map.of("invited", 350, "respondents", 84, "questions", List.of(likert, likert)))
                .put("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(400)
                .body("errors[0].field", equalTo("questions[1].questionId"));
        as(CARLA).get("/courses/{id}/evaluations/2028-spring", moocId).then().body("respondents", equalTo(84));
    }

    @Test
    void jsonBodiesKeepTheUsualLimitWhileCsvUploadsMayBeLarge() {
        UUID moocId = course2027();
        byte[] eleven = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(eleven, (byte) ' ');
        as(CARLA).body(eleven).put("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(413)
                .body("type", equalTo("urn:mooc:problem:payload-too-large"));
    }

    @Test
    void theInstructorAndTheLearningLabRecordTheBoardReads() {
        UUID moocId = course2027();
        importCsv(BO, moocId, "2028-spring", 10, small()).statusCode(403);
        importCsv(OLE, moocId, "2028-spring", 10, small()).statusCode(404);
        importCsv(CARLA, moocId, "2028-spring", 10, small()).statusCode(200);
        as(BO).get("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(200);
        as(BEA).get("/courses/{id}/evaluations/2028-spring", moocId).then().statusCode(404);
    }
}
