package dk.mooc.production.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.production.Production;
import dk.mooc.production.service.ProductionService;
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
        return service.list(page, size).map(ProductionView::of);
    }

    @GET
    @Path("/{moocId}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(summary = "Read one production", description = "Roles: as for the list; an instructor only their own.")
    @APIResponse(responseCode = "200", description = "The production")
    @APIResponse(responseCode = "404", description = "No such production, or not visible to you",
            content = @Content(mediaType = "application/problem+json"))
    public ProductionView get(@PathParam("moocId") UUID moocId) {
        return ProductionView.of(service.get(moocId));
    }
}
