package dk.mooc.analytics.generator;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dk.mooc.analytics.generator.ExportValues.base62;
import static dk.mooc.analytics.generator.ExportValues.hex;
import static dk.mooc.analytics.generator.ExportValues.mix;
import static dk.mooc.analytics.generator.ExportValues.quote;
import static dk.mooc.analytics.generator.ExportValues.ts;

/**
 * Writes a realistic synthetic Coursera research data export of one course (docs/analytics.md, "Synthetic
 * exports"): the five tables {@code users}, {@code course_memberships}, {@code course_progress},
 * {@code course_grades} and {@code feedback_course_ratings} (star and NPS answers mixed, as Coursera writes them), and
 * the lookup tables {@code course_passing_states} and {@code course_progress_state_types}, as CSV files with
 * Coursera's column names.
 * <p>
 * Deterministic: the same options give byte-identical files. Streaming: every learner's rows are written as they
 * are drawn and nothing is kept, so a million rows and more need no more memory than a few. Plain JDK only, so it
 * runs from the compiled classes:
 * <pre>
 * java -cp analytics-service/target/classes dk.mooc.analytics.generator.SyntheticCourseraExport \
 *      --out /tmp/export --learners 55000 --seed 42 --first-semester 2027-autumn --semesters 4
 * </pre>
 */
public final class SyntheticCourseraExport {

    /** What to generate. Launch is two months into the first semester (1 September for an autumn). */
    public record Options(long seed, int learners, int firstYear, boolean firstTermSpring, int semesters, int items,
                          String partner, String courseId) {

        public Options {
            if (learners < 0 || semesters < 1 || items < 2) {
                throw new IllegalArgumentException("learners >= 0, semesters >= 1, items >= 2");
            }
            if (!partner.matches("[a-z0-9]+")) {
                throw new IllegalArgumentException("the partner prefix is lower-case letters and digits");
            }
        }

        public static Options defaults() {
            return new Options(42, 10_000, 2027, false, 4, 30, "partner", "quantum-computing-for-engineers");
        }

        public Options seed(long v) {
            return new Options(v, learners, firstYear, firstTermSpring, semesters, items, partner, courseId);
        }

        public Options learners(int v) {
            return new Options(seed, v, firstYear, firstTermSpring, semesters, items, partner, courseId);
        }

        /** e.g. {@code 2027-autumn} */
        public Options firstSemester(String semester) {
            Matcher m = SEMESTER.matcher(semester);
            if (!m.matches()) {
                throw new IllegalArgumentException("a semester is written YYYY-spring or YYYY-autumn");
            }
            return new Options(seed, learners, Integer.parseInt(m.group(1)), m.group(2).equals("spring"), semesters,
                    items, partner, courseId);
        }

        public Options semesters(int v) {
            return new Options(seed, learners, firstYear, firstTermSpring, v, items, partner, courseId);
        }

        public Options items(int v) {
            return new Options(seed, learners, firstYear, firstTermSpring, semesters, v, partner, courseId);
        }

        public Options partner(String v) {
            return new Options(seed, learners, firstYear, firstTermSpring, semesters, items, v, courseId);
        }

        /** The first day of semester {@code k} (0 = the first). */
        LocalDate semesterStart(int k) {
            int halfYears = (firstTermSpring ? 0 : 1) + k;
            return LocalDate.of(firstYear + halfYears / 2, halfYears % 2 == 0 ? 1 : 7, 1);
        }

        LocalDate launchDate() {
            return semesterStart(0).plusMonths(2);
        }
    }

    /** Rows written per table (header not counted) and the learners drawn. */
    public record Counts(int learners, long users, long memberships, long progress, long grades, long ratings) {
        public long total() {
            return PASSING_STATES_ROWS.length + PROGRESS_STATES_ROWS.length + users + memberships + progress + grades
                    + ratings;
        }

        public Map<String, Long> byTable() {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put(PASSING_STATES, (long) PASSING_STATES_ROWS.length);
            m.put(PROGRESS_STATES, (long) PROGRESS_STATES_ROWS.length);
            m.put(USERS, users);
            m.put(MEMBERSHIPS, memberships);
            m.put(PROGRESS, progress);
            m.put(GRADES, grades);
            m.put(RATINGS, ratings);
            return m;
        }
    }

    public static final String USERS = "users";
    public static final String MEMBERSHIPS = "course_memberships";
    public static final String PROGRESS = "course_progress";
    public static final String GRADES = "course_grades";
    public static final String RATINGS = "feedback_course_ratings";
    /** Coursera's lookup tables that give the grade and progress states their meaning. */
    public static final String PASSING_STATES = "course_passing_states";
    public static final String PROGRESS_STATES = "course_progress_state_types";
    static final String[] PASSING_STATES_ROWS = {"-1,\"not passable\"", "0,\"not passed\"", "1,\"passed\"",
        "2,\"verified passed\""};
    static final String[] PROGRESS_STATES_ROWS = {"0,\"not started\"", "1,\"started\"", "2,\"completed\""};

