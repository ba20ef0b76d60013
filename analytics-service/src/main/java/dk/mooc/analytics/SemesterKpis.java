package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A course's KPIs for one semester, their trend against the previous semester, and the proposal's expected
 * enrolments beside the actual figures (docs/analytics.md, "KPIs"). Plain arithmetic on counted figures, so the
 * definitions live in one place and can be checked by hand.
 */
public record SemesterKpis(
        Semester semester,
        /* whether the semester has begun by the platform's clock */
        boolean started,
        /* whether the course has any membership, progress or rating dated in the semester */
        boolean hasData,
        long enrolledLearners,
        long activeLearners,
        long passedLearners,
        /* percent of enrolled learners who passed by the semester's end, 1 decimal; null without enrolments */
        BigDecimal completionRate,
        /* STAR answers (1-5) in the semester */
        long ratings,
        /* their mean, 2 decimals; null without star ratings */
        BigDecimal averageRating,
        /* the end-of-course NPS (as npsEndOfCourse): its promoters (9-10), passives (7-8), detractors (0-6) */
        long promoters,
        long passives,
        long detractors,
        /* % promoters - % detractors of the end-of-course NPS answers, -100..100, 1 decimal; null without answers */
        BigDecimal nps,
        NetPromoterScore npsFirstWeek,
        NetPromoterScore npsEndOfCourse,
        List<CountryShare> countries,
        Expected expected,
        Semester previousSemester,
        Trend trend) {

    /** Answers to one NPS question (0-10): all, promoters (9-10) and detractors (0-6). */
    public record NpsCounts(long answers, long promoters, long detractors) {

        static NpsCounts none() {
            return new NpsCounts(0, 0, 0);
        }

        Double nps() {
            return answers == 0 ? null : 100.0 * (promoters - detractors) / answers;
        }
    }

    /** One NPS question's result in a semester: the answers by group and the score (null without answers). */
    @Schema(name = "NetPromoterScore", description = "The answers to one NPS question (0-10) and its score")
    public record NetPromoterScore(
            @Schema(description = "Answers to the question in the semester", example = "310") long answers,
            @Schema(description = "Answers of 9 or 10", example = "212") long promoters,
            @Schema(description = "Answers of 7 or 8", example = "61") long passives,
            @Schema(description = "Answers of 0 to 6", example = "37") long detractors,
            @Schema(description = "Net promoter score: % promoters - % detractors (-100..100), 1 decimal; null "
                    + "without answers", example = "56.5") BigDecimal nps) {

        static NetPromoterScore of(NpsCounts c) {
            return new NetPromoterScore(c.answers(), c.promoters(), c.answers() - c.promoters() - c.detractors(),
                    c.detractors(), round(c.nps(), 1));
        }
    }

    /** The raw counts of one semester, as the database counts them. */
    public record Figures(boolean hasData, long enrolled, long active, long passed, long ratings, long ratingSum,
                          NpsCounts firstWeek, NpsCounts endOfCourse, Map<String, Long> learnersByCountry,
                          long enrolledToDate) {

        public static Figures none() {
            return new Figures(false, 0, 0, 0, 0, 0, NpsCounts.none(), NpsCounts.none(), Map.of(), 0);
        }

        /** Exact completion share in percent, or null. */
        Double completion() {
            return enrolled == 0 ? null : 100.0 * passed / enrolled;
        }

        Double average() {
            return ratings == 0 ? null : (double) ratingSum / ratings;
        }

        Double nps() {
            return endOfCourse.nps();
        }
    }

    /** Learners of the semester by country: the top N, then OTHER (the rest) and UNKNOWN (no country). */
    @Schema(name = "CountryShare", description = "Enrolled learners from one country (ISO 3166 code), or OTHER (the "
            + "rest) or UNKNOWN (no country)")
    public record CountryShare(@Schema(description = "ISO 3166-1 alpha-2 country code, or OTHER for the countries beyond the top N, or UNKNOWN for learners without a country", example = "DK") String country,
                               @Schema(description = "Learners enrolled in the semester from that country", example = "3") long learners,
                               @Schema(description = "Share of the semester's enrolled learners in percent, 1 decimal",
                                       example = "50.0") BigDecimal share) {
    }

    /** The proposal's expectation beside the actual enrolments. */
    @Schema(name = "ExpectedEnrolments", description = "The proposal's expected enrolments beside the learners "
            + "enrolled since the launch")
    public record Expected(@Schema(description = "The proposal's expected enrolments", example = "5000")
                           Integer expectedEnrolments,
                           @Schema(description = "The semester the proposal planned the launch for, YYYY-spring or "
                                   + "YYYY-autumn; null when the proposal named none", example = "2027-autumn")
                           String plannedLaunchSemester,
                           @Schema(description = "The semester the course went live in (of its launch day), "
                                   + "YYYY-spring or YYYY-autumn", example = "2027-autumn") String launchSemester,
                           @Schema(description = "Learners enrolled since the launch", example = "10") long enrolledToDate,
                           @Schema(description = "enrolledToDate / expectedEnrolments in percent; null without an "
                                   + "expectation", example = "0.2") BigDecimal shareOfExpected) {
    }

    /** One KPI against the previous semester: its value then, the change, and the change in percent of it. */
    @Schema(name = "KpiChange", description = "One KPI against the previous semester: its value then, the change, the "
            + "change in percent")
    public record Change(@Schema(description = "The value in the previous semester; null when it has none", example = "5")
                         BigDecimal previous,
                         @Schema(description = "This semester's value minus that; null when either is missing",
                                 example = "1") BigDecimal change,
                         @Schema(description = "The change in percent of the previous value; null when that is 0 or missing",
                                 example = "20.0") BigDecimal relativeChange) {
    }

    @Schema(name = "KpiTrend", description = "Each KPI against the previous semester")
    public record Trend(Change enrolledLearners, Change activeLearners, Change completionRate, Change averageRating,
                        Change nps) {
    }

    public static final String OTHER = "OTHER";
    public static final String UNKNOWN = "UNKNOWN";

    public static SemesterKpis of(LaunchedCourse course, Semester semester, LocalDate today, Figures now, Figures before,
                                  int topCountries) {
        NetPromoterScore endOfCourse = NetPromoterScore.of(now.endOfCourse);
        Expected expected = new Expected(course.expectedEnrolments, course.plannedLaunchSemester,
                course.launchSemester().toString(), now.enrolledToDate,
                course.expectedEnrolments == null || course.expectedEnrolments == 0 ? null
                        : round(100.0 * now.enrolledToDate / course.expectedEnrolments, 1));
        Trend trend = new Trend(
                change((double) now.enrolled, (double) before.enrolled, 0),
                change((double) now.active, (double) before.active, 0),
                change(now.completion(), before.completion(), 1),
                change(now.average(), before.average(), 2),
                change(now.nps(), before.nps(), 1));
        return new SemesterKpis(semester, semester.hasStarted(today), now.hasData, now.enrolled, now.active, now.passed,
                round(now.completion(), 1), now.ratings, round(now.average(), 2), endOfCourse.promoters(),
                endOfCourse.passives(), endOfCourse.detractors(), endOfCourse.nps(), NetPromoterScore.of(now.firstWeek),
                endOfCourse, countries(now.learnersByCountry, topCountries), expected, semester.previous(), trend);
    }

    static List<CountryShare> countries(Map<String, Long> byCountry, int top) {
        long total = byCountry.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> known = byCountry.entrySet().stream()
                .filter(e -> e.getKey() != null && !e.getKey().equals(UNKNOWN))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<CountryShare> shares = new ArrayList<>();
        long other = 0;
        for (int i = 0; i < known.size(); i++) {
            if (i < top) {
                shares.add(share(known.get(i).getKey(), known.get(i).getValue(), total));
            } else {
                other += known.get(i).getValue();
            }
        }
        if (other > 0) {
            shares.add(share(OTHER, other, total));
        }
        // (immutable maps refuse a null key even to look it up)
        long unknown = byCountry.entrySet().stream().filter(e -> e.getKey() == null || e.getKey().equals(UNKNOWN))
                .mapToLong(Map.Entry::getValue).sum();
        if (unknown > 0) {
            shares.add(share(UNKNOWN, unknown, total));
        }
        return shares;
    }

    private static CountryShare share(String country, long learners, long total) {
        return new CountryShare(country, learners, round(100.0 * learners / total, 1));
    }

    private static Change change(Double now, Double before, int scale) {
        if (before == null) {
            return new Change(null, null, null);
        }
        BigDecimal previous = round(before, scale);
        if (now == null) {
            return new Change(previous, null, null);
        }
        double diff = now - before;
        return new Change(previous, round(diff, scale), before == 0 ? null : round(100.0 * diff / Math.abs(before), 1));
    }

    static BigDecimal round(Double v, int scale) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }
}
