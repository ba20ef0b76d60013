package dk.mooc.production;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;

/**
 * The university's working days (docs/production.md, "The development plan"): Monday to Friday, except the Danish
 * public holidays and the days the university closes. Not working days: New Year's Day (1 January), Maundy Thursday,
 * Good Friday, Easter Monday, Ascension Day, Whit Monday, Constitution Day (5 June), Christmas Eve (24 December),
 * Christmas Day, Boxing Day and New Year's Eve (31 December). Great Prayer Day is a working day: it was abolished
 * from 2024. Easter Sunday and Whit Sunday are Sundays anyway.
 * <p>
 * Milestone durations count working days. A span of {@code n} working days that starts on day {@code s} covers the
 * first {@code n} working days from {@code s} on ({@code s} itself counts when it is a working day) and is due on the
 * last of them; see {@link #due}.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !closingDays(day.getYear()).contains(day);
    }

    /** The weekdays and weekend days of {@code year} on which the university is closed. */
    public static Set<LocalDate> closingDays(int year) {
        LocalDate easter = easterSunday(year);
        // not Set.of, which refuses duplicates: two closing days can fall together (Whit Monday on Constitution Day,
        // 5 June 2028)
        return Set.copyOf(List.of(
                LocalDate.of(year, Month.JANUARY, 1),
                easter.minusDays(3),   // Maundy Thursday
                easter.minusDays(2),   // Good Friday
                easter.plusDays(1),    // Easter Monday
                easter.plusDays(39),   // Ascension Day, a Thursday
                easter.plusDays(50),   // Whit Monday
                LocalDate.of(year, Month.JUNE, 5),
                LocalDate.of(year, Month.DECEMBER, 24),
                LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26),
                LocalDate.of(year, Month.DECEMBER, 31)));
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** {@code day} itself if it is a working day, else the next working day. */
    public static LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The first working day strictly after {@code day}: when a successor starts (finish-to-start). */
    public static LocalDate after(LocalDate day) {
        return onOrAfter(day.plusDays(1));
    }

    /**
     * The due date of {@code workingDays} (at least 1) working days starting on {@code start}: the last of the first
     * {@code workingDays} working days on or after {@code start}. One working day starting on a working day is due
     * that same day; starting on a Saturday it is due on the Monday (if that is a working day).
     */
    public static LocalDate due(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a span lasts at least one working day, not " + workingDays);
        }
        LocalDate d = onOrAfter(start);
        for (int counted = 1; counted < workingDays; counted++) {
            d = after(d);
        }
        return d;
    }
}
