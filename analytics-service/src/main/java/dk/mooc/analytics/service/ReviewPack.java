package dk.mooc.analytics.service;

import dk.mooc.analytics.CourseEvaluation;
import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.ReviewAction;
import dk.mooc.analytics.SemesterKpis;
import dk.mooc.analytics.SemesterReview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Set;

/**
 * What the study board reviews for one MOOC and semester: the course, its KPIs with the trend, the course evaluation,
 * the previous review with its actions (the open ones are what the board asked for and is not done yet), and what
 * the caller may do.
 */
public record ReviewPack(SemesterReview review, LaunchedCourse course, SemesterKpis kpis, CourseEvaluation evaluation,
                         List<ReviewAction> actions, SemesterReview previous, List<ReviewAction> previousActions,
                         Set<Permission> permissions) {

    @Schema(name = "SemesterReviewPermission", description = "What the caller may do with the review now")
    public enum Permission { DECIDE, UPDATE_ACTIONS }

    public List<ReviewAction> openActions() {
        return previousActions.stream().filter(a -> a.status == ReviewAction.Status.OPEN).toList();
    }
}
