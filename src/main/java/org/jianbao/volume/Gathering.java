package org.jianbao.volume;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Outline;
import org.jianbao.model.Geometry;

/**
 * The volume's pages as they are gathered, one part after another (the binder's gathering): pages
 * of the volume's own, blank pages, and each issue's pages, whose links are moved to the pages the
 * issue now lies on.
 */
final class Gathering {
    private final Geometry page;
    private final List<Frame> pages = new ArrayList<>();

    Gathering(Geometry page) {
        this.page = page;
    }

    /** The number of pages so far: the index of the next page. */
    int size() {
        return pages.size();
    }

    void add(Frame f) {
        pages.add(f);
    }

    /** A page with nothing on it, not even a folio (GB/T 9704-2012 §7.5). */
    void blank() {
        pages.add(new Frame(page.pageWidth(), page.pageHeight(), List.of()));
    }

    /** A blank page when the next would be a left-hand (even) page: a part printed on both sides starts on a front. */
    void toFront() {
        if (pages.size() % 2 == 1) {
            blank();
        }
    }

    void set(int index, Frame f) {
        pages.set(index, f);
    }

    /** The pages of {@code doc}, laid out on its own, added after these; its links follow it. */
    void add(Document doc) {
        int offset = pages.size();
        for (Frame f : doc.pages()) {
            List<FrameItem> items = new ArrayList<>(f.items().size());
            f.items().forEach(it -> items.add(moved(it, offset)));
            pages.add(new Frame(f.width(), f.height(), items));
        }
    }

    List<Frame> pages() {
        return List.copyOf(pages);
    }

    /** Bookmarks of a document that now begins on page {@code offset}. */
    static List<Outline> moved(List<Outline> outline, int offset) {
        List<Outline> out = new ArrayList<>();
        for (Outline o : outline) {
            out.add(new Outline(o.title(), o.page() + offset, o.y(), moved(o.children(), offset)));
        }
        return out;
    }

    private static FrameItem moved(FrameItem it, int offset) {
        if (it instanceof FrameItem.Marked m) {
            FrameItem inner = moved(m.item(), offset);
            return inner == m.item() ? m : new FrameItem.Marked(inner, m.tag());
        }
        if (it instanceof FrameItem.Link l) {
            return new FrameItem.Link(l.x(), l.y(), l.width(), l.height(), l.targetPage() + offset, l.targetY());
        }
        return it;
    }
}
