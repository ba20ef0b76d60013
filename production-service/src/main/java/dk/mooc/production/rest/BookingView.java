package dk.mooc.production.rest;

import dk.mooc.production.Booking;
import dk.mooc.production.Production;
import dk.mooc.production.Studio;
import dk.mooc.production.VideoCosts;
import dk.mooc.production.service.BookingService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** A studio booking as the API shows it; times in Copenhagen's offset. */
@Schema(name = "Booking", description = "A studio booking for a MOOC's video; times in Copenhagen's offset")
public record BookingView(
        @Schema(description = "The booking's id (the path's {id} under /bookings)",
                example = "0b9d7a51-3c52-4f5e-9a7b-2d1e4c6f8a90") UUID id,
        @Schema(description = "The MOOC it is booked for", example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(description = "The title of the MOOC it is booked for; null when its production is not found",
                example = "Quantum Computing for Engineers") String moocTitle,
        @Schema(example = "MEDIALAB") Studio studio,
        @Schema(description = "The studio's name", example = "MediaLab production") String studioName,
        @Schema(description = "The first minute booked", example = "2027-03-01T09:00:00+01:00") OffsetDateTime start,
        @Schema(description = "The end of the booking (not included)", example = "2027-03-01T12:00:00+01:00")
        OffsetDateTime end,
        @Schema(example = "REQUESTED") Booking.Status status,
        @Schema(description = "Hours × the studio's hourly rate; 0 in the free studios", example = "1050") int costDkk,
        @Schema(description = "Who booked it", example = "Ida Instructor") String bookedBy,
        @Schema(description = "What is recorded, for the studio's staff", example = "Three lecture intros, green screen")
        String note,
        @Schema(description = "Why the MediaLab declined", example = "The studio is closed for maintenance that week")
        String declineReason,
        @Schema(description = "Who at the MediaLab confirmed or declined", example = "Mads MediaLab") String decidedBy,
        @Schema(description = "When the MediaLab confirmed or declined; null before", example = "2027-02-01T10:15:00+01:00")
        OffsetDateTime decidedAt,
        @Schema(description = "When it was booked", example = "2027-01-28T08:40:00+01:00") OffsetDateTime createdAt,
        @Schema(description = "Only on a new booking: the MOOC's budget warning once it is counted", example = "NEAR_LIMIT")
        VideoCosts.Warning budgetWarning,
        @Schema(description = "What the caller may do with it now", example = "[\"CANCEL\"]")
        Set<BookingService.Permission> permissions,
        @Schema(description = "Counts the booking's changes", example = "0") long version) {

    static BookingView of(Booking b, Production p, Set<BookingService.Permission> permissions,
                          VideoCosts.Warning budgetWarning) {
        return new BookingView(b.id, b.moocId, p == null ? null : p.title, b.studio, b.studio.displayName(), local(b.startsAt),
                local(b.endsAt), b.status, b.costDkk, b.bookedBy, b.note, b.declineReason, b.decidedBy, b.decidedAt,
                b.createdAt, budgetWarning, permissions, b.version);
    }

    static OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Studio.ZONE).toOffsetDateTime();
    }
}
