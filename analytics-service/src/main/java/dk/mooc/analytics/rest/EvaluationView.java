package dk.mooc.analytics.rest;

import dk.mooc.analytics.CourseEvaluation;
import dk.mooc.analytics.EvaluationInput;
import dk.mooc.analytics.EvaluationQuestion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "CourseEvaluation", description = "The course evaluation of one semester")
public record EvaluationView(
        @Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(description = "The semester evaluated, " + ApiDocs.SEMESTER, example = "2028-spring") String semester,
        @Schema(example = "350", description = "Learners invited to answer") int invited,
        @Schema(example = "84", description = "Learners who answered at least one question") int respondents,
        @Schema(example = "24.0", description = "respondents / invited in percent, 1 decimal") BigDecimal responseRate,
        @Schema(example = "IMPORTED") CourseEvaluation.Source source,
        @Schema(description = "User name of whoever imported or entered the evaluation (the latest time)",
                example = "carla") String recordedBy,
        @Schema(example = "2028-07-10T09:00:00Z") OffsetDateTime recordedAt,
        @Schema(description = "The evaluation's questions and their answers, in the questionnaire's order")
        List<QuestionView> questions) {

    @Schema(name = "EvaluationQuestion")
    public record QuestionView(
            @Schema(description = "The question's key in the questionnaire, the same across semesters", example = "Q1")
            String questionId,
            @Schema(description = "The question as learners read it", example = "The course met its learning objectives")
            String question,
            @Schema(example = "LIKERT") EvaluationInput.Type type,
            @Schema(example = "80", description = "Answers to this question") int answers,
            @Schema(example = "[2, 3, 10, 30, 35]", description = "LIKERT: answers with 1, 2, 3, 4 and 5; null for TEXT")
            List<Integer> distribution,
            @Schema(example = "4.16", description = "LIKERT: the mean answer, 2 decimals") BigDecimal average,
            @Schema(example = "81.3", description = "LIKERT: answers of 4 or 5 in percent, 1 decimal") BigDecimal agreement,
            @Schema(example = "[\"More exercises in week 3\"]", description = "TEXT: the comments; empty for LIKERT")
            List<String> comments) {

        static QuestionView of(EvaluationQuestion q) {
            return new QuestionView(q.questionKey, q.text, q.type, q.answers, q.distribution(), q.average(), q.agreement(),
                    List.copyOf(q.comments));
        }
    }

    public static EvaluationView of(CourseEvaluation e) {
        return new EvaluationView(e.moocId, e.semester, e.invited, e.respondents, e.responseRate(), e.source, e.recordedBy,
                e.recordedAt, e.questions.stream().map(QuestionView::of).toList());
    }
}
