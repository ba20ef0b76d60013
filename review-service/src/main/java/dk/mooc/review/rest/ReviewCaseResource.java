package dk.mooc.review.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
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

import java.util.UUID;

/** HTTP only: review cases for the steering committee. */
@Path("/review-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review cases", description = "The steering committee's review of submitted proposals")
public class ReviewCaseResource {

    @Inject
    ReviewCaseService service;

    @GET
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "List review cases, oldest first",
            description = "Roles: committee, admin. Filter by status, e.g. OPEN.")
    @APIResponse(responseCode = "200", description = "One page of review cases")
    public PageResponse<ReviewCaseView> list(
            @QueryParam("status") ReviewCaseStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(status, page, size).map(ReviewCaseView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "Read one review case", description = "Roles: committee, admin.")
    @APIResponse(responseCode = "200", description = "The review case")
    @APIResponse(responseCode = "404", description = "No such review case",
            content = @Content(mediaType = "application/problem+json"))
    public ReviewCaseView get(@PathParam("id") UUID id) {
        return ReviewCaseView.of(service.get(id));
    }
}
