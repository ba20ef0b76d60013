package dk.mooc.production;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The university's working days, checked against dates worked out by hand from a printed calendar. */
class WorkingDaysTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void easterSundayByTheGregorianComputus() {
        assertEquals(d(2027, 3, 28), WorkingDays.easterSunday(2027));
        assertEquals(d(2028, 4, 16), WorkingDays.easterSunday(2028));
        assertEquals(d(2030, 4, 21), WorkingDays.easterSunday(2030));
        assertEquals(d(2024, 3, 31), WorkingDays.easterSunday(2024));
        assertEquals(d(2025, 4, 20), WorkingDays.easterSunday(2025));
        assertEquals(d(2026, 4, 5), WorkingDays.easterSunday(2026));
        assertEquals(d(2029, 4, 1), WorkingDays.easterSunday(2029));
        assertEquals(d(2000, 4, 23), WorkingDays.easterSunday(2000));
        // the earliest and the latest Easter there can be
        assertEquals(d(2285, 3, 22), WorkingDays.easterSunday(2285));
        assertEquals(d(2038, 4, 25), WorkingDays.easterSunday(2038));
    }

    @Test
    void theClosingDaysOf2027() {
        // Easter Sunday 28 March 2027; Constitution Day is a Saturday that year
        assertEquals(new TreeSet<>(List.of(d(2027, 1, 1), d(2027, 3, 25), d(2027, 3, 26), d(2027, 3, 29), d(2027, 5, 6),
                        d(2027, 5, 17), d(2027, 6, 5), d(2027, 12, 24), d(2027, 12, 25), d(2027, 12, 26), d(2027, 12, 31))),
                new TreeSet<>(WorkingDays.closingDays(2027)));
        // 2030: Easter Sunday 21 April, Ascension Day 30 May, Whit Monday 10 June
        assertEquals(new TreeSet<>(List.of(d(2030, 1, 1), d(2030, 4, 18), d(2030, 4, 19), d(2030, 4, 22), d(2030, 5, 30),
                        d(2030, 6, 5), d(2030, 6, 10), d(2030, 12, 24), d(2030, 12, 25), d(2030, 12, 26), d(2030, 12, 31))),
                new TreeSet<>(WorkingDays.closingDays(2030)));
        // 2028: Easter Sunday 16 April, so Whit Monday falls on Constitution Day, 5 June
        assertEquals(new TreeSet<>(List.of(d(2028, 1, 1), d(2028, 4, 13), d(2028, 4, 14), d(2028, 4, 17), d(2028, 5, 25),
                        d(2028, 6, 5), d(2028, 12, 24), d(2028, 12, 25), d(2028, 12, 26), d(2028, 12, 31))),
                new TreeSet<>(WorkingDays.closingDays(2028)));
    }

    @Test
    void weekendsAndClosingDaysAreNotWorkingDays() {
        assertTrue(WorkingDays.isWorkingDay(d(2027, 3, 24)), "Wednesday before Easter");
        assertFalse(WorkingDays.isWorkingDay(d(2027, 3, 25)), "Maundy Thursday");
        assertFalse(WorkingDays.isWorkingDay(d(2027, 3, 26)), "Good Friday");
        assertFalse(WorkingDays.isWorkingDay(d(2027, 3, 27)), "Saturday");
        assertFalse(WorkingDays.isWorkingDay(d(2027, 3, 28)), "Easter Sunday");
        assertFalse(WorkingDays.isWorkingDay(d(2027, 3, 29)), "Easter Monday");
        assertTrue(WorkingDays.isWorkingDay(d(2027, 3, 30)), "Tuesday after Easter");
        assertTrue(WorkingDays.isWorkingDay(d(2027, 4, 23)), "Great Prayer Day (a Friday, 4th after Easter) was abolished");
        assertFalse(WorkingDays.isWorkingDay(d(2027, 5, 6)), "Ascension Day");
        assertTrue(WorkingDays.isWorkingDay(d(2027, 5, 7)), "the Friday after Ascension Day");
        assertFalse(WorkingDays.isWorkingDay(d(2027, 5, 17)), "Whit Monday");
        assertFalse(WorkingDays.isWorkingDay(d(2029, 6, 5)), "Constitution Day on a Tuesday");
        assertFalse(WorkingDays.isWorkingDay(d(2030, 12, 24)), "Christmas Eve on a Tuesday");
        assertFalse(WorkingDays.isWorkingDay(d(2029, 12, 31)), "New Year's Eve on a Monday");
        assertTrue(WorkingDays.isWorkingDay(d(2027, 12, 23)), "23 December is a working day");
        assertTrue(WorkingDays.isWorkingDay(d(2028, 1, 3)), "the first Monday of 2028");
    }

    @Test
    void aSpanCountsItsFirstDayWhenThatIsAWorkingDay() {
        assertEquals(d(2027, 3, 1), WorkingDays.due(d(2027, 3, 1), 1), "one working day starting on a Monday");
        assertEquals(d(2027, 3, 5), WorkingDays.due(d(2027, 3, 1), 5), "Monday to Friday");
        assertEquals(d(2027, 3, 8), WorkingDays.due(d(2027, 3, 1), 6), "the weekend does not count");
        assertEquals(d(2027, 3, 8), WorkingDays.due(d(2027, 3, 6), 1), "starting on a Saturday: from the Monday");
        // Mon 22 – Wed 24 March 2027 are 3 days; Maundy Thursday to Easter Monday are not; Tue 30 March is the 4th
        assertEquals(d(2027, 3, 30), WorkingDays.due(d(2027, 3, 22), 4));
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.due(d(2027, 3, 1), 0));
    }

    @Test
    void aSpanAcrossChristmasAndNewYear() {
        // from Monday 20 December 2027: 20, 21, 22, 23 (4 days); 24 Christmas Eve, 25–26 weekend and Christmas;
        // 27, 28, 29, 30 (8); 31 New Year's Eve; 1–2 January 2028 weekend (and New Year's Day); 3 January is the 9th
        assertEquals(d(2027, 12, 30), WorkingDays.due(d(2027, 12, 20), 8));
        assertEquals(d(2028, 1, 3), WorkingDays.due(d(2027, 12, 20), 9));
        // what follows a span due on 23 December starts on 27 December
        assertEquals(d(2027, 12, 27), WorkingDays.after(d(2027, 12, 23)));
        assertEquals(d(2027, 12, 23), WorkingDays.onOrAfter(d(2027, 12, 23)));
        assertEquals(d(2027, 12, 27), WorkingDays.onOrAfter(d(2027, 12, 24)));
    }
}
