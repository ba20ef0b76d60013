package dk.mooc.analytics.rest;

import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.SemesterKpis;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A course's KPIs for one semester (definitions: docs/analytics.md, "KPIs"). */
@Schema(name = "SemesterKpis")
public record KpiView(
        @Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(example = "Quantum Computing for Engineers") String title,
        @Schema(example = "2028-spring") String semester,
        @Schema(example = "2028-01-01") LocalDate from,
        @Schema(example = "2028-06-30") LocalDate to,
        @Schema(example = "1840", description = "Learners whose LEARNER membership started in the semester")
        long enrolledLearners,
        @Schema(example = "1210", description = "Learners with any progress (item started or completed) in the semester")
        long activeLearners,
        @Schema(example = "150", description = "Enrolled learners of the semester who passed by its end")
        long passedLearners,
        @Schema(example = "8.2", description = "passed / enrolled in percent, 1 decimal; null without enrolments")
        BigDecimal completionRate,
        @Schema(example = "310", description = "Star ratings given in the semester") long ratings,
        @Schema(example = "4.41", description = "Average stars (1-5), 2 decimals; null without ratings") BigDecimal averageRating,
        @Schema(example = "212", description = "5-star ratings") long promoters,
        @Schema(example = "61", description = "4-star ratings") long passives,
        @Schema(example = "37", description = "1- to 3-star ratings") long detractors,
        @Schema(example = "56.5", description = "Net promoter score: % promoters - % detractors (-100..100); null without ratings")
        BigDecimal nps,
        @Schema(description = "Enrolled learners of the semester by country: the top N, OTHER, UNKNOWN")
        List<SemesterKpis.CountryShare> countries,
        @Schema(description = "The proposal's expected enrolments beside the learners enrolled since the launch")
        SemesterKpis.Expected expected,
        @Schema(example = "2027-autumn") String previousSemester,
        @Schema(description = "Each KPI against the previous semester: its value then, the change, the change in percent")
        SemesterKpis.Trend trend) {

    static KpiView of(LaunchedCourse c, SemesterKpis k) {
        return new KpiView(c.moocId, c.title, k.semester().toString(), k.semester().firstDay(), k.semester().lastDay(),
                k.enrolledLearners(), k.activeLearners(), k.passedLearners(), k.completionRate(), k.ratings(),
                k.averageRating(), k.promoters(), k.passives(), k.detractors(), k.nps(), k.countries(), k.expected(),
                k.previousSemester().toString(), k.trend());
    }
}