    /** About this many rows per learner with the default 30 items; use it to size a run. */
    public static final double ROWS_PER_LEARNER = 21;

    private static final Pattern SEMESTER = Pattern.compile("([0-9]{4})-(spring|autumn)");

    /** Star ratings skew high on Coursera: 1..5 in per mille, for learners who did not pass and who passed. */
    private static final int[] STARS_NOT_PASSED = {70, 45, 110, 265, 510};
    private static final int[] STARS_PASSED = {15, 10, 40, 215, 720};
    /** NPS answers 0..10 in per mille: after the first week, and at the end of a course the learner passed. */
    private static final int[] NPS_FIRST_WEEK = {20, 10, 15, 25, 30, 60, 70, 150, 200, 170, 250};
    private static final int[] NPS_END_PASSED = {5, 5, 5, 10, 15, 30, 40, 110, 200, 220, 360};

    private final Options o;
    private final SplittableRandom rnd;
    private final String[] itemIds;
    private final Instant launch;

    private SyntheticCourseraExport(Options options) {
        this.o = options;
        this.rnd = new SplittableRandom(options.seed());
        this.itemIds = new String[options.items()];
        for (int i = 0; i < itemIds.length; i++) {
            itemIds[i] = base62(mix(options.seed() * 31 + i), 5);
        }
        this.launch = options.launchDate().atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /**
     * Writes the five tables and the two lookup tables as {@code <table>.csv} into the folder (created if missing).
     */
    public static Counts write(Options options, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Writer states = open(folder, PASSING_STATES); Writer types = open(folder, PROGRESS_STATES)) {
            states.write("course_passing_state_id,course_passing_state_desc\n" + String.join("\n", PASSING_STATES_ROWS) + "\n");
            types.write("course_progress_state_type_id,course_progress_state_type_desc\n"
                    + String.join("\n", PROGRESS_STATES_ROWS) + "\n");
        }
        try (Writer users = open(folder, USERS); Writer memberships = open(folder, MEMBERSHIPS);
             Writer progress = open(folder, PROGRESS); Writer grades = open(folder, GRADES);
             Writer ratings = open(folder, RATINGS)) {
            return new SyntheticCourseraExport(options).write(users, memberships, progress, grades, ratings);
        }
    }

