package org.jianbao.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The next issue's date keeps the day rule of the last: month ends stay month ends. */
class IssuePeriodTest {
    private static LocalDate next(String date, int perYear) {
        return IssuePeriod.after(LocalDate.parse(date), perYear).date();
    }

    @Test
    void theLastDayOfAMonthIsFollowedByTheLastDayOfTheNext() {
        assertEquals(LocalDate.parse("2025-07-31"), next("2025-06-30", 12));
        assertEquals(LocalDate.parse("2024-02-29"), next("2024-01-31", 12));
        assertEquals(LocalDate.parse("2023-02-28"), next("2023-01-31", 12));
        assertEquals(LocalDate.parse("2024-03-31"), next("2024-02-29", 12));
        assertEquals(LocalDate.parse("2026-01-31"), next("2025-12-31", 12));
    }

    @Test
    void anyOtherDayIsKeptOrClampedToTheMonthsEnd() {
        assertEquals(LocalDate.parse("2025-02-15"), next("2025-01-15", 12));
        assertEquals(LocalDate.parse("2025-02-28"), next("2025-01-30", 12));
        assertEquals(LocalDate.parse("2026-01-20"), next("2025-12-20", 12));
    }

    @Test
    void theCountPerYearSetsThePeriod() {
        assertEquals(LocalDate.parse("2025-09-30"), next("2025-06-30", 4));
        assertEquals(LocalDate.parse("2025-08-31"), next("2025-06-30", 6));
        assertEquals(LocalDate.parse("2025-07-15"), next("2025-06-30", 24));
        assertEquals(LocalDate.parse("2025-07-31"), next("2025-07-15", 24));
        assertEquals(LocalDate.parse("2025-07-07"), next("2025-06-30", 52));
        assertEquals(LocalDate.parse("2026-06-30"), next("2025-06-30", 1));
        assertTrue(IssuePeriod.after(LocalDate.parse("2025-06-30"), 36).approximate());
    }
}
