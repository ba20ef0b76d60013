package dk.mooc.production;

import dk.mooc.platform.problem.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The booking rules for a slot, without a database: each broken rule names its field. */
class BookingSlotTest {

    /** "Now" for these tests: Wednesday 3 March 2027, 12:00 in Copenhagen. */
    private static final OffsetDateTime NOW = at(2027, 3, 3, 12, 0);

    private static OffsetDateTime at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(Studio.ZONE).toOffsetDateTime();
    }

    private static List<Problem.FieldError> errors(Studio s, OffsetDateTime start, OffsetDateTime end) {
        return Booking.slotErrors(s, start, end, NOW);
    }

    private static void assertError(List<Problem.FieldError> errors, String field, String message) {
        assertTrue(errors.stream().anyMatch(e -> e.field().equals(field) && e.message().contains(message)),
                () -> "expected " + field + ": …" + message + "… in " + errors);
    }

    @Test
    void aSlotWithinOneDaysOpeningHoursIsFine() {
        // Monday 8 March 2027
        assertEquals(List.of(), errors(Studio.MEDIALAB, at(2027, 3, 8, 8, 0), at(2027, 3, 8, 16, 0)));
        assertEquals(List.of(), errors(Studio.LYNGBY_LIBRARY, at(2027, 3, 8, 19, 30), at(2027, 3, 8, 20, 0)));
        // the Library opens on Saturdays 10–16
        assertEquals(List.of(), errors(Studio.LYNGBY_LIBRARY, at(2027, 3, 6, 10, 0), at(2027, 3, 6, 16, 0)));
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertError(errors(Studio.MEDIALAB, at(2027, 3, 8, 10, 0), at(2027, 3, 8, 10, 0)), "end", "must be after start");
        assertError(errors(Studio.MEDIALAB, at(2027, 3, 8, 11, 0), at(2027, 3, 8, 10, 0)), "end", "must be after start");
        assertError(errors(Studio.MEDIALAB, at(2027, 3, 8, 9, 15), at(2027, 3, 8, 10, 0)), "start", "half hour");
        assertError(errors(Studio.MEDIALAB, at(2027, 3, 8, 9, 0), at(2027, 3, 8, 10, 45)), "end", "half hour");
        assertError(errors(Studio.MEDIALAB, at(2027, 3, 3, 9, 0), at(2027, 3, 3, 10, 0)), "start", "in the future");
        assertError(errors(Studio.MEDIALAB, at(2027, 3, 3, 12, 0), at(2027, 3, 3, 13, 0)), "start", "in the future");
        assertError(errors(Studio.MEDIALAB, at(2028, 3, 6, 9, 0), at(2028, 3, 6, 10, 0)), "start", "365 days ahead");
        assertError(errors(Studio.MEDIALAB, at(2027, 3, 7, 9, 0), at(2027, 3, 7, 10, 0)), "start", "closed on Sundays");
        assertError(errors(Studio.BALLERUP, at(2027, 3, 6, 10, 0), at(2027, 3, 6, 12, 0)), "start", "closed on Saturdays");
        assertError(errors(Studio.MEDIALAB, at(2027, 3, 8, 7, 30), at(2027, 3, 8, 9, 0)), "start", "opening hours");
        assertError(errors(Studio.RISOE, at(2027, 3, 8, 15, 0), at(2027, 3, 8, 16, 30)), "end", "opening hours");
        assertError(errors(Studio.LYNGBY_LIBRARY, at(2027, 3, 8, 8, 0), at(2027, 3, 8, 16, 30)), "end", "at most 8 hours");
        assertError(errors(Studio.LYNGBY_LIBRARY, at(2027, 3, 8, 15, 0), at(2027, 3, 9, 9, 0)), "end", "same day");
    }

    @Test
    void openingHoursAreCopenhagenTimeAcrossDaylightSaving() {
        // Monday 29 March 2027 is summer time (UTC+2): 08:00 in Copenhagen is 06:00 UTC
        OffsetDateTime start = LocalDate.of(2027, 3, 29).atTime(6, 0).atOffset(java.time.ZoneOffset.UTC);
        assertEquals(List.of(), errors(Studio.MEDIALAB, start, start.plusHours(8)));
        assertError(errors(Studio.MEDIALAB, start.minusHours(1), start.plusHours(1)), "start", "opening hours");
    }

    @Test
    void theMediaLabChargesByTheHalfHourAndTheStudiosAreFree() {
        Booking b = Booking.request(java.util.UUID.randomUUID(), Studio.MEDIALAB, at(2027, 3, 8, 9, 0), at(2027, 3, 8, 11, 30),
                " ", "Ida", "ida-sub", NOW);
        assertEquals(875, b.costDkk);
        assertEquals(Booking.Status.REQUESTED, b.status);
        assertEquals(null, b.note);
        Booking free = Booking.request(java.util.UUID.randomUUID(), Studio.RISOE, at(2027, 3, 8, 9, 0),
                at(2027, 3, 8, 11, 30), "Intro", "Ida", "ida-sub", NOW);
        assertEquals(0, free.costDkk);
        assertEquals(Booking.Status.CONFIRMED, free.status);
    }
}
