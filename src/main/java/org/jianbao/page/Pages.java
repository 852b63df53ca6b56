package org.jianbao.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.LazyPages;
import org.jianbao.model.Geometry;
import org.jianbao.model.Issue;

/**
 * The pages as frames: the slabs the page breaker placed, the 版记 at the foot of the last page
 * (on a page of its own when the last has no room), the watermark under everything and the folios.
 * For double-sided printing the 版记 falls on an even page, the back of the last sheet: on a new
 * page after an odd last page, or after a blank page when it needs a page of its own; a blank page
 * so inserted and the 版记 page after it carry no folio (GB/T 9704-2012 §7.5, docs/typography.md
 * §1.2–1.3), and the page count is even.
 */
final class Pages {
    /** The least room between the text and the 版记 on the last page, in body lines. */
    private static final double AIR = 0.25;

    private final LineSetter setter;
    private final Geometry g;
    private final int firstFolio;

    /** @param firstFolio the number of the first page: 1, or more for an issue bound into a volume */
    Pages(LineSetter setter, Geometry g, int firstFolio) {
        this.setter = setter;
        this.g = g;
        this.firstFolio = firstFolio;
    }

    /**
     * The pages, made when asked for ({@link LazyPages}): what each holds — the slabs placed on it, the
     * 版记 on the last, the watermark and the folio — is fixed here, but the items are placed on the
     * page (moved from their slab to the page) only when the page is asked for, so that the placed
     * copies of a huge issue's items are never all held at once.
     */
    List<Frame> frames(Issue issue, PageBreaker breaker, Slab end, MarksBlock marks) {
        List<List<PageBreaker.Placed>> pages = new ArrayList<>(breaker.pages());
        boolean duplex = issue.publication().delivery().duplex();
        Set<Integer> unnumbered = new HashSet<>();
        double endY = 0;
        if (end != null) {
            // on the last page if it has room (a quarter line of air above it), else on a page of its own
            double room = g.textHeight() - breaker.lastPageUsed();
            boolean fits = !pages.isEmpty()
                    && room >= end.height() + AIR * issue.publication().styles().body().lineHeight();
            if (!fits) {
                if (duplex && pages.size() % 2 == 0) {
                    unnumbered.add(pages.size());   // the blank page, then the 版记 page: neither numbered
                    unnumbered.add(pages.size() + 1);
                    pages.add(List.of());
                }
                pages.add(List.of());
            } else if (duplex && pages.size() % 2 == 1) {
                pages.add(List.of());   // the 版记 on the back of the last sheet
            }
            endY = g.top() + g.textHeight() - end.height();
        } else if (duplex && pages.size() % 2 == 1) {
            unnumbered.add(pages.size());
            pages.add(List.of());   // the back of the last sheet, blank
        }
        Folios folios = new Folios(setter, issue.publication().styles().folio(), g.textWidth());
        // the same watermark on every page; the folios set now, so that setting them reports its problems with the layout's
        List<FrameItem> watermark = List.copyOf(marks.watermark(issue, g.pageWidth(), g.pageHeight(),
                issue.publication().styles().body()));
        List<List<FrameItem>> folioItems = new ArrayList<>();
        double bottom = g.top() + g.textHeight();
        for (int p = 0; p < pages.size(); p++) {
            List<FrameItem> f = new ArrayList<>();
            if (!unnumbered.contains(p)) {
                folios.folio(firstFolio + p, issue.lang()).forEach(i -> f.add(i.moved(g.left(), bottom)));
            }
            folioItems.add(List.copyOf(f));
        }
        // what the pages are made from, and nothing else of the layout (its line setter, the issue)
        int last = pages.size() - 1;
        double y = endY;
        Geometry geo = g;
        return new LazyPages(pages.size(), p -> {
            List<FrameItem> it = new ArrayList<>(watermark);
            for (PageBreaker.Placed pl : pages.get(p)) {
                pl.slab().items().forEach(i -> it.add(i.moved(geo.left(), geo.top() + pl.y())));
            }
            if (end != null && p == last) {
                end.items().forEach(i -> it.add(i.moved(geo.left(), y)));
            }
            it.addAll(folioItems.get(p));
            return new Frame(geo.pageWidth(), geo.pageHeight(), it);
        });
    }
}
