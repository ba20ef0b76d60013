package dk.mooc.review.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A review case with the parts that have resources of their own (GET /review-cases/{id}/dossier): the case's page reads
 * them in one request instead of one per part. Each part is exactly what its own resource answers the same caller; a
 * part the caller may not read is null, never filled.
 */
@Schema(name = "ReviewCaseDossier", description = "A review case with its assessments, its discussion and, for whoever "
        + "assigns its members, the committee's roster, each as its own operation answers it")
public record ReviewCaseDossier(
        @Schema(description = "As getReviewCase answers it", required = true) ReviewCaseView reviewCase,
        @Schema(description = "As listAssessments answers it, or null where that would be refused (403): a conflict of "
                + "interest, or a member whose own assessment is not in", required = true, nullable = true)
        List<CaseWorkResource.AssessmentView> assessments,
        @Schema(description = "As listDiscussionPosts answers it, or null where that would be refused (403): a conflict "
                + "of interest, or neither a member of the case nor its deciding chair", required = true, nullable = true)
        List<CaseWorkResource.PostView> discussion,
        @Schema(description = "As listCommitteeMembers answers it, for whoever may assign the case's members (its "
                + "permissions include ASSIGN); else null", required = true, nullable = true)
        List<CommitteeResource.RosterMember> committee) {
}
