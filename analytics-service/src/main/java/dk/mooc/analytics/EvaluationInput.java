package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A course evaluation as it comes in, from the CSV import or entered by hand: how many were invited, how many
 * answered, and per question its Likert distribution (1-5) or its free-text comments.
 */
public record EvaluationInput(int invited, int respondents, List<Question> questions) {

    @Schema(name = "EvaluationQuestionType", description = "LIKERT (answers 1-5) or TEXT (comments)")
    public enum Type { LIKERT, TEXT }

    /** {@code distribution[k]} = answers with k + 1 (LIKERT only); {@code comments} for TEXT only. */
    public record Question(String questionId, String question, Type type, int[] distribution, List<String> comments) {

        public int answers() {
            if (type == Type.TEXT) {
                return comments == null ? 0 : comments.size();
            }
            int n = 0;
            for (int d : distribution) {
                n += d;
            }
            return n;
        }
    }
}
