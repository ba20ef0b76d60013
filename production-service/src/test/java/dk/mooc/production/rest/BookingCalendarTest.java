package dk.mooc.production.rest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** iCalendar details (RFC 5545) that a calendar program trips over if they are wrong. */
class BookingCalendarTest {

    @Test
    void textValuesAreEscaped() {
        assertEquals("Self-service studio\\, Library\\, Lyngby Campus",
                BookingCalendar.text("Self-service studio, Library, Lyngby Campus"));
        assertEquals("a\\;b\\\\c\\nd", BookingCalendar.text("a;b\\c\nd"));
    }

    @Test
    void timesAreUtc() {
        assertEquals("20270301T080000Z", BookingCalendar.utc(OffsetDateTime.parse("2027-03-01T09:00:00+01:00")));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        String value = "SUMMARY:" + "Risø ".repeat(40);
        BookingCalendar.line(out, value);
        String[] lines = out.toString().split("\r\n");
        assertTrue(lines.length > 1);
        for (String l : lines) {
            assertTrue(l.getBytes(StandardCharsets.UTF_8).length <= 75, l);
        }
        // unfolding (CRLF followed by one space) gives the value back
        assertEquals(value + "\r\n", out.toString().replace("\r\n ", ""));
    }
}
