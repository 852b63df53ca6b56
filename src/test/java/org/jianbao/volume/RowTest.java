package org.jianbao.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the volume's contents fill pages: rows kept together move to the next page together. Pages hold 100 pt. */
class RowTest {
    private static Row row(double h, boolean keep) {
        return new Row(0, h, keep, List.of());
    }

    private static List<Row> rows(Object... hk) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < hk.length; i += 2) {
            out.add(row((Integer) hk[i], (Boolean) hk[i + 1]));
        }
        return out;
    }

    @Test
    void rowsFillAPageThenTheNext() {
        assertEquals(List.of(0, 4), Row.breaks(rows(25, false, 25, false, 25, false, 25, false, 25, false), 100, k -> 0));
    }

    @Test
    void anIssuesHeadingNeverEndsAPage() {
        // the heading (row 3) is kept with the group that follows: both go over
        assertEquals(List.of(0, 3), Row.breaks(rows(30, false, 30, false, 30, false, 20, false, 20, true), 100, k -> 0));
    }

    @Test
    void aChainLongerThanAPageBreaksWhereItMust() {
        assertEquals(List.of(0, 3), Row.breaks(rows(30, false, 30, true, 30, true, 30, true, 30, true), 100, k -> 0));
    }

    @Test
    void spaceBeforeARowIsDroppedAtTheTopOfAPage() {
        // the second row goes over; at the top of page 2 its 45 pt before are dropped, so the third fits beside it
        List<Row> rows = List.of(row(60, false), row(50, false).before(45), row(50, false));
        assertEquals(List.of(0, 1), Row.breaks(rows, 100, k -> 0));
    }

    @Test
    void aPageThatBeginsInsideAnIssuesListHasRoomForItsHeadingAgain() {
        // rows 1-4 list issue 0 (row 1 its heading): under 30 pt of its heading set again, page 2 holds row 3 alone
        List<Row> rows = List.of(row(40, false), row(20, false).of(0, true), row(40, false).of(0, false),
                row(40, false).of(0, false), row(40, false).of(0, false), row(20, false));
        assertEquals(List.of(0, 3, 4), Row.breaks(rows, 100, k -> 30));
        assertEquals(List.of(0, 3), Row.breaks(rows, 100, k -> 0));
    }
}
