package dk.mooc.analytics.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of Coursera's research data export this service imports (docs/analytics.md, "Coursera exports"): the
 * columns each requires, how a row is validated and staged, and how the staged rows are merged into the stored
 * table by their natural key, so that importing the same export again changes nothing.
 * <p>
 * The user id column is {@code user_id} or, as Coursera names it, {@code <partner>_user_id}; it is required in
 * every table. Columns not listed are ignored.
 */
public enum ExportTable {

    USERS("users", "coursera_learner", List.of("country_cd"), List.of("user_join_ts")) {
        @Override
        String stagingColumns() {
            return "user_id text, country_code text, joined_at timestamptz";
        }

        @Override
        void stage(Row r, StringBuilder out) {
            String user = r.id(USER_ID);
            String country = r.country("country_cd");
            Instant joined = r.optionalTimestamp("user_join_ts");
            out.append(user).append(',').append(country == null ? "" : country).append(',')
                    .append(joined == null ? "" : joined.toString());
        }

        @Override
        String merge() {
            // a user listed twice: the last line wins
            return "insert into coursera_learner (mooc_id, user_id, country_code, joined_at)"
                    + " select distinct on (user_id) ?, user_id, country_code, joined_at from import_stage"
                    + " order by user_id, line desc"
                    + " on conflict (mooc_id, user_id) do update set country_code = excluded.country_code,"
                    + " joined_at = excluded.joined_at"
                    + " where (coursera_learner.country_code, coursera_learner.joined_at)"
                    + " is distinct from (excluded.country_code, excluded.joined_at)";
        }
    },

    MEMBERSHIPS("course_memberships", "coursera_membership", List.of("course_membership_role", "course_membership_ts"),
            List.of()) {
        @Override
        String stagingColumns() {
            return "user_id text, role text, member_since timestamptz";
        }

        @Override
        void stage(Row r, StringBuilder out) {
            out.append(r.id(USER_ID)).append(',').append(r.oneOf("course_membership_role", ROLES)).append(',')
                    .append(r.timestamp("course_membership_ts"));
        }

        @Override
        String merge() {
            return "insert into coursera_membership (mooc_id, user_id, role, member_since)"
                    + " select ?, user_id, role, member_since from import_stage on conflict do nothing";
        }
    },

    PROGRESS("course_progress", "coursera_progress",
            List.of("course_item_id", "course_progress_state_type_id", "course_progress_ts"), List.of()) {
        @Override
        String stagingColumns() {
            return "user_id text, item_id text, state smallint, progress_at timestamptz";
        }

        @Override
        void stage(Row r, StringBuilder out) {
            out.append(r.id(USER_ID)).append(',').append(r.id("course_item_id")).append(',')
                    .append(r.integer("course_progress_state_type_id", 1, 2)).append(',')
                    .append(r.timestamp("course_progress_ts"));
        }

        @Override
        String merge() {
            return "insert into coursera_progress (mooc_id, user_id, item_id, state, progress_at)"
                    + " select ?, user_id, item_id, state, progress_at from import_stage on conflict do nothing";
        }
    },

    GRADES("course_grades", "coursera_grade", List.of("course_passing_state_id", "course_grade_overall", "course_grade_ts"),
            List.of()) {
        @Override
        String stagingColumns() {
            return "user_id text, passing_state smallint, overall_grade numeric, graded_at timestamptz";
        }

        @Override
        void stage(Row r, StringBuilder out) {
            out.append(r.id(USER_ID)).append(',').append(r.integer("course_passing_state_id", 0, 2)).append(',')
                    .append(r.decimal("course_grade_overall", BigDecimal.ZERO, BigDecimal.ONE).toPlainString()).append(',')
                    .append(r.timestamp("course_grade_ts"));
        }

        @Override
        String merge() {
            // one grade per learner: the last line of the file wins, and a stored grade is only replaced by a newer one
            return "insert into coursera_grade (mooc_id, user_id, passing_state, passed, overall_grade, graded_at)"
                    + " select distinct on (user_id) ?, user_id, passing_state, passing_state > 0, round(overall_grade, 6),"
                    + " graded_at from import_stage order by user_id, line desc"
                    + " on conflict (mooc_id, user_id) do update set passing_state = excluded.passing_state,"
                    + " passed = excluded.passed, overall_grade = excluded.overall_grade, graded_at = excluded.graded_at"
                    + " where excluded.graded_at >= coursera_grade.graded_at"
                    + " and (coursera_grade.passing_state, coursera_grade.overall_grade, coursera_grade.graded_at)"
                    + " is distinct from (excluded.passing_state, excluded.overall_grade, excluded.graded_at)";
        }
    },

    RATINGS("feedback_course_ratings", "coursera_rating", List.of("feedback_rating", "feedback_ts"),
            List.of("feedback_max_rating")) {
        @Override
        String stagingColumns() {
            return "user_id text, rating smallint, rated_at timestamptz";
        }

        @Override
        void stage(Row r, StringBuilder out) {
            String user = r.id(USER_ID);
            if (!r.raw("feedback_max_rating").isEmpty()) {
                r.integer("feedback_max_rating", 5, 5);
            }
            out.append(user).append(',').append(r.integer("feedback_rating", 1, 5)).append(',')
                    .append(r.timestamp("feedback_ts"));
        }

        @Override
        String merge() {
            return "insert into coursera_rating (mooc_id, user_id, rating, rated_at)"
                    + " select ?, user_id, rating, rated_at from import_stage on conflict do nothing";
        }
    };

    /** The name rows use for the user id column, whatever the partner prefix in the file. */
    public static final String USER_ID = "user_id";

    /** Coursera's membership roles; only LEARNER counts as an enrolment. */
    public static final Set<String> ROLES = Set.of("BROWSER", "PRE_ENROLLED_LEARNER", "LEARNER", "NOT_ENROLLED",
            "MENTOR", "INSTRUCTOR", "TEACHING_STAFF", "UNIVERSITY_ADMIN");

    private final String fileName;
    private final String storedIn;
    private final List<String> required;
    private final List<String> optional;

    ExportTable(String fileName, String storedIn, List<String> required, List<String> optional) {
        this.fileName = fileName;
        this.storedIn = storedIn;
        this.required = required;
        this.optional = optional;
    }

    /** Coursera's table name, e.g. {@code course_progress}. */
    public String tableName() {
        return fileName;
    }

    /** The database table the rows are kept in. */
    public String storedIn() {
        return storedIn;
    }

    /** Required columns besides the user id. */
    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    public static Optional<ExportTable> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.fileName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ExportTable::tableName).toList();
    }

    /** Column definitions of the temporary staging table, after {@code line bigint}. */
    abstract String stagingColumns();

    /** Validates one row and appends its staged CSV values (no line break, no line number). */
    abstract void stage(Row r, StringBuilder out);

    /** Moves the staged rows into the stored table; the one parameter is the MOOC id. Returns rows changed. */
    abstract String merge();
}
