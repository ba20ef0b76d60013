package dk.mooc.production.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.production.Production;
import dk.mooc.production.Studio;
import dk.mooc.production.VideoCosts;
import dk.mooc.production.service.BookingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static dk.mooc.production.rest.ApiDocs.MOOC_ID;
import static dk.mooc.production.rest.ApiDocs.MOOC_ID_EXAMPLE;
import static dk.mooc.production.rest.ApiDocs.NOT_FOUND;
import static dk.mooc.production.rest.ApiDocs.PROBLEM;

/** HTTP only: a MOOC's studio bookings, its calendar file and its video costs (docs/production.md, "Video production"). */
@Path("/productions/{moocId}")
@Tag(name = "Video production", description = "Studio bookings, the MediaLab's confirmation and video costs")
public class VideoResource {

    @Inject
    BookingService service;

    @GET
    @Path("/bookings")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "listMoocBookings", summary = "The MOOC's bookings", description = "Roles: whoever reads "
            + "the production (an instructor only their own MOOC). Every booking, also declined and cancelled ones, in "
            + "time order. Not paged: one MOOC's bookings over its production (a few dozen).")
    @APIResponse(responseCode = "200", description = "The bookings")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public List<BookingView> list(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId) {
        Production p = service.production(moocId);
        return service.ofMooc(p).stream().map(b -> BookingView.of(b, p, service.permissions(b, p), null)).toList();
    }

    @POST
    @Path("/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "createStudioBooking", summary = "Book a studio",
            description = "Roles: the MOOC's instructor, a consultant. Start and end are whole or half hours (ISO-8601 with "
                    + "offset), in the future (at most 365 days ahead), at most 8 hours apart and within one day's "
                    + "opening hours of the studio (Copenhagen time). A free studio is CONFIRMED at once; MediaLab "
                    + "production is REQUESTED until the MediaLab confirms it, and costs DKK 350 per hour. A MediaLab "
                    + "booking that would take the MOOC's booked video cost above its budget is refused (409, with "
                    + "budgetDkk and wouldBeBookedDkk) unless the request says \"overBudget\": true.")
    @APIResponse(responseCode = "201", description = "Booked; budgetWarning tells whether the MOOC is near or over its budget",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The booking: /bookings/{id}",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "400", description = "The slot is not bookable (each field says why)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not the MOOC's instructor or a consultant",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The studio is already booked then (conflict), the booking would "
            + "exceed the video budget (conflict with budgetDkk, wouldBeBookedDkk), or the MOOC is retired",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "booked",
                    value = "{\"type\":\"urn:mooc:problem:conflict\",\"title\":\"The request conflicts with existing data\","
                            + "\"status\":409,\"detail\":\"MediaLab production is already booked at some time on Monday 1 "
                            + "March 2027, 09:00–12:00 (Copenhagen time); see the studio's calendar for free slots\","
                            + "\"studio\":\"MEDIALAB\",\"start\":\"2027-03-01T09:00+01:00\",\"end\":\"2027-03-01T12:00+01:00\"}")))
    public Response book(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId, @Valid @NotNull BookingInput input, @Context UriInfo uri) {
        BookingService.Booked booked = service.book(moocId, input.studio(), input.start(), input.end(), input.note(),
                Boolean.TRUE.equals(input.overBudget()));
        BookingView view = BookingView.of(booked.booking(), booked.production(),
                service.permissions(booked.booking(), booked.production()), booked.budgetWarning());
        return Response.created(uri.getBaseUriBuilder().path("bookings").path(view.id().toString()).build())
                .entity(view).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/bookings.ics")
    @Produces(BookingCalendar.MEDIA_TYPE)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "getMoocBookingCalendar", summary = "The MOOC's bookings as a calendar file",
            description = "Roles: whoever reads the production. iCalendar (RFC 5545): one VEVENT per REQUESTED (TENTATIVE) "
                    + "or CONFIRMED booking, times in UTC.")
    @APIResponse(responseCode = "200", description = "The calendar",
            headers = @Header(name = "Content-Disposition", description = "An attachment named video-bookings-{moocId}.ics",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING,
                    description = "An iCalendar file (RFC 5545)"), examples = @ExampleObject(name = "calendar", value = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                    + "PRODID:-//MOOC Programme Platform//Video bookings//EN\r\nBEGIN:VEVENT\r\n"
                    + "UID:booking-0b9d7a51-3c52-4f5e-9a7b-2d1e4c6f8a90\r\nDTSTAMP:20270201T101500Z\r\n"
                    + "DTSTART:20270301T080000Z\r\nDTEND:20270301T110000Z\r\n"
                    + "SUMMARY:Quantum Computing for Engineers: MediaLab production\r\nLOCATION:MediaLab production\r\n"
                    + "STATUS:TENTATIVE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public Response calendar(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId) {
        Production p = service.production(moocId);
        return Response.ok(BookingCalendar.of(p, service.activeOfMooc(p)), BookingCalendar.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"video-bookings-" + p.moocId + ".ics\"")
                .build();
    }

    @GET
    @Path("/video-costs")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "getVideoCosts", summary = "The MOOC's video costs against its budget",
            description = "Roles: whoever reads the production. planned = planned MediaLab hours × 350; booked = REQUESTED "
                    + "and CONFIRMED MediaLab bookings; confirmed = the CONFIRMED ones; remaining = budget − booked. "
                    + "warning: NEAR_LIMIT from 80 % of the budget, EXCEEDED above it; NONE without a budget.")
    @APIResponse(responseCode = "200", description = "The costs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VideoCostsView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public VideoCostsView costs(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId) {
        return VideoCostsView.of(service.costs(moocId));
    }

    @PUT
    @Path("/video-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "updateVideoPlan", summary = "Plan the MOOC's MediaLab hours",
            description = "Roles: the MOOC's instructor, a consultant. Whole or half hours; answers the video costs.")
    @APIResponse(responseCode = "200", description = "The video costs with the new plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VideoCostsView.class)))
    @APIResponse(responseCode = "403", description = "Not the MOOC's instructor or a consultant",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public VideoCostsView plan(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                               @Valid @NotNull VideoPlanInput input) {
        return VideoCostsView.of(service.plan(moocId, input.plannedHours()));
    }

    @Schema(name = "BookingInput", description = "A studio slot to book for the MOOC")
    public record BookingInput(
            @NotNull @Schema(example = "MEDIALAB", description = "The studio") Studio studio,
            @NotNull @Schema(description = "A whole or half hour, with offset", example = "2027-03-01T09:00:00+01:00")
            OffsetDateTime start,
            @NotNull @Schema(description = "A whole or half hour after start, at most 8 hours later",
                    example = "2027-03-01T12:00:00+01:00") OffsetDateTime end,
            @Size(max = 2000) @Schema(description = "What is recorded, for the studio's staff",
                    example = "Three lecture intros, green screen") String note,
            @Schema(description = "Book even if the MediaLab cost goes above the video budget", example = "false")
            Boolean overBudget) {
    }

    @Schema(name = "VideoPlanInput", description = "The MOOC's planned MediaLab hours")
    public record VideoPlanInput(
            @NotNull @DecimalMin("0") @DecimalMax("2000") @Schema(description = "MediaLab hours, whole or half", example = "12.5")
            BigDecimal plannedHours) {
    }

    @Schema(name = "VideoCosts", description = "The MOOC's video costs against its budget")
    public record VideoCostsView(
            @Schema(description = "The department's video budget; null when none was allocated", example = "35000")
            Integer budgetDkk,
            @Schema(description = "Planned MediaLab hours", example = "12.5") BigDecimal plannedHours,
            @Schema(description = "Planned hours × the MediaLab's hourly rate", example = "4375") int plannedDkk,
            @Schema(description = "REQUESTED and CONFIRMED MediaLab bookings", example = "2100") int bookedDkk,
            @Schema(description = "CONFIRMED MediaLab bookings", example = "1050") int confirmedDkk,
            @Schema(description = "budget − booked; null without a budget", example = "32900") Integer remainingDkk,
            @Schema(example = "NONE") VideoCosts.Warning warning) {
        static VideoCostsView of(VideoCosts c) {
            return new VideoCostsView(c.budgetDkk(), c.plannedHours(), c.plannedDkk(), c.bookedDkk(), c.confirmedDkk(),
                    c.remainingDkk(), c.warning());
        }
    }
}
