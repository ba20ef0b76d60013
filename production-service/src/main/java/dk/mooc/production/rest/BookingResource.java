package dk.mooc.production.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.production.service.BookingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static dk.mooc.production.rest.ApiDocs.BOOKING_ID;
import static dk.mooc.production.rest.ApiDocs.BOOKING_ID_EXAMPLE;
import static dk.mooc.production.rest.ApiDocs.PROBLEM;

/** HTTP only: what happens to a booking after it was made (docs/production.md, "Video production"). */
@Path("/bookings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Video production", description = "Studio bookings, the MediaLab's confirmation and video costs")
public class BookingResource {

    @Inject
    BookingService service;

    @POST
    @Path("/cancel")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB})
    @Operation(operationId = "cancelStudioBooking", summary = "Cancel a booking", description = "Roles: the MOOC's "
            + "instructor, a consultant, medialab. A REQUESTED or CONFIRMED booking that has not begun; the slot is free "
            + "again. The MediaLab hears of a cancelled MediaLab booking; the instructor hears when the MediaLab cancels.")
    @APIResponse(responseCode = "200", description = "The cancelled booking")
    @APIResponse(responseCode = "404", description = "No such booking, or not visible to you",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already declined or cancelled, or it has begun (illegal-transition)",
            content = @Content(mediaType = PROBLEM))
    public BookingView cancel(@Parameter(description = BOOKING_ID, example = BOOKING_ID_EXAMPLE) @PathParam("id") UUID id) {
        return view(service.cancel(id));
    }

    @POST
    @Path("/confirm")
    @RolesAllowed(Roles.MEDIALAB)
    @Operation(operationId = "confirmStudioBooking", summary = "Confirm a requested booking",
            description = "Role: medialab. The instructor is e-mailed.")
    @APIResponse(responseCode = "200", description = "The confirmed booking")
    @APIResponse(responseCode = "404", description = "No such booking", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not REQUESTED, or it has begun (illegal-transition)",
            content = @Content(mediaType = PROBLEM))
    public BookingView confirm(@Parameter(description = BOOKING_ID, example = BOOKING_ID_EXAMPLE) @PathParam("id") UUID id) {
        return view(service.confirm(id));
    }

    @POST
    @Path("/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEDIALAB)
    @Operation(operationId = "declineStudioBooking", summary = "Decline a requested booking", description = "Role: "
            + "medialab. A reason is required; the instructor is e-mailed with it and the slot is free again.")
    @APIResponse(responseCode = "200", description = "The declined booking")
    @APIResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such booking", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not REQUESTED (illegal-transition)",
            content = @Content(mediaType = PROBLEM))
    public BookingView decline(@Parameter(description = BOOKING_ID, example = BOOKING_ID_EXAMPLE) @PathParam("id") UUID id,
                               @Valid @NotNull DeclineInput input) {
        return view(service.decline(id, input.reason()));
    }

    private BookingView view(BookingService.Booked b) {
        return BookingView.of(b.booking(), b.production(), service.permissions(b.booking(), b.production()), null);
    }

    @Schema(name = "DeclineInput", description = "Why the MediaLab declines the booking")
    public record DeclineInput(@NotBlank @Size(max = 2000)
                               @Schema(description = "The reason; the instructor is e-mailed with it", example = "The studio is closed for maintenance that week; 8 March is free.")
                               String reason) {
    }
}
