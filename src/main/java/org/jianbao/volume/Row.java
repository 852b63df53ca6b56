package org.jianbao.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.jianbao.frame.FrameItem;

/**
 * A row of the volume's contents: its items (from the row's top-left corner), its height, the space
 * before it (dropped at the top of a page), whether it stays on the page of the row before, and
 * the issue it lists (its index, -1 for none) and whether it is that issue's heading.
 */
record Row(double before, double height, boolean keep, List<FrameItem> items, int issue, boolean heading) {

    Row(double before, double height, boolean keep, List<FrameItem> items) {
        this(before, height, keep, items, -1, false);
    }

    Row keep(boolean k) {
        return new Row(before, height, k, items, issue, heading);
    }

    Row before(double space) {
        return new Row(space, height, keep, items, issue, heading);
    }

    /** This row as a row of issue {@code index}'s list, its heading or not. */
    Row of(int index, boolean isHeading) {
        return new Row(before, height, keep, items, index, isHeading);
    }

    /** Whether a page that begins with this row needs its issue's heading repeated above it. */
    boolean continues() {
        return issue >= 0 && !heading;
    }

    /**
     * Where pages begin (row indices) when rows fill pages of {@code pageHeight} in turn: a row that
     * does not fit starts a new page, taking with it the rows before it that it is kept with — unless
     * they began the page, when the keep cannot be honoured. A page that begins inside an issue's list
     * loses {@code repeated} of its issue at its top, for the heading set again there.
     */
    static List<Integer> breaks(List<Row> rows, double pageHeight, IntToDoubleFunction repeated) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        double y = 0;
        int i = 0;
        while (i < rows.size()) {
            int start = starts.get(starts.size() - 1);
            Row r = rows.get(i);
            double need = (i == start ? 0 : r.before()) + r.height();
            if (i == start || y + need <= pageHeight) {
                y += need;
                i++;
                continue;
            }
            int s = i;
            while (s > start && rows.get(s).keep()) {
                s--;
            }
            i = s > start ? s : i;
            starts.add(i);
            y = rows.get(i).continues() ? repeated.applyAsDouble(rows.get(i).issue()) : 0;
        }
        return starts;
    }
}
