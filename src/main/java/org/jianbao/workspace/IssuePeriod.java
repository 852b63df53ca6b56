package org.jianbao.workspace;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The date of the next issue: one period after the last, the period following from how many
 * issues a year appear ({@code perYear}, the profile's {@code numbering.perYear}, 12 by default).
 * Monthly, bimonthly, quarterly… issues keep their day: an issue dated the last day of its month is
 * followed by one dated the last day of the next (30 June → 31 July), and a day the next month lacks
 * becomes its last (31 January → 28 or 29 February).
 */
public final class IssuePeriod {
    private IssuePeriod() {
    }

    /** The next issue's date, and whether it is only a guess to check (a period that is not whole months or weeks). */
    public record Next(LocalDate date, boolean approximate) {
    }

    public static Next after(LocalDate date, int perYear) {
        if (perYear < 1) {
            throw new IllegalArgumentException("perYear must be at least 1: " + perYear);
        }
        if (12 % perYear == 0) {
            return new Next(plusMonths(date, 12 / perYear), false);
        }
        if (perYear == 24) {
            // semi-monthly: the 15th and the last day of each month
            boolean last = date.getDayOfMonth() == date.lengthOfMonth();
            if (last) {
                return new Next(date.plusMonths(1).withDayOfMonth(15), false);
            }
            if (date.getDayOfMonth() == 15) {
                return new Next(date.with(TemporalAdjusters.lastDayOfMonth()), false);
            }
            return new Next(date.plusDays(15), true);
        }
        if (perYear == 52) {
            return new Next(date.plusWeeks(1), false);
        }
        return new Next(date.plusDays(Math.round(365.0 / perYear)), true);
    }

    /** {@code months} later, the last day of a month staying the last day. */
    static LocalDate plusMonths(LocalDate date, int months) {
        LocalDate d = date.plusMonths(months);
        return date.getDayOfMonth() == date.lengthOfMonth() ? d.with(TemporalAdjusters.lastDayOfMonth()) : d;
    }
}
