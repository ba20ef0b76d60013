package dk.mooc.production.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.platform.web.Versions;
import dk.mooc.production.Milestone;
import dk.mooc.production.Production;
import dk.mooc.production.service.ProductionService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

import java.time.LocalDate;
import java.util.UUID;

/** HTTP only: productions of approved MOOCs. */
@Path("/productions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Productions", description = "Approved MOOCs on their way to launch")
public class ProductionResource {

    @Inject
    ProductionService service;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(summary = "List productions, newest first",
            description = "Roles: instructor (own MOOCs), consultant, medialab, board, admin (all).")
    @APIResponse(responseCode = "200", description = "One page of productions")
    public PageResponse<ProductionView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(page, size).map(p -> ProductionView.of(p, null));
    }

    @GET
    @Path("/{moocId}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(summary = "Read one production", description = "Roles: as for the list; an instructor only their own.")
    @APIResponse(responseCode = "200", description = "The production")
    @APIResponse(responseCode = "404", description = "No such production, or not visible to you",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("moocId") UUID moocId) {
        return view(service.get(moocId));
    }

    @PUT
    @Path("/{moocId}/milestones/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Move a milestone or change its status",
            description = "Roles: the MOOC's instructor, a consultant. Send If-Match with the production's ETag. When a "
                    + "milestone moves later, the milestones after it that would start before it is done get a proposed "
                    + "new due date (proposedDueDate) to accept or override.")
    @APIResponse(responseCode = "200", description = "The production with its plan")
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = "application/problem+json"))
    public Response changeMilestone(@PathParam("moocId") UUID moocId, @PathParam("key") String key,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull MilestoneChange change) {
        return view(service.changeMilestone(moocId, Versions.requireIfMatch(ifMatch), key, change.dueDate(), change.status()));
    }

    @POST
    @Path("/{moocId}/plan/accept-proposals")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Accept every proposed due date", description = "Roles: the MOOC's instructor, a consultant. If-Match required.")
    public Response acceptProposals(@PathParam("moocId") UUID moocId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(service.acceptProposals(moocId, Versions.requireIfMatch(ifMatch)));
    }

    @POST
    @Path("/{moocId}/plan/agree")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Record the plan as agreed",
            description = "Roles: the MOOC's instructor, a consultant. The first agreed plan is the baseline that slips are "
                    + "measured against; the production moves to IN_PRODUCTION. If-Match required.")
    public Response agree(@PathParam("moocId") UUID moocId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(service.agreePlan(moocId, Versions.requireIfMatch(ifMatch)));
    }

    /** A new due date and/or status for a milestone. */
    @Schema(name = "MilestoneChange")
    public record MilestoneChange(@Schema(example = "2027-04-15") LocalDate dueDate,
                                  @Schema(example = "DONE") Milestone.Status status) {
    }

    private Response view(Production p) {
        return Response.ok(ProductionView.of(p, service.milestones(p))).tag(Versions.etag(p.version)).build();
    }
}
