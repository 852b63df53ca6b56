package org.jianbao.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
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

    Pages(LineSetter setter, Geometry g) {
        this.setter = setter;
        this.g = g;
    }

    List<Frame> frames(Issue issue, PageBreaker breaker, Slab end, MarksBlock marks) {
        List<List<FrameItem>> items = new ArrayList<>();
        for (List<PageBreaker.Placed> page : breaker.pages()) {
            List<FrameItem> it = new ArrayList<>();
            for (PageBreaker.Placed p : page) {
                p.slab().items().forEach(i -> it.add(i.moved(g.left(), g.top() + p.y())));
            }
            items.add(it);
        }
        boolean duplex = issue.publication().delivery().duplex();
        Set<Integer> unnumbered = new HashSet<>();
        if (end != null) {
            // on the last page if it has room (a quarter line of air above it), else on a page of its own
            double room = g.textHeight() - breaker.lastPageUsed();
            boolean fits = !items.isEmpty()
                    && room >= end.height() + AIR * issue.publication().styles().body().lineHeight();
            if (!fits) {
                if (duplex && items.size() % 2 == 0) {
                    unnumbered.add(items.size());   // the blank page, then the 版记 page: neither numbered
                    unnumbered.add(items.size() + 1);
                    items.add(new ArrayList<>());
                }
                items.add(new ArrayList<>());
            } else if (duplex && items.size() % 2 == 1) {
                items.add(new ArrayList<>());   // the 版记 on the back of the last sheet
            }
            double y = g.top() + g.textHeight() - end.height();
            end.items().forEach(i -> items.get(items.size() - 1).add(i.moved(g.left(), y)));
        } else if (duplex && items.size() % 2 == 1) {
            unnumbered.add(items.size());
            items.add(new ArrayList<>());   // the back of the last sheet, blank
        }
        Folios folios = new Folios(setter, issue.publication().styles().folio(), g.textWidth());
        List<Frame> frames = new ArrayList<>();
        for (int p = 0; p < items.size(); p++) {
            List<FrameItem> it = new ArrayList<>(marks.watermark(issue, g.pageWidth(), g.pageHeight(),
                    issue.publication().styles().body()));
            it.addAll(items.get(p));
            if (!unnumbered.contains(p)) {
                double bottom = g.top() + g.textHeight();
                folios.folio(p + 1, issue.lang()).forEach(i -> it.add(i.moved(g.left(), bottom)));
            }
            frames.add(new Frame(g.pageWidth(), g.pageHeight(), it));
        }
        return frames;
    }
}
