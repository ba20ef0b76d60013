package dk.mooc.production;

import dk.mooc.platform.problem.Problem;
import dk.mooc.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A booking of a studio for one MOOC. Free studios are confirmed at once; the MediaLab's bookings wait in its queue
 * until it confirms or declines them. Two active bookings (REQUESTED or CONFIRMED) of one studio never overlap: the
 * database's exclusion constraint {@code video_booking_no_overlap} decides.
 */
@Entity
@Table(name = "video_booking")
public class Booking extends PanacheEntityBase {

    /** The longest booking: one working day. */
    public static final Duration MAX_LENGTH = Duration.ofHours(8);
    /** How far ahead a studio can be booked. */
    public static final Duration MAX_AHEAD = Duration.ofDays(365);

    @Schema(name = "BookingStatus", description = "REQUESTED (waits for the MediaLab), CONFIRMED, DECLINED (by the "
            + "MediaLab), CANCELLED; REQUESTED and CONFIRMED hold the slot")
    public enum Status {
        REQUESTED, CONFIRMED, DECLINED, CANCELLED;

        /** Holds the slot (and, for the MediaLab, counts as booked cost). */
        public boolean active() {
            return this == REQUESTED || this == CONFIRMED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "mooc_id", nullable = false)
    public UUID moocId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Studio studio;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "cost_dkk", nullable = false)
    public int costDkk;

    @Column(name = "booked_by", nullable = false, length = 200)
    public String bookedBy;

    @Column(name = "booked_by_id", nullable = false, length = 100)
    public String bookedById;

    @Column(length = 2000)
    public String note;

    @Column(name = "decline_reason", length = 2000)
    public String declineReason;

    @Column(name = "decided_by", length = 200)
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "cancelled_by", length = 200)
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** A new booking: confirmed at once for a free studio, requested for one that confirms its bookings. */
    public static Booking request(UUID moocId, Studio studio, OffsetDateTime start, OffsetDateTime end, String note,
                                  String bookedBy, String bookedById, OffsetDateTime now) {
        Booking b = new Booking();
        b.id = UUID.randomUUID();
        b.moocId = moocId;
        b.studio = studio;
        b.startsAt = start;
        b.endsAt = end;
        b.status = studio.needsConfirmation() ? Status.REQUESTED : Status.CONFIRMED;
        b.costDkk = studio.costDkk(Duration.between(start, end));
        b.note = note == null || note.isBlank() ? null : note.strip();
        b.bookedBy = bookedBy;
        b.bookedById = bookedById;
        b.createdAt = now;
        b.updatedAt = now;
        return b;
    }

    /**
     * What is wrong with a slot, field by field (empty when it is fine): start before end, whole or half hours, in the
     * future but at most {@link #MAX_AHEAD} ahead, at most {@link #MAX_LENGTH} long, within one day's opening hours.
     */
    public static List<Problem.FieldError> slotErrors(Studio studio, OffsetDateTime start, OffsetDateTime end,
                                                      OffsetDateTime now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ZonedDateTime from = start.atZoneSameInstant(Studio.ZONE);
        ZonedDateTime to = end.atZoneSameInstant(Studio.ZONE);
        if (!onHalfHour(from)) {
            errors.add(new Problem.FieldError("start", "must be on a whole or half hour (e.g. 09:00 or 09:30)"));
        }
        if (!onHalfHour(to)) {
            errors.add(new Problem.FieldError("end", "must be on a whole or half hour (e.g. 11:00 or 11:30)"));
        }
        if (!start.isAfter(now)) {
            errors.add(new Problem.FieldError("start", "must be in the future"));
        } else if (start.isAfter(now.plus(MAX_AHEAD))) {
            errors.add(new Problem.FieldError("start", "can be at most " + MAX_AHEAD.toDays() + " days ahead"));
        }
        if (!end.isAfter(start)) {
            errors.add(new Problem.FieldError("end", "must be after start"));
            return errors;
        }
        if (!to.toLocalDate().equals(from.toLocalDate()) && !to.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            errors.add(new Problem.FieldError("end", "must be on the same day as start (Copenhagen time)"));
            return errors;
        }
        if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
            errors.add(new Problem.FieldError("end", "a booking is at most " + MAX_LENGTH.toHours() + " hours long"));
        }
        Studio.OpeningHours hours = studio.hoursOn(from.getDayOfWeek()).orElse(null);
        String day = from.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (hours == null) {
            errors.add(new Problem.FieldError("start", studio.displayName() + " is closed on " + day + "s"));
            return errors;
        }
        String open = " (" + day + " " + hours.opens() + "–" + hours.closes() + ", Copenhagen time)";
        if (from.toLocalTime().isBefore(hours.opens())) {
            errors.add(new Problem.FieldError("start", "must be within the opening hours" + open));
        }
        boolean endsNextDay = !to.toLocalDate().equals(from.toLocalDate());
        if (endsNextDay || to.toLocalTime().isAfter(hours.closes())) {
            errors.add(new Problem.FieldError("end", "must be within the opening hours" + open));
        }
        return errors;
    }

    private static boolean onHalfHour(ZonedDateTime t) {
        return t.getMinute() % 30 == 0 && t.getSecond() == 0 && t.getNano() == 0;
    }

    /** The MediaLab confirms a requested booking. */
    public void confirm(String by, OffsetDateTime now) {
        if (status != Status.REQUESTED) {
            throw ProblemException.illegalTransition("Only a requested booking can be confirmed; this one is " + status);
        }
        if (!startsAt.isAfter(now)) {
            throw ProblemException.illegalTransition("The booking's time has begun; it can no longer be confirmed");
        }
        status = Status.CONFIRMED;
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    /** The MediaLab declines a requested booking, saying why; the slot is free again. */
    public void decline(String by, String reason, OffsetDateTime now) {
        if (status != Status.REQUESTED) {
            throw ProblemException.illegalTransition("Only a requested booking can be declined; this one is " + status
                    + (status == Status.CONFIRMED ? " (cancel it instead)" : ""));
        }
        status = Status.DECLINED;
        declineReason = reason.strip();
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    /** Cancels an active booking before it begins; the slot is free again. */
    public void cancel(String by, OffsetDateTime now) {
        if (!status.active()) {
            throw ProblemException.illegalTransition("A " + status.name().toLowerCase(Locale.ROOT)
                    + " booking cannot be cancelled");
        }
        if (!startsAt.isAfter(now)) {
            throw ProblemException.illegalTransition("The booking's time has begun; it can no longer be cancelled");
        }
        status = Status.CANCELLED;
        cancelledBy = by;
        cancelledAt = now;
        updatedAt = now;
    }
}
