package dk.mooc.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;

/**
 * The assessments of one case summed up: per criterion the average and the spread (highest − lowest), the
 * overall average (of the criterion averages), and the recommendations counted.
 */
@Schema(name = "CriteriaSummary", description = "A case's assessments summed up")
public record CriteriaSummary(
        @Schema(description = "Per criterion: the average, the spread and the number of scores") List<CriterionFigures> criteria,
        @Schema(description = "The average of the criterion averages; null without scores", example = "4.17") Double average,
        @Schema(description = "How many members recommend APPROVE, REVISE and REJECT",
                example = "{\"APPROVE\": 2, \"REVISE\": 1, \"REJECT\": 0}") Map<Recommendation, Integer> recommendations,
        @Schema(description = "How many assessments were given", example = "3") int assessments) {

    @Schema(name = "CriterionFigures", description = "One criterion's scores summed up")
    public record CriterionFigures(
            @Schema(description = "The criterion", example = "TOPIC") Criterion criterion,
            @Schema(description = "The average score (1-5), two decimals; null without scores", example = "4.33") Double average,
            @Schema(description = "The highest score minus the lowest; null without scores", example = "1") Integer spread,
            @Schema(description = "How many scores were given", example = "3") int count) {
    }

    public static CriteriaSummary of(List<Assessment> assessments) {
        List<CriterionFigures> figures = new ArrayList<>();
        double sum = 0;
        int withScores = 0;
        for (Criterion c : Criterion.values()) {
            IntSummaryStatistics stats = assessments.stream().map(a -> a.scoreFor(c)).filter(s -> s != null)
                    .mapToInt(Integer::intValue).summaryStatistics();
            if (stats.getCount() == 0) {
                figures.add(new CriterionFigures(c, null, null, 0));
            } else {
                double avg = round(stats.getAverage());
                figures.add(new CriterionFigures(c, avg, stats.getMax() - stats.getMin(), (int) stats.getCount()));
                sum += avg;
                withScores++;
            }
        }
        Map<Recommendation, Integer> counts = new EnumMap<>(Recommendation.class);
        for (Recommendation r : Recommendation.values()) {
            counts.put(r, (int) assessments.stream().filter(a -> a.recommendation == r).count());
        }
        return new CriteriaSummary(figures, withScores == 0 ? null : round(sum / withScores), counts, assessments.size());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
