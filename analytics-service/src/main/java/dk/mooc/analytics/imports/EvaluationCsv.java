package dk.mooc.analytics.imports;

import dk.mooc.analytics.ImportProblem;

import dk.mooc.analytics.EvaluationInput;
import dk.mooc.analytics.EvaluationInput.Type;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a course evaluation's answers in long format, one answer per line (docs/analytics.md, "Course evaluations"):
 * {@code respondent_id,question_id,question_type,question,response}. Likert answers are 1-5, text answers free text;
 * an empty response is no answer. Validated line by line like the exports; limits keep the memory bounded.
 */
public final class EvaluationCsv {

    public static final String TABLE = "course_evaluation";
    public static final int MAX_QUESTIONS = 100;
    public static final int MAX_RESPONDENTS = 50_000;
    public static final int MAX_COMMENT = 4000;
    private static final List<String> REQUIRED = List.of("respondent_id", "question_id", "question_type", "question",
            "response");

    private EvaluationCsv() {
    }

    private static final class Question {
        final String id;
        final String text;
        final Type type;
        final long firstLine;
        final int[] distribution = new int[5];
        final List<String> comments = new ArrayList<>();

        Question(String id, String text, Type type, long firstLine) {
            this.id = id;
            this.text = text;
            this.type = type;
            this.firstLine = firstLine;
        }
    }

    public static EvaluationInput read(InputStream body, int invited) throws IOException {
        CsvReader csv = new CsvReader(body, MAX_COMMENT + 1);
        List<String> header = next(csv);
        if (header == null) {
            throw new ImportRejected(TABLE, 1, null, ImportProblem.FILE_EMPTY, Map.of(),
                    "the file is empty: its first line must be the header");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String c = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (columns.put(c, i) != null) {
                throw new ImportRejected(TABLE, 1, c, ImportProblem.COLUMN_TWICE, Map.of(), "appears twice in the header");
            }
        }
        for (String r : REQUIRED) {
            if (!columns.containsKey(r)) {
                throw new ImportRejected(TABLE, 1, r, ImportProblem.COLUMN_MISSING,
                        Map.of("required", String.join(", ", REQUIRED)), "is missing from the header; required columns: "
                        + String.join(", ", REQUIRED));
            }
        }
        Row row = new Row(TABLE, columns);
        Map<String, Question> questions = new LinkedHashMap<>();
        Set<String> respondents = new HashSet<>();
        Set<String> answered = new HashSet<>();
        List<String> fields;
        while ((fields = next(csv)) != null) {
            long line = csv.recordLine();
            if (fields.size() != header.size()) {
                throw new ImportRejected(TABLE, line, fields.size() < header.size() ? header.get(fields.size()).trim() : null,
                        ImportProblem.WRONG_VALUE_COUNT, ImportProblem.params("values", fields.size(), "columns", header.size()),
                        "the line has " + fields.size() + " values, the header " + header.size() + " columns");
            }
            row.set(fields, line);
            String respondent = row.id("respondent_id");
            String questionId = row.id("question_id");
            if (questionId.length() > 50) {
                throw row.reject("question_id", ImportProblem.TOO_LONG, Map.of("max", "50"), "is longer than 50 characters");
            }
            Type type;
            try {
                type = Type.valueOf(row.oneOf("question_type", Set.of("LIKERT", "TEXT")));
            } catch (IllegalArgumentException e) {
                throw row.reject("question_type", ImportProblem.NOT_ONE_OF, Map.of("allowed", "LIKERT, TEXT",
                        "value", row.raw("question_type")), "is LIKERT or TEXT");
            }
            String text = row.requiredText("question", 500);
            Question q = questions.get(questionId);
            if (q == null) {
                if (questions.size() == MAX_QUESTIONS) {
                    throw row.reject("question_id", ImportProblem.TOO_MANY_QUESTIONS, ImportProblem.params("number",
                            MAX_QUESTIONS + 1, "max", MAX_QUESTIONS), "is question " + (MAX_QUESTIONS + 1)
                            + "; an evaluation has at most "
                            + MAX_QUESTIONS);
                }
                q = new Question(questionId, text, type, line);
                questions.put(questionId, q);
            } else if (q.type != type || !q.text.equals(text)) {
                throw row.reject(q.type != type ? "question_type" : "question", ImportProblem.QUESTION_DIFFERS,
                        ImportProblem.params("firstLine", q.firstLine, "question", questionId), "differs from line " + q.firstLine
                        + ", where question " + questionId + " was first given");
            }
            String response = row.raw("response");
            if (response.isEmpty()) {
                continue;
            }
            if (!answered.add(respondent + '\u0000' + questionId)) {
                throw row.reject("respondent_id", ImportProblem.ANSWERED_TWICE, Map.of("question", questionId),
                        "answers question " + questionId + " a second time");
            }
            if (type == Type.LIKERT) {
                q.distribution[row.integer("response", 1, 5) - 1]++;
            } else {
                q.comments.add(row.text("response", MAX_COMMENT));
            }
            if (respondents.add(respondent) && respondents.size() > MAX_RESPONDENTS) {
                throw row.reject("respondent_id", ImportProblem.TOO_MANY_RESPONDENTS, ImportProblem.params("number",
                        respondents.size(), "max", MAX_RESPONDENTS), "is respondent " + respondents.size()
                        + "; an evaluation has at most "
                        + MAX_RESPONDENTS);
            }
        }
        if (questions.isEmpty()) {
            throw new ImportRejected(TABLE, 2, null, ImportProblem.NO_ANSWERS, Map.of(), "the file has no answers");
        }
        if (invited < respondents.size()) {
            throw new ImportRejected(TABLE, 1, null, ImportProblem.MORE_RESPONDENTS_THAN_INVITED, ImportProblem.params(
                    "respondents", respondents.size(), "invited", invited), respondents.size()
                    + " respondents answered, but only " + invited
                    + " were invited: give the number invited as ?invited=");
        }
        List<EvaluationInput.Question> out = new ArrayList<>();
        for (Question q : questions.values()) {
            out.add(new EvaluationInput.Question(q.id, q.text, q.type, q.type == Type.LIKERT ? q.distribution : null,
                    q.type == Type.TEXT ? q.comments : null));
        }
        return new EvaluationInput(invited, respondents.size(), out);
    }

    private static List<String> next(CsvReader csv) throws IOException {
        try {
            return csv.next();
        } catch (CsvReader.FormatException e) {
            throw new ImportRejected(TABLE, e.line(), null, e.code(), e.params(), e.getMessage());
        }
    }
}
