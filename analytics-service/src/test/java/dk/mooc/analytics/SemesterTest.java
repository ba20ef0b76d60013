package dk.mooc.analytics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Semesters: spring is January to June, autumn July to December, midnight UTC. */
class SemesterTest {

    @Test
    void boundariesNeighboursAndText() {
        Semester spring = Semester.parse("2028-spring");
        assertEquals(LocalDate.of(2028, 1, 1), spring.firstDay());
        assertEquals(LocalDate.of(2028, 6, 30), spring.lastDay());
        assertEquals("2027-autumn", spring.previous().toString());
        assertEquals("2028-autumn", spring.next().toString());
        assertEquals(LocalDate.of(2027, 12, 31), spring.previous().lastDay());
        assertTrue(spring.contains(Instant.parse("2028-01-01T00:00:00Z")));
        assertTrue(spring.contains(Instant.parse("2028-06-30T23:59:59.999Z")));
        assertFalse(spring.contains(Instant.parse("2028-07-01T00:00:00Z")));
        assertEquals(spring, Semester.of(LocalDate.of(2028, 6, 30)));
        assertEquals("2028-autumn", Semester.of(LocalDate.of(2028, 7, 1)).toString());
        assertTrue(spring.compareTo(spring.next()) < 0);
        assertThrows(IllegalArgumentException.class, () -> Semester.parse("2028-summer"));
        assertThrows(IllegalArgumentException.class, () -> Semester.parse("28-spring"));
    }
}
