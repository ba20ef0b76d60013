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
@Schema(name = "ReviewOverviewEntry", description = "One open case in the committee's ranked overview")
public record OverviewEntry(@Schema(description = "The review case's id", example = ApiDocs.CASE_ID_EXAMPLE) UUID caseId,
                            @Schema(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE) UUID moocId,
                            @Schema(description = "The proposal's title", example = "Quantum Computing for Engineers") String title,
                            @Schema(description = "The applicant's department", example = "Compute") String department,
                            @Schema(description = "The review round", example = "1") int round,
                            @Schema(description = "Days since the case opened", example = "12") long daysWaiting,
                            @Schema(description = "How many members are on the case", example = "3") long members,
                            @Schema(description = "How many assessments are in", example = "2") int assessments,
                            @Schema(description = "The overall average; null when unassessed or hidden", example = "4.17")
                            Double average,
                            @Schema(description = "Per criterion the average, spread and count; empty when hidden")
                            List<CriteriaSummary.CriterionFigures> criteria,
                            @Schema(description = "The recommendations counted; empty when hidden",
                                    example = "{\"APPROVE\": 2, \"REVISE\": 0, \"REJECT\": 0}")
                            Map<Recommendation, Integer> recommendations,
                            @Schema(description = "The figures are hidden from you: a conflict of interest, or your own "
                                    + "assessment is not in", example = "false") boolean scoresHidden) {

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