    /**
     * Writes the export as Coursera delivers it: a zip archive whose tables sit in a folder named after the course
     * (the tables are written to a temporary folder first, then packed one after the other).
     */
    public static Counts writeZip(Options options, Path archive) throws IOException {
        Path folder = Files.createTempDirectory("coursera-export-");
        try {
            Counts counts = write(options, folder);
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(archive), 1 << 16))) {
                for (String table : counts.byTable().keySet()) {
                    zip.putNextEntry(new ZipEntry(options.courseId() + "/" + table + ".csv"));
                    Files.copy(file(folder, table), zip);
                    zip.closeEntry();
                }
            }
            return counts;
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
        }
    }

    /** The file of a table in a folder written by {@link #write(Options, Path)}. */
    public static Path file(Path folder, String table) {
        return folder.resolve(table + ".csv");
    }

    private static Writer open(Path folder, String table) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file(folder, table), StandardCharsets.UTF_8), 1 << 16);
    }

    private Counts write(Writer users, Writer memberships, Writer progress, Writer grades, Writer ratings)
            throws IOException {
        String uid = o.partner() + "_user_id";
        users.write(uid + ",user_join_ts,country_cd,region_cd,profile_language_cd,reported_or_inferred_gender,"
                + "employment_status,educational_attainment,student_status\n");
        memberships.write(uid + ",course_id,course_membership_role,course_membership_ts\n");
        progress.write("course_id,course_item_id," + uid + ",course_progress_state_type_id,course_progress_ts\n");
        grades.write("course_id," + uid + ",course_grade_ts,course_passing_state_id,course_grade_overall_passed_items,"
                + "course_grade_overall,course_grade_verified_passed_items,course_grade_verified\n");
        ratings.write("course_id," + uid + ",feedback_system,detailed_context,feedback_rating,feedback_max_rating,feedback_ts\n");

        long nUsers = 0;
        long nMemberships = 0;
        long nProgress = 0;
        long nGrades = 0;
        long nRatings = 0;
        double[] semesterWeight = new double[o.semesters()];
        double sum = 0;
        for (int k = 0; k < semesterWeight.length; k++) {
            // the launch semester draws most, later semesters settle at about two thirds of it
            semesterWeight[k] = k == 0 ? 1.0 : 0.62 + 0.25 / k;
            sum += semesterWeight[k];
        }
        String course = o.courseId();
        for (int i = 0; i < o.learners(); i++) {
            String id = userId(i);
            // when they enrol: a semester by weight, a moment within it (after the launch)
            double pick = rnd.nextDouble() * sum;
            int k = 0;
            while (k < semesterWeight.length - 1 && pick >= semesterWeight[k]) {
                pick -= semesterWeight[k];
                k++;
            }
            Instant from = o.semesterStart(k).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant to = o.semesterStart(k + 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            if (from.isBefore(launch)) {
                from = launch;
            }
            Instant enrolled = between(from, to);
            Instant joined = enrolled.minusSeconds(rnd.nextLong(3L * 365 * 24 * 3600));

            users.write(id + ',' + ts(joined) + ',' + Demographics.profile(rnd) + ',' + (rnd.nextInt(4) == 0) + '\n');
            nUsers++;

            double role = rnd.nextDouble();
            if (role < 0.04) {
                // looked at the course page only
                memberships.write(id + ',' + course + ",BROWSER," + ts(enrolled) + '\n');
                nMemberships++;
                continue;
            }
            if (role < 0.0405) {
                memberships.write(id + ',' + course + ",MENTOR," + ts(enrolled) + '\n');
                nMemberships++;
                continue;
            }
            if (k == 0 && role < 0.10) {
                // pre-enrolled before the launch, a learner from the launch on
                Instant pre = launch.minusSeconds(1 + rnd.nextLong(30L * 24 * 3600));
                memberships.write(id + ',' + course + ",PRE_ENROLLED_LEARNER," + ts(pre) + '\n');
                nMemberships++;
                enrolled = launch.plusSeconds(rnd.nextLong(3600));
            }
            memberships.write(id + ',' + course + ",LEARNER," + ts(enrolled) + '\n');
            nMemberships++;
            if (rnd.nextDouble() < 0.04) {
                // unenrols within a month (in the same semester): the role log ends NOT_ENROLLED
                Instant left = between(enrolled, min(enrolled.plusSeconds(30L * 24 * 3600), to));
                memberships.write(id + ',' + course + ",NOT_ENROLLED," + ts(left) + '\n');
                nMemberships++;
            }

            // progress: a quarter never start (half of them with a "not started" row for the first item); the
            // others drop out item by item (7 % per item)
            if (rnd.nextDouble() < 0.25) {
                if (rnd.nextBoolean()) {
                    progress.write(course + ',' + itemIds[0] + ',' + id + ",0," + ts(enrolled.plusSeconds(1)) + '\n');
                    nProgress++;
                }
                continue;
            }
            int reached = 1;
            while (reached < itemIds.length && rnd.nextDouble() < 0.93) {
                reached++;
            }
            Instant t = enrolled.plusSeconds(60 + rnd.nextLong(2L * 24 * 3600));
            int completed = 0;
            Instant ratedAt = null;
            for (int item = 0; item < reached; item++) {
                progress.write(course + ',' + itemIds[item] + ',' + id + ",1," + ts(t) + '\n');
                nProgress++;
                boolean done = item < reached - 1 || rnd.nextDouble() < 0.85;
                if (done) {
                    Instant finished = t.plusSeconds(120 + rnd.nextLong(3 * 3600));
                    progress.write(course + ',' + itemIds[item] + ',' + id + ",2," + ts(finished) + '\n');
                    nProgress++;
                    completed++;
                    t = finished;
                }
                if (item == 2) {
                    ratedAt = t;
                }
                // about a day between items, with a long tail
                t = t.plusSeconds((long) (-Math.log(1 - rnd.nextDouble()) * 20 * 3600));
            }
            boolean passed = completed == itemIds.length;
            // a few learners are in a branch that cannot be passed (Coursera's state -1)
            int passingState = passed ? (rnd.nextInt(10) < 3 ? 2 : 1) : rnd.nextInt(50) == 0 ? -1 : 0;
            double grade = passed ? 0.8 + rnd.nextDouble() * 0.2 : Math.min(0.79, completed / (double) itemIds.length
                    * (0.6 + rnd.nextDouble() * 0.4));
            int gradedItems = itemIds.length / 5;
            int passedItems = passed ? gradedItems : (int) Math.floor(grade * gradedItems);
            grades.write(course + ',' + id + ',' + ts(t) + ',' + passingState + ',' + passedItems + ','
                    + String.format(Locale.ROOT, "%.4f", grade) + ',' + (passingState == 2 ? passedItems : 0) + ','
                    + (passingState == 2 ? String.format(Locale.ROOT, "%.4f", grade) : "") + '\n');
            nGrades++;

            // Coursera asks for a rating after a few items, and again on completion
            if (ratedAt != null && rnd.nextDouble() < (passed ? 0.55 : 0.22)) {
                int stars = stars(passed);
                String context = rnd.nextInt(6) == 0 ? quote("{\"reason\":\"" + (stars >= 4 ? "clear videos, good pace"
                        : "too fast, \"week 3\" was hard") + "\"}") : "";
                ratings.write(course + ",\"" + id + "\",\"STAR\"," + context + ',' + stars + ",5," + ts(passed ? t : ratedAt)
                        + '\n');
                nRatings++;
            }
            // and two NPS questions in the same file, on 0-10: after the first week, and at the end of the course
            if (ratedAt != null && rnd.nextDouble() < 0.18) {
                ratings.write(course + ",\"" + id + "\",\"NPS_FIRST_WEEK\",," + draw(NPS_FIRST_WEEK) + ",10,"
                        + ts(ratedAt.plusSeconds(60)) + '\n');
                nRatings++;
            }
            if (passed && rnd.nextDouble() < 0.45) {
                ratings.write(course + ",\"" + id + "\",\"NPS_END_OF_COURSE\",," + draw(NPS_END_PASSED) + ",10,"
                        + ts(t.plusSeconds(120)) + '\n');
                nRatings++;
            }
        }
        return new Counts(o.learners(), nUsers, nMemberships, nProgress, nGrades, nRatings);
    }

    private String userId(int i) {
        // mix() is a bijection, so the first 16 digits are distinct for distinct learners
        return hex(mix(i ^ mix(o.seed()))) + hex(mix(i + 0x5DEECE66DL + o.seed())) + hex(mix(i * 7L + o.seed())).substring(8);
    }

    private int stars(boolean passed) {
        return draw(passed ? STARS_PASSED : STARS_NOT_PASSED) + 1;
    }

    /** A value 0..n-1 drawn from a distribution in per mille. */
    private int draw(int[] permille) {
        int r = rnd.nextInt(1000);
        for (int v = 0; v < permille.length; v++) {
            r -= permille[v];
            if (r < 0) {
                return v;
            }
        }
        return permille.length - 1;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }


    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds(rnd.nextLong(span)).plusMillis(rnd.nextInt(1000));
    }

    /** Command line: see the class comment and docs/analytics.md. */
    public static void main(String[] args) throws IOException {
        Options options = Options.defaults();
        Path out = null;
        boolean zip = false;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--out" -> out = Path.of(required(args[i], value));
                case "--zip" -> zip = true;
                case "--learners" -> options = options.learners(Integer.parseInt(required(args[i], value)));
                case "--rows" -> options = options.learners((int) Math.ceil(Long.parseLong(required(args[i], value))
                        / ROWS_PER_LEARNER));
                case "--seed" -> options = options.seed(Long.parseLong(required(args[i], value)));
                case "--first-semester" -> options = options.firstSemester(required(args[i], value));
                case "--semesters" -> options = options.semesters(Integer.parseInt(required(args[i], value)));
                case "--items" -> options = options.items(Integer.parseInt(required(args[i], value)));
                case "--partner" -> options = options.partner(required(args[i], value));
                case "--help", "-h" -> {
                    usage();
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
            if (!args[i].equals("--help") && !args[i].equals("--zip")) {
                i++;
            }
        }
        if (out == null) {
            usage();
            System.exit(2);
        }
        long started = System.nanoTime();
        Counts counts = zip ? writeZip(options, out) : write(options, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "Wrote %,d rows for %,d learners to %s in %.1f s%n", counts.total(),
                counts.learners(), out.toAbsolutePath(), seconds);
        counts.byTable().forEach((table, rows) -> System.out.printf(Locale.ROOT, "  %-24s %,12d rows%n", table + ".csv", rows));
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static void usage() {
        System.err.println("""
                Usage: java -cp analytics-service/target/classes dk.mooc.analytics.generator.SyntheticCourseraExport \\
                         --out FOLDER [--learners N | --rows N] [--seed 42] [--first-semester 2027-autumn]
                         [--semesters 4] [--items 30] [--partner partner] [--zip]
                Writes (into FOLDER, or with --zip as the zip archive FOLDER names, tables in a folder named after the
                course, as Coursera delivers them) users.csv, course_memberships.csv, course_progress.csv, course_grades.csv,
                feedback_course_ratings.csv, course_passing_states.csv and course_progress_state_types.csv
                (docs/analytics.md).""");
    }
}
