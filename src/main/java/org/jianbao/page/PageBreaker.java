package org.jianbao.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks a list of slabs into pages of a given height. A page ends before the first slab that does
 * not fit; if that slab is kept with the one before it (a widow, an orphan, a title and its first
 * lines), the break moves back to the nearest slab that allows it. A page whose slabs are all kept
 * together breaks where it must. A figure that does not fit floats to the top of the next page
 * while the text after it fills this one. A slab that begins a page inside a table brings the
 * table's header rows with it.
 */
final class PageBreaker {
    /** Rounding slack when a slab ends exactly on the text block's bottom. */
    private static final double EPSILON = 0.01;

    /** A slab on a page at {@code y} from the text block's top; {@code index} −1 for a repeated header. */
    record Placed(Slab slab, double y, int index) {
    }

    /** Where named marks landed: page index from 0, y from the text block's top. */
    record Mark(int page, double y) {
    }

    private final List<List<Placed>> pages = new ArrayList<>();
    /** The body's line pitch: the grid body lines stand on (0: none). */
    private final double grid;

    /** @param grid the body's line pitch, which fills the text block with whole lines (0 for no grid) */
    PageBreaker(double grid) {
        this.grid = grid;
    }

    PageBreaker() {
        this(0);
    }
    private final Map<String, Mark> marks = new LinkedHashMap<>();

    List<List<Placed>> pages() {
        return pages;
    }

    Map<String, Mark> marks() {
        return marks;
    }

    /**
     * Places {@code input}; the first page has {@code firstHeight} of room, the others {@code height}.
     */
    PageBreaker run(List<Slab> input, double firstHeight, double height) {
        List<Slab> slabs = new ArrayList<>(input);
        List<Slab> deferred = new ArrayList<>();
        int i = 0;
        int pageStart = 0;
        double y = 0;
        List<Placed> page = new ArrayList<>();
        while (i < slabs.size()) {
            Slab s = slabs.get(i);
            double room = pages.isEmpty() ? firstHeight : height;
            if (page.isEmpty() && i == pageStart && !pages.isEmpty() && !s.repeat().isEmpty()) {
                for (Slab h : s.repeat()) {
                    page.add(new Placed(h, y, -1));
                    y += h.height();
                }
            }
            boolean empty = page.stream().allMatch(p -> p.index() < 0);
            double before = empty ? 0 : s.spaceBefore();
            if (s.floating() && !empty) {
                int end = groupEnd(slabs, i);
                double h = before;
                for (int k = i; k < end; k++) {
                    h += slabs.get(k).height() + (k > i ? slabs.get(k).spaceBefore() : 0);
                }
                if (y + h > room + EPSILON || !deferred.isEmpty()) {
                    // the figure waits for the next page; the text after it goes on here
                    deferred.addAll(slabs.subList(i, end));
                    slabs.subList(i, end).clear();
                    continue;
                }
            }
            double at = onGrid(s, y + before);
            if (at + s.height() <= room + EPSILON || empty) {
                // (a slab taller than an empty page is set all the same: nothing better can be done)
                page.add(new Placed(s, at, i));
                y = at + s.height();
                i++;
                continue;
            }
            int j = i;
            while (j > pageStart && slabs.get(j).keepWithPrevious()) {
                j--;
            }
            if (j == pageStart) {
                j = i;   // everything on this page is kept together: break where we must
            }
            final int cut = j;
            page.removeIf(p -> p.index() >= cut);
            pages.add(page);
            page = new ArrayList<>();
            y = 0;
            slabs.addAll(cut, deferred);
            deferred.clear();
            pageStart = cut;
            i = cut;
        }
        if (!deferred.isEmpty()) {
            if (!page.isEmpty()) {
                pages.add(page);
            }
            page = new ArrayList<>();
            y = 0;
            for (Slab d : deferred) {
                double before = page.isEmpty() ? 0 : d.spaceBefore();
                page.add(new Placed(d, y + before, slabs.size()));
                y += before + d.height();
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        for (int p = 0; p < pages.size(); p++) {
            for (Placed pl : pages.get(p)) {
                for (String m : pl.slab().marks()) {
                    marks.putIfAbsent(m, new Mark(p, pl.y()));
                }
            }
        }
        return this;
    }

    /**
     * Where a slab placed at {@code y} goes: a line of the body's pitch on the next line of the
     * grid (GB/T 9704-2012 §5.2.3, docs/typography.md §1.1), so that body lines stand on the same
     * lines on every page whatever came before them (a title, a picture), and a full page ends on
     * the text block's bottom edge; anything else where it is.
     */
    private double onGrid(Slab s, double y) {
        if (grid <= 0 || Math.abs(s.height() - grid) > 1e-6) {
            return y;
        }
        return Math.ceil((y - EPSILON) / grid) * grid;
    }

    /** The index after the last slab kept with slab {@code i}. */
    private static int groupEnd(List<Slab> slabs, int i) {
        int k = i + 1;
        while (k < slabs.size() && slabs.get(k).keepWithPrevious()) {
            k++;
        }
        return k;
    }

    /** The height used on the last page. */
    double lastPageUsed() {
        if (pages.isEmpty()) {
            return 0;
        }
        List<Placed> last = pages.get(pages.size() - 1);
        Placed p = last.get(last.size() - 1);
        return p.y() + p.slab().height();
    }
}
