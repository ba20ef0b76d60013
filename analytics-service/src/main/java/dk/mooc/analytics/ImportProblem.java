package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why an import of a Coursera export (or of a course evaluation) was refused or failed, as a stable code: the
 * reader's language words it from the code and its parameters (see docs/analytics.md, "Import problems"). The file's
 * table, line and column travel beside it.
 */
@Schema(name = "ImportProblemCode", description = "Why an import was refused or failed. Parameters (all strings) by code: "
        + "FILE_EMPTY, FILE_NOT_UTF8, QUOTE_NOT_CLOSED, NO_ANSWERS, VALUE_REQUIRED, IMPORT_INTERRUPTED, "
        + "UPLOAD_UNREADABLE: none; CHARACTER_AFTER_QUOTE {field, character}; QUOTE_IN_UNQUOTED_FIELD {field}; "
        + "FIELD_TOO_LONG {max}; WRONG_VALUE_COUNT {values, columns}; HEADER_COLUMN_UNNAMED {position}; COLUMN_TWICE "
        + "(the column); COLUMN_MISSING {required}; NO_USER_ID_COLUMN {required}; SEVERAL_USER_ID_COLUMNS {columns}; "
        + "NOT_AN_ID {value, absent for a learner id, which is never echoed}; NOT_A_COUNTRY {value}; TIME_OUT_OF_RANGE "
        + "{value}; TIME_AFTER_UPLOAD {uploadedAt}; TIME_BEFORE_LAUNCH {launchDate}; NOT_A_TIMESTAMP {value}; "
        + "INVALID_TIMESTAMP {value}; NUMBER_OUT_OF_RANGE {min, max, value}; NOT_A_WHOLE_NUMBER {value}; NOT_A_NUMBER "
        + "{value}; UNKNOWN_STATE {value, kind, states}; NOT_ONE_OF {allowed, value}; TOO_LONG {max}; "
        + "RATING_SCALE_MISMATCH {given, system, max}; TOO_MANY_QUESTIONS {number, max}; QUESTION_DIFFERS {firstLine, "
        + "question}; ANSWERED_TWICE {question}; TOO_MANY_RESPONDENTS {number, max}; MORE_RESPONDENTS_THAN_INVITED "
        + "{respondents, invited}; TABLE_IMPORT_RUNNING {table}; IMPORT_FAILED {error}. Values quoted from the file "
        + "are cut to 40 characters")
public enum ImportProblem {
    FILE_EMPTY, FILE_NOT_UTF8, QUOTE_NOT_CLOSED, CHARACTER_AFTER_QUOTE, QUOTE_IN_UNQUOTED_FIELD, FIELD_TOO_LONG,
    WRONG_VALUE_COUNT, HEADER_COLUMN_UNNAMED, COLUMN_TWICE, COLUMN_MISSING, NO_USER_ID_COLUMN, SEVERAL_USER_ID_COLUMNS,
    VALUE_REQUIRED, NOT_AN_ID, NOT_A_COUNTRY, TIME_OUT_OF_RANGE, TIME_AFTER_UPLOAD, TIME_BEFORE_LAUNCH, NOT_A_TIMESTAMP,
    INVALID_TIMESTAMP, NUMBER_OUT_OF_RANGE, NOT_A_WHOLE_NUMBER, NOT_A_NUMBER, UNKNOWN_STATE, NOT_ONE_OF, TOO_LONG,
    RATING_SCALE_MISMATCH, TOO_MANY_QUESTIONS, QUESTION_DIFFERS, ANSWERED_TWICE, TOO_MANY_RESPONDENTS, NO_ANSWERS,
    MORE_RESPONDENTS_THAN_INVITED, IMPORT_INTERRUPTED, UPLOAD_UNREADABLE, TABLE_IMPORT_RUNNING, IMPORT_FAILED;

    /** Parameters from name/value pairs; a null value is left out, others become their string form. */
    public static java.util.Map<String, String> params(Object... namesAndValues) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                m.put(namesAndValues[i].toString(), namesAndValues[i + 1].toString());
            }
        }
        return m;
    }
}
