package dk.mooc.analytics.rest;

import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.SemesterKpis;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A course's KPIs for one semester (definitions: docs/analytics.md, "KPIs"). */
@Schema(name = "SemesterKpis")
public record KpiView(
        @Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(description = "The course's title", example = "Quantum Computing for Engineers") String title,
        @Schema(description = "The semester the figures are of, " + ApiDocs.SEMESTER + "; boundaries at midnight UTC, "
                + "the time zone of Coursera's exports", example = "2028-spring") String semester,
        @Schema(example = "2028-01-01") LocalDate from,
        @Schema(example = "2028-06-30") LocalDate to,
        @Schema(example = "true", description = "Whether the semester has begun (its first day is not after today, by the"
                + " platform's clock); false for a launch semester still ahead")
        boolean started,
        @Schema(example = "true", description = "Whether the course has any membership, progress or rating dated in the"
                + " semester (a grade counts for the semester of its enrolment); false, with zero figures, when nothing has been imported for it (\"no data yet\")")
        boolean hasData,
        @Schema(example = "1840", description = "Learners whose LEARNER membership started in the semester")
        long enrolledLearners,
        @Schema(example = "1210", description = "Learners with any progress (item started or completed) in the semester")
        long activeLearners,
        @Schema(example = "150", description = "Enrolled learners of the semester who passed by its end")
        long passedLearners,
        @Schema(example = "8.2", description = "passed / enrolled in percent, 1 decimal; null without enrolments",
                nullable = true)
        BigDecimal completionRate,
        @Schema(example = "310", description = "Answers of feedback_system STAR (1-5 stars) in the semester") long ratings,
        @Schema(example = "4.41", description = "Average of the STAR answers, 2 decimals; null without them", nullable = true)
        BigDecimal averageRating,
        @Schema(example = "212", description = "End-of-course NPS: answers of 9 or 10 (NPS_END_OF_COURSE, 0-10)") long promoters,
        @Schema(example = "61", description = "End-of-course NPS: answers of 7 or 8") long passives,
        @Schema(example = "37", description = "End-of-course NPS: answers of 0 to 6") long detractors,
        @Schema(example = "56.5", description = "End-of-course net promoter score: % promoters - % detractors (-100..100);"
                + " null without NPS_END_OF_COURSE answers", nullable = true) BigDecimal nps,
        @Schema(description = "The first-week NPS question (NPS_FIRST_WEEK, 0-10)") SemesterKpis.NetPromoterScore npsFirstWeek,
        @Schema(description = "The end-of-course NPS question (NPS_END_OF_COURSE, 0-10)") SemesterKpis.NetPromoterScore npsEndOfCourse,
        @Schema(description = "Which answers each KPI is computed from") Map<String, String> sources,
        @Schema(description = "Enrolled learners of the semester by country: the top N, OTHER, UNKNOWN")
        List<SemesterKpis.CountryShare> countries,
        @Schema(description = "The proposal's expected enrolments beside the learners enrolled since the launch")
        SemesterKpis.Expected expected,
        @Schema(description = "The semester the trend compares with, the one before", example = "2027-autumn")
        String previousSemester,
        @Schema(description = "Each KPI against the previous semester: its value then, the change, the change in percent")
        SemesterKpis.Trend trend) {

    /** Where each KPI comes from (docs/analytics.md, "KPIs"), in the order of the fields. */
    static final Map<String, String> SOURCES = kpiSources();

    private static Map<String, String> kpiSources() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("enrolledLearners", "course_memberships: LEARNER in the semester, last role in it not NOT_ENROLLED");
        m.put("activeLearners", "course_progress: any state but \"not started\" in the semester");
        m.put("passedLearners", "course_grades: a passed state of course_passing_states, reached after the enrolment and by the semester's end");
        m.put("averageRating", "feedback_course_ratings: feedback_system STAR (1-5)");
        m.put("nps", "feedback_course_ratings: feedback_system NPS_END_OF_COURSE (0-10)");
        m.put("npsFirstWeek", "feedback_course_ratings: feedback_system NPS_FIRST_WEEK (0-10)");
        m.put("npsEndOfCourse", "feedback_course_ratings: feedback_system NPS_END_OF_COURSE (0-10)");
        m.put("countries", "users: country_cd of the enrolled learners");
        return java.util.Collections.unmodifiableMap(m);
    }

    static KpiView of(LaunchedCourse c, SemesterKpis k) {
        return new KpiView(c.moocId, c.title, k.semester().toString(), k.semester().firstDay(), k.semester().lastDay(),
                k.started(), k.hasData(),
                k.enrolledLearners(), k.activeLearners(), k.passedLearners(), k.completionRate(), k.ratings(),
                k.averageRating(), k.promoters(), k.passives(), k.detractors(), k.nps(), k.npsFirstWeek(),
                k.npsEndOfCourse(), SOURCES, k.countries(), k.expected(),
                k.previousSemester().toString(), k.trend());
    }
}
