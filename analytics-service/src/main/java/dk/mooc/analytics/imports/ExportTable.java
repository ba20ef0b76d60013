package dk.mooc.analytics.imports;

import dk.mooc.analytics.ImportProblem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
            return "user_id bigint, country_code text, joined_at timestamptz";
        }

        @Override
        void stage(Row r, StageWriter out, java.util.SortedMap<Integer, String> states) throws SQLException {
            out.int8(r.learner());
            out.text(r.country("country_cd"));
            out.time(r.optionalTimestamp("user_join_ts"));
        }

        @Override
        List<String> merge() {
            // a user listed twice: the last line wins; a stored user changes only where the file says otherwise. An
            // update of the stored users and an insert of the others (sorted by the key, whose pages then fill in
            // order) instead of "on conflict", which costs a speculative insertion per row.
            String users = "select distinct on (user_id) user_id, country_code, joined_at from import_stage"
                    + " order by user_id, line desc";
            return List.of("update coursera_learner l set country_code = s.country_code, joined_at = s.joined_at"
                            + " from (" + users + ") s where l.mooc_id = ?1 and l.user_id = s.user_id"
                            + " and (l.country_code, l.joined_at) is distinct from (s.country_code, s.joined_at)"
                            + " and " + STORED.formatted("coursera_learner"),
                    "insert into coursera_learner (mooc_id, user_id, country_code, joined_at)"
                            + " select ?1, s.user_id, s.country_code, s.joined_at from (" + users + ") s"
                            + " where not exists (select 1 from coursera_learner l where l.mooc_id = ?1"
                            + " and l.user_id = s.user_id) order by s.user_id");
        }
    },

    MEMBERSHIPS("course_memberships", "coursera_membership", List.of("course_membership_role", "course_membership_ts"),
            List.of()) {
        @Override
        String stagingColumns() {
            return "user_id bigint, role text, member_since timestamptz";
        }

        @Override
        void stage(Row r, StageWriter out, java.util.SortedMap<Integer, String> states) throws SQLException {
            out.int8(r.learner());
            out.text(r.oneOf("course_membership_role", ROLES));
            out.time(r.timestamp("course_membership_ts"));
        }

        @Override
        List<String> merge() {
            // a role log: every row is kept once; as for progress, the rows not stored yet in the order of the key
            return List.of("insert into coursera_membership (mooc_id, member_since, user_id, role)"
                    + " select distinct ?1, s.member_since, s.user_id, s.role from import_stage s"
                    + " where not exists (select 1 from coursera_membership m where m.mooc_id = ?1"
                    + " and m.member_since = s.member_since and m.user_id = s.user_id and m.role = s.role)"
                    + " order by s.member_since, s.user_id, s.role");
        }
    },

    PROGRESS("course_progress", "coursera_progress",
            List.of("course_item_id", "course_progress_state_type_id", "course_progress_ts"), List.of()) {
        @Override
        String stagingColumns() {
            return "user_id bigint, item_id text, state smallint, progress_at timestamptz";
        }

        @Override
        void stage(Row r, StageWriter out, java.util.SortedMap<Integer, String> states) throws SQLException {
            out.int8(r.learner());
            out.text(r.id("course_item_id"));
            out.int2(r.state("course_progress_state_type_id", states, "progress"));
            out.time(r.timestamp("course_progress_ts"));
        }

        @Override
        List<String> merge() {
            // Millions of rows: the rows not stored yet, each once, inserted in the order of the primary key (whose
            // pages then fill one after the other), without "on conflict", which costs a speculative insertion per row.
            // The table's import lock keeps other imports of the course's progress out meanwhile.
            return List.of("insert into coursera_progress (mooc_id, user_id, item_id, state, progress_at)"
                    + " select distinct ?1, s.user_id, s.item_id, s.state, s.progress_at from import_stage s"
                    + " where not exists (select 1 from coursera_progress p where p.mooc_id = ?1"
                    + " and p.progress_at = s.progress_at and p.user_id = s.user_id and p.item_id = s.item_id"
                    + " and p.state = s.state)"
                    + " order by s.progress_at, s.user_id, s.item_id, s.state");
        }

        @Override
        String statesQuery() {
            return PROGRESS_STATES;
        }
    },

    GRADES("course_grades", "coursera_grade", List.of("course_passing_state_id", "course_grade_overall", "course_grade_ts"),
            List.of()) {
        @Override
        String stagingColumns() {
            return "user_id bigint, passing_state smallint, overall_grade text, graded_at timestamptz";
        }

        @Override
        void stage(Row r, StageWriter out, java.util.SortedMap<Integer, String> states) throws SQLException {
            out.int8(r.learner());
            out.int2(r.state("course_passing_state_id", states, "passing"));
            // rounded to the stored scale as PostgreSQL's round() would (half away from zero; the grade is not
            // negative), and staged as text for the database to read as a numeric
            out.text(r.decimal("course_grade_overall", BigDecimal.ZERO, BigDecimal.ONE)
                    .setScale(GRADE_SCALE, RoundingMode.HALF_UP).toPlainString());
            out.time(r.timestamp("course_grade_ts"));
        }

        @Override
        List<String> merge() {
            // one grade per learner: the last line of the file wins, and a stored grade is only replaced by a newer one
            // (or one as new); as for users, an update of the stored grades and an insert of the others
            String grades = "select distinct on (user_id) user_id, passing_state, overall_grade::numeric overall_grade,"
                    + " graded_at from import_stage order by user_id, line desc";
            return List.of("update coursera_grade g set passing_state = s.passing_state, overall_grade = s.overall_grade,"
                            + " graded_at = s.graded_at from (" + grades + ") s where g.mooc_id = ?1 and g.user_id = s.user_id"
                            + " and s.graded_at >= g.graded_at"
                            + " and (g.passing_state, g.overall_grade, g.graded_at)"
                            + " is distinct from (s.passing_state, s.overall_grade, s.graded_at)"
                            + " and " + STORED.formatted("coursera_grade"),
                    "insert into coursera_grade (mooc_id, user_id, passing_state, overall_grade, graded_at)"
                            + " select ?1, s.user_id, s.passing_state, s.overall_grade, s.graded_at from (" + grades + ") s"
                            + " where not exists (select 1 from coursera_grade g where g.mooc_id = ?1"
                            + " and g.user_id = s.user_id) order by s.user_id");
        }

        @Override
        String statesQuery() {
            return PASSING_STATES;
        }
    },

    RATINGS("feedback_course_ratings", "coursera_rating", List.of("feedback_rating", "feedback_ts"),
            List.of("feedback_system", "feedback_max_rating")) {
        @Override
        String stagingColumns() {
            return "user_id bigint, feedback_system text, rating smallint, max_rating smallint, rated_at timestamptz";
        }

        @Override
        void stage(Row r, StageWriter out, java.util.SortedMap<Integer, String> states) throws SQLException {
            long user = r.learner();
            // a file without the column (older exports) holds star ratings only
            String system = r.has("feedback_system") ? r.oneOf("feedback_system", FEEDBACK_SYSTEMS) : STAR;
            int max = STAR.equals(system) ? 5 : 10;
            if (!r.raw("feedback_max_rating").isEmpty()) {
                int given = r.integer("feedback_max_rating", 1, 100);
                if (given != max) {
                    throw r.reject("feedback_max_rating", ImportProblem.RATING_SCALE_MISMATCH, ImportProblem.params(
                            "given", given, "system", system, "max", max), "is " + given + ", but " + system
                            + " answers are on a scale to "
                            + max + " (STAR 1–5, NPS_FIRST_WEEK and NPS_END_OF_COURSE 0–10)");
                }
            }
            int rating = STAR.equals(system) ? r.integer("feedback_rating", 1, 5) : r.integer("feedback_rating", 0, 10);
            out.int8(user);
            out.text(system);
            out.int2(rating);
            out.int2(max);
            out.time(r.timestamp("feedback_ts"));
        }

        @Override
        List<String> merge() {
            // keyed by learner, system and time: of a key listed twice the first line counts, and a stored rating
            // stays as it is; the ratings not stored yet in the order of the key
            return List.of("insert into coursera_rating (mooc_id, rated_at, user_id, feedback_system, rating, max_rating)"
                    + " select ?1, s.rated_at, s.user_id, s.feedback_system, s.rating, s.max_rating from ("
                    + "select distinct on (rated_at, user_id, feedback_system) * from import_stage"
                    + " order by rated_at, user_id, feedback_system, line) s"
                    + " where not exists (select 1 from coursera_rating r where r.mooc_id = ?1"
                    + " and r.rated_at = s.rated_at and r.user_id = s.user_id and r.feedback_system = s.feedback_system)"
                    + " order by s.rated_at, s.user_id, s.feedback_system");
        }
    },

    /** Coursera's lookup of passing states: what each {@code course_passing_state_id} means for this export. */
    PASSING_STATE_LOOKUP("course_passing_states", "coursera_passing_state",
            List.of("course_passing_state_id", "course_passing_state_desc"), List.of()) {
        @Override
        String stagingColumns() {
            return LOOKUP_STAGING_COLUMNS;
        }

        @Override
        void stage(Row r, StageWriter out, java.util.SortedMap<Integer, String> states) throws SQLException {
            stageLookup(r, out);
        }

        @Override
        List<String> merge() {
            // a state is a pass when its description says passed ("passed", "verified passed"), not "not ..."
            return List.of("insert into coursera_passing_state (mooc_id, state_id, description, passed)"
                    + " select distinct on (state_id) ?1, state_id, description, " + PASSED_DESCRIPTION
                    + " from import_stage order by state_id, line desc"
                    + " on conflict (mooc_id, state_id) do update set description = excluded.description,"
                    + " passed = excluded.passed where coursera_passing_state.description <> excluded.description");
        }
    },

    /** Coursera's lookup of progress states: what each {@code course_progress_state_type_id} means. */
    PROGRESS_STATE_LOOKUP("course_progress_state_types", "coursera_progress_state",
            List.of("course_progress_state_type_id", "course_progress_state_type_desc"), List.of()) {
        @Override
        String stagingColumns() {
            return LOOKUP_STAGING_COLUMNS;
        }

        @Override
        void stage(Row r, StageWriter out, java.util.SortedMap<Integer, String> states) throws SQLException {
            stageLookup(r, out);
        }

        @Override
        List<String> merge() {
            return List.of("insert into coursera_progress_state (mooc_id, state_id, description)"
                    + " select distinct on (state_id) ?1, state_id, description from import_stage order by state_id, line desc"
                    + " on conflict (mooc_id, state_id) do update set description = excluded.description"
                    + " where coursera_progress_state.description <> excluded.description");
        }
    };

    /**
     * SQL: whether the course (?1) has rows in the table ({@code %s}) already. Evaluated once, before the rest of an
     * update, so that the first import of a table does not sort the staged rows for an update that cannot change any.
     */
    private static final String STORED = "exists (select 1 from %s where mooc_id = ?1)";

    /** Decimal places of a stored overall grade ({@code numeric(7, 6)}). */
    static final int GRADE_SCALE = 6;

    /** The name rows use for the user id column, whatever the partner prefix in the file. */
    public static final String USER_ID = "user_id";

    public static final String STAR = "STAR";

    /** Coursera's rating systems in feedback_course_ratings: stars 1-5, and the two NPS questions 0-10. */
    public static final Set<String> FEEDBACK_SYSTEMS = Set.of(STAR, "NPS_FIRST_WEEK", "NPS_END_OF_COURSE");

    /** SQL: whether a lookup row's {@code description} names a pass ("passed", "verified passed"). */
    static final String PASSED_DESCRIPTION = "(lower(trim(description)) like '%passed' and lower(trim(description)) not like 'not %')";

    /**
     * SQL: the course's passing states (state_id, description, passed) for MOOC ?1: its own lookup when imported, else
     * Coursera's documented states.
     */
    public static final String PASSING_STATES = "select state_id, description, passed from coursera_passing_state"
            + " where mooc_id = ?1 union all select * from (values (-1::smallint, 'not passable', false),"
            + " (0::smallint, 'not passed', false), (1::smallint, 'passed', true), (2::smallint, 'verified passed', true)) d"
            + " where not exists (select 1 from coursera_passing_state where mooc_id = ?1)";

    /**
     * SQL: the course's progress states (state_id, description, activity) for MOOC ?1: its own lookup when imported,
     * else the documented ones; "not started" is no activity.
     */
    public static final String PROGRESS_STATES = "select state_id, description, lower(trim(description)) <> 'not started'"
            + " activity from coursera_progress_state where mooc_id = ?1 union all select * from (values"
            + " (0::smallint, 'not started', false), (1::smallint, 'started', true), (2::smallint, 'completed', true)) d"
            + " where not exists (select 1 from coursera_progress_state where mooc_id = ?1)";

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

    /**
     * Validates one row and writes its staged values (after the line number), {@code states} being the course's
     * states when the table has some ({@link #statesQuery()}).
     */
    abstract void stage(Row r, StageWriter out, java.util.SortedMap<Integer, String> states) throws SQLException;

    /**
     * Statements that move the staged rows into the stored table, run in order; {@code ?1} stands for the MOOC id. The
     * rows they change add up to the rows changed.
     */
    abstract List<String> merge();

    /** Staged values per row after the line number. */
    int stagedValues() {
        return stagingColumns().split(",").length;
    }

    /**
     * The staged timestamp columns with the file's column names: none may lie after the upload. Of an activity table
     * (progress, grades, ratings) none may lie before the course's launch day either; memberships may (pre-enrolment),
     * and so may a learner's Coursera join time.
     */
    Map<String, String> times() {
        return switch (this) {
            case USERS -> Map.of("joined_at", "user_join_ts");
            case MEMBERSHIPS -> Map.of("member_since", "course_membership_ts");
            case PROGRESS -> Map.of("progress_at", "course_progress_ts");
            case GRADES -> Map.of("graded_at", "course_grade_ts");
            case RATINGS -> Map.of("rated_at", "feedback_ts");
            default -> Map.of();
        };
    }

    boolean activity() {
        return this == PROGRESS || this == GRADES || this == RATINGS;
    }

    /** Whether the table has a user id column (the lookup tables have none). */
    boolean hasUserId() {
        return this != PASSING_STATE_LOOKUP && this != PROGRESS_STATE_LOOKUP;
    }

    /** A lookup table's staging columns: a state id and what it means. */
    private static final String LOOKUP_STAGING_COLUMNS = "state_id smallint, description text";

    /** A lookup table's row: its two required columns, the state id and its description. */
    void stageLookup(Row r, StageWriter out) throws SQLException {
        out.int2(r.integer(required.get(0), -1, 99));
        out.text(r.requiredText(required.get(1), 255));
    }

    /**
     * SQL with the MOOC id as ?1: the course's states (state_id, description) a row's state must be one of, or null
     * when the table has none.
     */
    String statesQuery() {
        return null;
    }
}
