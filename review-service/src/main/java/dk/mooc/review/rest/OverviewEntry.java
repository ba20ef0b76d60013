package dk.mooc.review.rest;

import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.CriteriaSummary;
import dk.mooc.review.Recommendation;
import dk.mooc.review.ReviewCase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One open case in the committee's ranked overview. */
@Schema(name = "ReviewOverviewEntry")
public record OverviewEntry(UUID caseId, UUID moocId, @Schema(example = "Quantum Computing for Engineers") String title,
                            @Schema(example = "Compute") String department, int round,
                            @Schema(example = "12") long daysWaiting, long members, int assessments,
                            @Schema(example = "4.17") Double average, List<CriteriaSummary.CriterionFigures> criteria,
                            Map<Recommendation, Integer> recommendations,
                            @Schema(description = "The figures are hidden from you: a conflict of interest, or your own assessment is not in") boolean scoresHidden) {

    /** Best average first; unassessed (or hidden) last; then the longest waiting first. */
    static final Comparator<OverviewEntry> RANKING = Comparator
            .comparing((OverviewEntry e) -> e.average() == null)
            .thenComparing(e -> e.average() == null ? 0 : -e.average())
            .thenComparing(e -> -e.daysWaiting());

    static OverviewEntry of(ReviewCase c, CriteriaSummary s, long members, boolean hidden) {
        long days = Math.max(0, Duration.between(c.openedAt, Timestamps.now()).toDays());
        return new OverviewEntry(c.id, c.moocId, c.proposalTitle, c.department, c.round, days, members,
                s.assessments(), hidden ? null : s.average(), hidden ? List.of() : s.criteria(),
                hidden ? Map.of() : s.recommendations(), hidden);
    }
}
