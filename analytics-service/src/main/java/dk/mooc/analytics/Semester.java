package dk.mooc.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A teaching semester as the platform counts it (docs/analytics.md): {@code YYYY-spring} is 1 January to
 * 30 June, {@code YYYY-autumn} is 1 July to 31 December. Boundaries are midnight UTC, the time zone of
 * Coursera's exports. Ordered in time.
 */
public record Semester(int year, Term term) implements Comparable<Semester> {

    public enum Term { SPRING, AUTUMN }

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})-(spring|autumn)");

    public Semester {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** Parses {@code 2028-spring}; anything else is an {@link IllegalArgumentException}. */
    public static Semester parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a semester is written YYYY-spring or YYYY-autumn, e.g. 2028-spring");
        }
        return new Semester(Integer.parseInt(m.group(1)), m.group(2).equals("spring") ? Term.SPRING : Term.AUTUMN);
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches();
    }

    public static Semester of(LocalDate day) {
        return new Semester(day.getYear(), day.getMonthValue() <= 6 ? Term.SPRING : Term.AUTUMN);
    }

    public static Semester of(Instant instant) {
        return of(instant.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, term == Term.SPRING ? 1 : 7, 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    /** Inclusive start, midnight UTC. */
    public OffsetDateTime start() {
        return firstDay().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** Exclusive end: the start of the next semester. */
    public OffsetDateTime end() {
        return next().start();
    }

    public Semester previous() {
        return term == Term.AUTUMN ? new Semester(year, Term.SPRING) : new Semester(year - 1, Term.AUTUMN);
    }

    public Semester next() {
        return term == Term.SPRING ? new Semester(year, Term.AUTUMN) : new Semester(year + 1, Term.SPRING);
    }

    /** Whether the semester has begun on {@code today}: its first day is not after it. */
    public boolean hasStarted(LocalDate today) {
        return !firstDay().isAfter(today);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start().toInstant()) && instant.isBefore(end().toInstant());
    }

    @Override
    public int compareTo(Semester o) {
        return year != o.year ? Integer.compare(year, o.year) : term.compareTo(o.term);
    }

    @Override
    public String toString() {
        return year + "-" + (term == Term.SPRING ? "spring" : "autumn");
    }
}
