package dk.mooc.production;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The video-cost arithmetic, by hand: DKK 350 per MediaLab hour against the department's budget. */
class VideoCostsTest {

    @Test
    void plannedBookedConfirmedAndRemaining() {
        // 12.5 planned hours × 350 = 4375; booked 2800 of a 3500 budget leaves 700
        VideoCosts c = VideoCosts.of(3500, new BigDecimal("12.5"), 2800, 2100);
        assertEquals(4375, c.plannedDkk());
        assertEquals(2800, c.bookedDkk());
        assertEquals(2100, c.confirmedDkk());
        assertEquals(700, c.remainingDkk());
        assertEquals(VideoCosts.Warning.NEAR_LIMIT, c.warning());
    }

    @Test
    void theWarningStartsAt80PercentAndIsExceededAboveTheBudget() {
        assertEquals(VideoCosts.Warning.NONE, VideoCosts.warning(3500, 2100));      // 6 h = 60 %
        assertEquals(VideoCosts.Warning.NONE, VideoCosts.warning(3500, 2799));      // just under 80 %
        assertEquals(VideoCosts.Warning.NEAR_LIMIT, VideoCosts.warning(3500, 2800)); // 8 h = 80 %
        assertEquals(VideoCosts.Warning.NEAR_LIMIT, VideoCosts.warning(3500, 3500)); // exactly the budget
        assertEquals(VideoCosts.Warning.EXCEEDED, VideoCosts.warning(3500, 3850));   // 11 h
    }

    @Test
    void withoutABudgetThereIsNoWarning() {
        VideoCosts c = VideoCosts.of(null, null, 100_000, 0);
        assertNull(c.remainingDkk());
        assertEquals(VideoCosts.Warning.NONE, c.warning());
        assertEquals(0, c.plannedDkk());
        assertEquals(VideoCosts.Warning.NONE, VideoCosts.warning(0, 0));
        assertEquals(VideoCosts.Warning.EXCEEDED, VideoCosts.warning(0, 175));
    }
}
