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
import org.eclipse.microprofile.openapi.annotations.media.Content;
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

    @GET
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "List review cases, oldest first",
            description = "Roles: committee, admin. Filter by status, e.g. OPEN.")
    @APIResponse(responseCode = "200", description = "One page of review cases")
    public PageResponse<ReviewCaseView> list(
            @QueryParam("status") ReviewCaseStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(status, page, size).map(views::of);
    }

    @GET
    @Path("/overview")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The open cases ranked and comparable",
            description = "Roles: committee, admin. Best overall average first, cases without assessments last (then the "
                    + "longest waiting first). Per criterion the average, the spread (highest − lowest) and the number of "
                    + "scores; the recommendations counted. A case shows no figures (scoresHidden) where you may not see its "
                    + "scores: a conflict of interest, or you are its member and your own assessment is not in. Hidden "
                    + "figures rank as unassessed, so the order reveals nothing either.")
    @APIResponse(responseCode = "200", description = "The ranked open cases")
    public List<OverviewEntry> overview() {
        List<ReviewCase> open = service.openCases();
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
    @Operation(summary = "Read one review case", description = "Roles: committee, admin.")
    @APIResponse(responseCode = "200", description = "The review case")
    @APIResponse(responseCode = "404", description = "No such review case",
            content = @Content(mediaType = "application/problem+json"))
    public ReviewCaseView get(@PathParam("id") UUID id) {
        return views.of(service.get(id));
    }
}
