package dk.mooc.production.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.production.Booking;
import dk.mooc.production.Production;
import dk.mooc.production.service.BookingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP only: the MediaLab's view of the bookings it must confirm (docs/production.md, "Video production"). */
@Path("/medialab")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Video production", description = "Studio bookings, the MediaLab's confirmation and video costs")
public class MediaLabResource {

    @Inject
    BookingService service;

    @GET
    @Path("/queue")
    @RolesAllowed(Roles.MEDIALAB)
    @Operation(operationId = "listMediaLabQueue", summary = "The MediaLab's queue", description = "Role: medialab. "
            + "Requested MediaLab bookings awaiting confirmation, oldest request first. Not paged: it holds only the open "
            + "requests for the one MediaLab studio, whose slots cannot overlap.")
    @APIResponse(responseCode = "200", description = "The requests")
    @APIResponse(responseCode = "400", description = "moocId is not a UUID", content = @Content(mediaType = ApiDocs.PROBLEM))
    public List<BookingView> queue(@Parameter(description = ApiDocs.MOOC_FILTER, example = ApiDocs.MOOC_ID_EXAMPLE)
                                   @QueryParam("moocId") UUID moocId) {
        List<Booking> queue = service.queue(moocId);
        Map<UUID, Production> productions = service.productionsOf(queue.stream().map(b -> b.moocId).toList());
        return queue.stream().map(b -> {
            Production p = productions.get(b.moocId);
            return BookingView.of(b, p, service.permissions(b, p), null);
        }).toList();
    }
}
