package dk.mooc.production.rest;

import dk.mooc.production.Booking;
import dk.mooc.production.Production;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A MOOC's active bookings as an iCalendar file (RFC 5545): CRLF line endings, lines folded at 75 octets, text values
 * escaped, times in UTC. One VEVENT per booking; a requested MediaLab booking is TENTATIVE until it is confirmed.
 */
final class BookingCalendar {

    static final String MEDIA_TYPE = "text/calendar";
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private BookingCalendar() {
    }

    static String of(Production p, List<Booking> bookings) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//MOOC Programme Platform//Video bookings//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text("Video: " + p.title));
        for (Booking b : bookings) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:booking-" + b.id);
            line(ics, "DTSTAMP:" + utc(b.updatedAt));
            line(ics, "LAST-MODIFIED:" + utc(b.updatedAt));
            line(ics, "SEQUENCE:" + b.version);
            line(ics, "DTSTART:" + utc(b.startsAt));
            line(ics, "DTEND:" + utc(b.endsAt));
            line(ics, "SUMMARY:" + text(p.title + ": " + b.studio.displayName()));
            line(ics, "LOCATION:" + text(b.studio.displayName()));
            line(ics, "STATUS:" + (b.status == Booking.Status.CONFIRMED ? "CONFIRMED" : "TENTATIVE"));
            StringBuilder description = new StringBuilder("Booked by " + b.bookedBy);
            if (b.costDkk > 0) {
                description.append("; cost DKK ").append(b.costDkk);
            }
            if (b.status == Booking.Status.REQUESTED) {
                description.append("; awaiting the MediaLab's confirmation");
            }
            if (b.note != null) {
                description.append("\n").append(b.note);
            }
            line(ics, "DESCRIPTION:" + text(description.toString()));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String utc(OffsetDateTime t) {
        return UTC.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** TEXT value escaping (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no physical line exceeds 75 octets (RFC 5545, 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
