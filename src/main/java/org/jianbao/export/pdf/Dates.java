package org.jianbao.export.pdf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The file's dates: the issue date at midnight China Standard Time, never the clock, so that
 * rendering the same issue twice gives the same bytes.
 */
final class Dates {
    /** China Standard Time, UTC+8: where the bulletins are issued. */
    static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private Dates() {
    }

    static OffsetDateTime of(LocalDate d) {
        return d.atStartOfDay().atOffset(CST);
    }

    static Calendar calendar(LocalDate d) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("GMT+08:00"));
        c.clear();
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
        return c;
    }
}
