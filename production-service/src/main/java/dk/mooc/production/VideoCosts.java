package dk.mooc.production;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A MOOC's video costs against its budget (docs/production.md, "Video production"). Only the MediaLab costs money:
 * <i>planned</i> = planned MediaLab hours × the hourly rate, <i>booked</i> = REQUESTED + CONFIRMED MediaLab bookings,
 * <i>confirmed</i> = the CONFIRMED ones, <i>remaining</i> = budget − booked. Without a budget there is no warning and
 * nothing is refused.
 */
public record VideoCosts(Integer budgetDkk, BigDecimal plannedHours, int plannedDkk, int bookedDkk, int confirmedDkk,
                         Integer remainingDkk, Warning warning) {

    /** From this share of the budget on, the booked cost is near the limit. */
    public static final int NEAR_LIMIT_PERCENT = 80;

    @Schema(name = "VideoBudgetWarning", description = "NONE below 80 % of the video budget (or without one), "
            + "NEAR_LIMIT from 80 %, EXCEEDED above the budget")
    public enum Warning {
        NONE, NEAR_LIMIT, EXCEEDED
    }

    public static VideoCosts of(Integer budgetDkk, BigDecimal plannedHours, int bookedDkk, int confirmedDkk) {
        BigDecimal hours = plannedHours == null ? BigDecimal.ZERO : plannedHours;
        int planned = hours.multiply(BigDecimal.valueOf(Studio.MEDIALAB.hourlyRateDkk()))
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new VideoCosts(budgetDkk, hours, planned, bookedDkk, confirmedDkk,
                budgetDkk == null ? null : budgetDkk - bookedDkk, warning(budgetDkk, bookedDkk));
    }

    /** NONE below 80 % of the budget, NEAR_LIMIT from 80 % up to the budget itself, EXCEEDED above it. */
    public static Warning warning(Integer budgetDkk, long bookedDkk) {
        if (budgetDkk == null || bookedDkk <= 0) {
            return Warning.NONE;
        }
        if (bookedDkk > budgetDkk) {
            return Warning.EXCEEDED;
        }
        return bookedDkk * 100 >= (long) budgetDkk * NEAR_LIMIT_PERCENT ? Warning.NEAR_LIMIT : Warning.NONE;
    }
}
