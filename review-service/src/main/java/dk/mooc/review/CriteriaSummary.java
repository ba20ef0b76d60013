package dk.mooc.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;

/**
 * The assessments of one case summed up: per criterion the average and the spread (highest − lowest), the
 * overall average (of the criterion averages), and the recommendations counted.
 */
public record CriteriaSummary(List<CriterionFigures> criteria, Double average, Map<Recommendation, Integer> recommendations,
                              int assessments) {

    public record CriterionFigures(Criterion criterion, Double average, Integer spread, int count) {
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
