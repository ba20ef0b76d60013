package dk.mooc.review.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.review.Assessment;
import dk.mooc.review.CriteriaSummary;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import dk.mooc.review.service.CaseWorkService;
import dk.mooc.review.service.ReviewAccess;
import dk.mooc.review.service.ReviewCaseService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP only: review cases for the steering committee. */
@Path("/review-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review cases", description = "The steering committee's review of submitted proposals")
public class ReviewCaseResource {

    @Inject
    ReviewCaseService service;

    @Inject
    CaseWorkService work;

    @Inject
    ReviewAccess access;

    @Inject
    CaseViews views;

    @Inject
    CommitteeResource roster;

    @GET
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listReviewCases", summary = "List review cases, oldest first",
            description = "Roles: committee, admin. Filter by status, e.g. OPEN, and by MOOC: moocId gives the MOOC's "
                    + "cases, one per review round (the open one, if any, is the latest).")
    @APIResponse(responseCode = "200", description = "One page of review cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewCasePage.class)))
    public PageResponse<ReviewCaseView> list(
            @Parameter(description = "Only cases in this state", example = "OPEN")
            @QueryParam("status") ReviewCaseStatus status,
            @Parameter(description = "Only the cases of this MOOC (its proposal's id)", example = ApiDocs.MOOC_ID_EXAMPLE)
            @QueryParam("moocId") UUID moocId,
            @Parameter(description = "The page, from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Cases per page (1 to 100)", example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(status, moocId, page, size).mapItems(views::of);
    }

    /** The wire form of {@code PageResponse<ReviewCaseView>} under a name of its own, for the document only. */
    @Schema(name = "ReviewCasePage", description = "One page of review cases")
    record ReviewCasePage(
            @Schema(description = "The review cases on this page", required = true) List<ReviewCaseView> items,
            @Schema(description = "The page, from 0", example = "0", required = true) int page,
            @Schema(description = "The page size asked for", example = "20", required = true) int size,
            @Schema(description = PageResponse.TOTAL, example = "42", required = true) long total,
            @Schema(description = PageResponse.TOTAL_EXACT, example = "true", required = true) boolean totalExact) {
    }

    @GET
    @Path("/overview")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getReviewOverview", summary = "The open cases ranked and comparable",
            description = "Roles: committee, admin. Best overall average first, cases without assessments last (then the "
                    + "longest waiting first). Per criterion the average, the spread (highest − lowest) and the number of "
                    + "scores; the recommendations counted. A case shows no figures (scoresHidden) where you may not see its "
                    + "scores: a conflict of interest, or you are its member and your own assessment is not in. Hidden "
                    + "figures rank as unassessed, so the order reveals nothing either. Not paginated: the ranking compares "
                    + "all open cases at once, and only the cases waiting for a decision are open (a MOOC has at most one).")
    @APIResponse(responseCode = "200", description = "The ranked open cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OverviewEntry.class)))
    public List<OverviewEntry> overview(
            @Parameter(description = "Only this MOOC's open case (an empty list when it has none)",
                    example = ApiDocs.MOOC_ID_EXAMPLE)
            @QueryParam("moocId") UUID moocId) {
        List<ReviewCase> open = service.openCases(moocId);
        List<UUID> ids = open.stream().map(c -> c.id).toList();
        Map<UUID, List<Assessment>> assessments = work.assessmentsOf(ids);
        Map<UUID, Long> members = work.memberCounts(ids);
        return open.stream()
                .map(c -> OverviewEntry.of(c, CriteriaSummary.of(assessments.getOrDefault(c.id, List.of())),
                        members.getOrDefault(c.id, 0L),
                        !access.permissions(c).contains(ReviewAccess.Permission.READ_ASSESSMENTS)))
                .sorted(OverviewEntry.RANKING)
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getReviewCase", summary = "Read one review case",
            description = "Roles: committee, admin. The proposal as submitted for this round, the members, the assessment "
                    + "summary (unless hidden from you), the decision and what you may do now. Find a MOOC's case with "
                    + "listReviewCases?moocId=.")
    @APIResponse(responseCode = "200", description = "The review case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.CASE_NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    public ReviewCaseView get(@Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE)
                              @PathParam("id") UUID id) {
        return views.of(service.getWithParts(id));
    }

    @GET
    @Path("/{id}/dossier")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getReviewCaseDossier",
            summary = "Read one review case with its assessments, discussion and the committee's roster",
            description = "Roles: committee, admin (as getReviewCase; 404 otherwise). Everything the case's page shows "
                    + "from this service in one request: the case as getReviewCase answers it; its assessments and its "
                    + "discussion as listAssessments and listDiscussionPosts answer them, each null where that operation "
                    + "would refuse you (403); and the committee's roster as listCommitteeMembers answers it, for whoever "
                    + "may assign the case's members (ASSIGN among the case's permissions), else null.")
    @APIResponse(responseCode = "200", description = "The review case and its parts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewCaseDossier.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.CASE_NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    public ReviewCaseDossier dossier(@Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE)
                                     @PathParam("id") UUID id) {
        ReviewCase.WithParts read = service.getWithParts(id);
        ReviewCase c = read.reviewCase();
        ReviewCaseView reviewCase = views.of(read);
        // the assessments and the discussion under the very checks their own operations refuse by (the caller's
        // permissions as the view computed them from the members and assessments it read); the roster only for the
        // one who assigns, as the case's page shows it only to them
        List<CaseWorkResource.AssessmentView> assessments = work.visibleAssessments(reviewCase.permissions(), read::assessments)
                .map(list -> list.stream().map(CaseWorkResource.AssessmentView::of).toList()).orElse(null);
        List<CaseWorkResource.PostView> discussion = work.readableDiscussion(c)
                .map(list -> list.stream().map(CaseWorkResource.PostView::of).toList()).orElse(null);
        List<CommitteeResource.RosterMember> committee =
                reviewCase.permissions().contains(ReviewAccess.Permission.ASSIGN) ? roster.members() : null;
        return new ReviewCaseDossier(reviewCase, assessments, discussion, committee);
    }
}
