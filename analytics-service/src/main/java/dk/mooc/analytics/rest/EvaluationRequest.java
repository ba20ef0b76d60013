package dk.mooc.analytics.rest;

import dk.mooc.analytics.EvaluationInput;
import dk.mooc.platform.web.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A course evaluation entered by hand. */
@Schema(name = "EvaluationEntry")
public record EvaluationRequest(
        @Schema(description = "Learners invited to answer", example = "350") @NotNull @Min(0) @Max(10_000_000)
        Integer invited,
        @Schema(description = "Learners who answered at least one question (at most invited)", example = "84")
        @NotNull @Min(0) @Max(10_000_000) Integer respondents,
        @Schema(description = "The questions and their answers, in the questionnaire's order (1 to 100); "
                + "they replace any evaluation recorded for the semester")
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Question> questions) {

    @Schema(name = "EvaluationEntryQuestion")
    public record Question(
            @Schema(description = "The question's key in the questionnaire (letters, digits, _ . : ~ -), unique in the "
                    + "evaluation; keep it across semesters to compare them", example = "Q1") @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_.:~-]+") String questionId,
            @Schema(description = "The question as learners read it, one line", example = "The course met its learning "
                    + "objectives") @NotBlank @Size(max = 500) @SingleLine String question,
            @Schema(example = "LIKERT") @NotNull EvaluationInput.Type type,
            @Schema(example = "[2, 3, 10, 30, 35]", description = "LIKERT: answers with 1, 2, 3, 4 and 5")
            @Size(min = 5, max = 5) List<@NotNull @Min(0) Integer> distribution,
            @Schema(example = "[\"More exercises in week 3\"]", description = "TEXT: the comments")
            @Size(max = 50_000) List<@NotBlank @Size(max = 4000) String> comments) {
    }

    EvaluationInput toInput() {
        return new EvaluationInput(invited, respondents, questions.stream().map(q -> new EvaluationInput.Question(
                q.questionId(), q.question().strip(), q.type(),
                q.distribution() == null ? null : q.distribution().stream().mapToInt(Integer::intValue).toArray(),
                q.comments() == null ? List.of() : q.comments().stream().map(String::strip).toList())).toList());
    }
}
