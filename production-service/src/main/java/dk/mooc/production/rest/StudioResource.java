package dk.mooc.production.rest;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.Roles;
import dk.mooc.production.Booking;
import dk.mooc.production.Production;
import dk.mooc.production.Studio;
import dk.mooc.production.service.BookingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP only: the studios, their opening hours and their calendars (docs/production.md, "Video production"). */
@Path("/studios")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Video production", description = "Studio bookings, the MediaLab's confirmation and video costs")
public class StudioResource {

    @Inject
    BookingService service;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "listStudios", summary = "The studios and their opening hours",
            description = "Roles: instructor, consultant, medialab, board, admin. Opening hours are Copenhagen time. Not "
                    + "paged: the four studios of the programme.")
    @APIResponse(responseCode = "200", description = "The studios")
    public List<StudioView> list() {
        return Arrays.stream(Studio.values()).map(StudioView::of).toList();
    }

    @GET
    @Path("/{key}/bookings")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "getStudioCalendar", summary = "A studio's calendar",
            description = "Roles: instructor, consultant, medialab, board, admin. The REQUESTED and CONFIRMED bookings "
                    + "from the first to the last day (both included, Copenhagen days; default: today and the next 30 "
                    + "days; at most 92 days, which bounds the list). moocId and moocTitle are shown only for MOOCs the "
                    + "caller may read; other bookings show only that the slot is taken. One MOOC's bookings: "
                    + "GET /productions/{moocId}/bookings.")
    @APIResponse(responseCode = "200", description = "The studio's bookings in time order")
    @APIResponse(responseCode = "400", description = "A date is malformed or the range too long",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "404", description = "No such studio", content = @Content(mediaType = ApiDocs.PROBLEM))
    public List<CalendarEntry> calendar(@Parameter(description = "The studio", example = "MEDIALAB",
                                                schema = @Schema(implementation = Studio.class))
                                        @PathParam("key") String key,
                                        @Parameter(description = "The first day (yyyy-mm-dd, Copenhagen); default today",
                                                example = "2027-03-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
                                        @QueryParam("from") String from,
                                        @Parameter(description = "The last day, included (yyyy-mm-dd); default 30 days "
                                                + "after from; at most 91 days after it", example = "2027-03-31",
                                                schema = @Schema(type = SchemaType.STRING, format = "date"))
                                        @QueryParam("to") String to) {
        Studio studio = Studio.byKey(key).orElseThrow(() -> ProblemException.notFound("Studio", key));
        List<Booking> bookings = service.calendar(studio, from, to);
        Map<UUID, Production> visible = service.visibleProductions(bookings.stream().map(b -> b.moocId).toList());
        return bookings.stream().map(b -> CalendarEntry.of(b, visible.get(b.moocId))).toList();
    }

    @Schema(name = "Studio", description = "A studio where a MOOC's video is made")
    public record StudioView(@Schema(description = "The studio's key (the path's {key})", example = "LYNGBY_LIBRARY")
                             Studio key,
                             @Schema(description = "The studio's name as people know it",
                                     example = "Self-service studio, Library, Lyngby Campus") String name,
                             @Schema(description = "The campus the studio is on", example = "Lyngby Campus") String campus,
                             @Schema(description = "What an hour costs the MOOC's video budget; 0 in the free studios",
                                     example = "0") int hourlyRateDkk,
                             @Schema(description = "Bookings stay REQUESTED until the studio confirms them", example = "false")
                             boolean needsConfirmation,
                             @Schema(description = "Opening hours per weekday, Copenhagen time; closed on days not listed")
                             List<Hours> openingHours) {
        static StudioView of(Studio s) {
            return new StudioView(s, s.displayName(), s.campus(), s.hourlyRateDkk(), s.needsConfirmation(),
                    s.openingHours().stream().map(h -> new Hours(h.day(), h.opens().toString(), h.closes().toString()))
                            .toList());
        }
    }

    @Schema(name = "OpeningHours", description = "One weekday's opening hours, Copenhagen time")
    public record Hours(@Schema(example = "MONDAY") DayOfWeek day,
                        @Schema(description = "hh:mm", example = "08:00") String opens,
                        @Schema(description = "hh:mm", example = "20:00") String closes) {
    }

    @Schema(name = "CalendarEntry", description = "A slot taken in a studio's calendar")
    public record CalendarEntry(@Schema(description = "The booking's id", example = "0b9d7a51-3c52-4f5e-9a7b-2d1e4c6f8a90")
                                UUID id,
                                @Schema(example = "MEDIALAB") Studio studio,
                                @Schema(example = "2027-03-01T09:00:00+01:00") OffsetDateTime start,
                                @Schema(example = "2027-03-01T12:00:00+01:00") OffsetDateTime end,
                                @Schema(example = "CONFIRMED") Booking.Status status,
                                @Schema(description = "Only for MOOCs the caller may read") UUID moocId,
                                @Schema(description = "Only for MOOCs the caller may read",
                                        example = "Quantum Computing for Engineers") String moocTitle) {
        static CalendarEntry of(Booking b, Production visible) {
            return new CalendarEntry(b.id, b.studio, BookingView.local(b.startsAt), BookingView.local(b.endsAt), b.status,
                    visible == null ? null : b.moocId, visible == null ? null : visible.title);
        }
    }
}
