package dk.mooc.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The platform's one clock: every date- or time-dependent rule (overdue milestones, reminders, semester ends,
 * booking windows, "upcoming" meetings) reads it, never {@code LocalDate.now()} or {@code Instant.now()}.
 * <p>
 * Times are stored in UTC with microseconds (PostgreSQL's precision, so re-reads compare equal).
 * <p>
 * The clock can be moved, never frozen by default:
 * <ul>
 *   <li>{@code -Dmooc.clock.start=2027-06-01} (or env {@code MOOC_CLOCK_START}) starts the clock on that day at
 *   the current time of day and lets it tick, so a whole test run or a stack can be checked in another year;</li>
 *   <li>tests set a clock of their own with {@link #use(Clock)} and restore it with {@link #reset()}.</li>
 * </ul>
 * Token expiry is checked by the security layer against the real time, not this clock.
 */
public final class Timestamps {

    /** The property (and, upper-cased with underscores, the environment variable) that moves the clock. */
    public static final String START_PROPERTY = "mooc.clock.start";

    private static final Clock DEFAULT = configured();
    private static volatile Clock clock = DEFAULT;

    private Timestamps() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Today in UTC. */
    public static LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Today in the given zone (e.g. the studio's local day). */
    public static LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    public static Clock clock() {
        return clock;
    }

    /** Replaces the clock (tests). */
    public static void use(Clock replacement) {
        clock = replacement;
    }

    /** Moves the clock so that it shows {@code day} at the current time of day and keeps ticking (tests). */
    public static void startOn(LocalDate day) {
        clock = shiftedTo(day);
    }

    /** Back to the configured clock: the real time, or the one moved by {@value #START_PROPERTY}. */
    public static void reset() {
        clock = DEFAULT;
    }

    private static Clock configured() {
        String start = System.getProperty(START_PROPERTY);
        if (start == null || start.isBlank()) {
            start = System.getenv("MOOC_CLOCK_START");
        }
        if (start == null || start.isBlank()) {
            return Clock.systemUTC();
        }
        return shiftedTo(LocalDate.parse(start.strip()));
    }

    private static Clock shiftedTo(LocalDate day) {
        Instant real = Instant.now();
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(real, ZoneOffset.UTC), day);
        return Clock.offset(Clock.systemUTC(), Duration.ofDays(days));
    }
}
