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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** HTTP only: a MOOC's studio bookings, its calendar file and its video costs (docs/production.md, "Video production"). */
@Path("/productions/{moocId}")
@Tag(name = "Video production", description = "Studio bookings, the MediaLab's confirmation and video costs")
@APIResponse(responseCode = "404", description = "No such production, or not visible to you",
        content = @Content(mediaType = "application/problem+json"))
public class VideoResource {

    @Inject
    BookingService service;

    @GET
    @Path("/bookings")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(summary = "The MOOC's bookings", description = "Roles: whoever reads the production (an instructor only "
            + "their own MOOC). Every booking, also declined and cancelled ones, in time order.")
    @APIResponse(responseCode = "200", description = "The bookings")
    public List<BookingView> list(@PathParam("moocId") UUID moocId) {
        Production p = service.production(moocId);
        return service.ofMooc(p).stream().map(b -> BookingView.of(b, p, service.permissions(b, p), null)).toList();
    }

    @POST
    @Path("/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Book a studio",
            description = "Roles: the MOOC's instructor, a consultant. Start and end are whole or half hours (ISO-8601 with "
                    + "offset), in the future (at most 365 days ahead), at most 8 hours apart and within one day's "
                    + "opening hours of the studio (Copenhagen time). A free studio is CONFIRMED at once; MediaLab "
                    + "production is REQUESTED until the MediaLab confirms it, and costs DKK 350 per hour. A MediaLab "
                    + "booking that would take the MOOC's booked video cost above its budget is refused (409, with "
                    + "budgetDkk and wouldBeBookedDkk) unless the request says \"overBudget\": true.")
    @APIResponse(responseCode = "201", description = "Booked; budgetWarning tells whether the MOOC is near or over its budget",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "400", description = "The slot is not bookable (each field says why)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not the MOOC's instructor or a consultant",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The studio is already booked then (conflict), or the booking would "
            + "exceed the video budget (conflict with budgetDkk, wouldBeBookedDkk)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "booked",
                    value = "{\"type\":\"urn:mooc:problem:conflict\",\"title\":\"The request conflicts with existing data\","
                            + "\"status\":409,\"detail\":\"MediaLab production is already booked at some time on Monday 1 "
                            + "March 2027, 09:00–12:00 (Copenhagen time); see the studio's calendar for free slots\","
                            + "\"studio\":\"MEDIALAB\",\"start\":\"2027-03-01T09:00+01:00\",\"end\":\"2027-03-01T12:00+01:00\"}")))
    public Response book(@PathParam("moocId") UUID moocId, @Valid @NotNull BookingInput input, @Context UriInfo uri) {
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
    @Operation(summary = "The MOOC's bookings as a calendar file",
            description = "Roles: whoever reads the production. iCalendar (RFC 5545): one VEVENT per REQUESTED (TENTATIVE) "
                    + "or CONFIRMED booking, times in UTC.")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = "text/calendar",
            examples = @ExampleObject(name = "calendar", value = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                    + "PRODID:-//MOOC Programme Platform//Video bookings//EN\r\nBEGIN:VEVENT\r\n"
                    + "UID:booking-0b9d7a51-3c52-4f5e-9a7b-2d1e4c6f8a90\r\nDTSTAMP:20270201T101500Z\r\n"
                    + "DTSTART:20270301T080000Z\r\nDTEND:20270301T110000Z\r\n"
                    + "SUMMARY:Quantum Computing for Engineers: MediaLab production\r\nLOCATION:MediaLab production\r\n"
                    + "STATUS:TENTATIVE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")))
    public Response calendar(@PathParam("moocId") UUID moocId) {
        Production p = service.production(moocId);
        return Response.ok(BookingCalendar.of(p, service.activeOfMooc(p)), BookingCalendar.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"video-bookings-" + p.moocId + ".ics\"")
                .build();
    }

    @GET
    @Path("/video-costs")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(summary = "The MOOC's video costs against its budget",
            description = "Roles: whoever reads the production. planned = planned MediaLab hours × 350; booked = REQUESTED "
                    + "and CONFIRMED MediaLab bookings; confirmed = the CONFIRMED ones; remaining = budget − booked. "
                    + "warning: NEAR_LIMIT from 80 % of the budget, EXCEEDED above it; NONE without a budget.")
    @APIResponse(responseCode = "200", description = "The costs",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VideoCostsView.class)))
    public VideoCostsView costs(@PathParam("moocId") UUID moocId) {
        return VideoCostsView.of(service.costs(moocId));
    }

    @PUT
    @Path("/video-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Plan the MOOC's MediaLab hours",
            description = "Roles: the MOOC's instructor, a consultant. Whole or half hours; answers the video costs.")
    @APIResponse(responseCode = "200", description = "The video costs with the new plan",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VideoCostsView.class)))
    @APIResponse(responseCode = "403", description = "Not the MOOC's instructor or a consultant",
            content = @Content(mediaType = "application/problem+json"))
    public VideoCostsView plan(@PathParam("moocId") UUID moocId, @Valid @NotNull VideoPlanInput input) {
        return VideoCostsView.of(service.plan(moocId, input.plannedHours()));
    }

    @Schema(name = "BookingInput")
    public record BookingInput(
            @NotNull @Schema(example = "MEDIALAB", description = "MEDIALAB, LYNGBY_LIBRARY, BALLERUP or RISOE") Studio studio,
            @NotNull @Schema(example = "2027-03-01T09:00:00+01:00") OffsetDateTime start,
            @NotNull @Schema(example = "2027-03-01T12:00:00+01:00") OffsetDateTime end,
            @Size(max = 2000) @Schema(example = "Three lecture intros, green screen") String note,
            @Schema(description = "Book even if the MediaLab cost goes above the video budget", example = "false")
            Boolean overBudget) {
    }

    @Schema(name = "VideoPlanInput")
    public record VideoPlanInput(
            @NotNull @DecimalMin("0") @DecimalMax("2000") @Schema(description = "MediaLab hours, whole or half", example = "12.5")
            BigDecimal plannedHours) {
    }

    @Schema(name = "VideoCosts")
    public record VideoCostsView(
            @Schema(description = "The department's video budget; null when none was allocated", example = "35000")
            Integer budgetDkk,
            @Schema(example = "12.5") BigDecimal plannedHours,
            @Schema(example = "4375") int plannedDkk,
            @Schema(example = "2100") int bookedDkk,
            @Schema(example = "1050") int confirmedDkk,
            @Schema(description = "budget − booked; null without a budget", example = "32900") Integer remainingDkk,
            @Schema(example = "NONE") VideoCosts.Warning warning) {
        static VideoCostsView of(VideoCosts c) {
            return new VideoCostsView(c.budgetDkk(), c.plannedHours(), c.plannedDkk(), c.bookedDkk(), c.confirmedDkk(),
                    c.remainingDkk(), c.warning());
        }
    }
}
