package org.jianbao.page;

import java.util.List;
import org.jianbao.frame.FrameItem;

/**
 * A horizontal strip of the text block that the page breaker places whole: usually one line.
 * Items are relative to the slab: x from the text block's left edge, y from the slab's top.
 *
 * @param spaceBefore     space above, dropped at the top of a page
 * @param keepWithPrevious whether a page may not break between this slab and the one before
 * @param marks           names of places (an article's start) whose page the typesetter records
 * @param repeat          slabs set again at the top of a page this slab starts (a table's header)
 * @param floating        the first slab of a figure that may move to the top of the next page when
 *                        it does not fit, the text after it filling this page first
 */
record Slab(double height, double spaceBefore, boolean keepWithPrevious, List<FrameItem> items,
            List<String> marks, List<Slab> repeat, boolean floating) {

    Slab {
        items = List.copyOf(items);
        marks = List.copyOf(marks);
        repeat = List.copyOf(repeat);
    }

    static Slab of(double height, List<FrameItem> items) {
        return new Slab(height, 0, false, items, List.of(), List.of(), false);
    }

    Slab keep(boolean keepWithPrevious) {
        return new Slab(height, spaceBefore, keepWithPrevious, items, marks, repeat, floating);
    }

    Slab before(double space) {
        return new Slab(height, space, keepWithPrevious, items, marks, repeat, floating);
    }

    Slab mark(String name) {
        List<String> m = new java.util.ArrayList<>(marks);
        m.add(name);
        return new Slab(height, spaceBefore, keepWithPrevious, items, m, repeat, floating);
    }

    Slab withItems(List<FrameItem> other) {
        return new Slab(height, spaceBefore, keepWithPrevious, other, marks, repeat, floating);
    }

    Slab asFloat() {
        return new Slab(height, spaceBefore, keepWithPrevious, items, marks, repeat, true);
    }

    Slab repeating(List<Slab> header) {
        return new Slab(height, spaceBefore, keepWithPrevious, items, marks, header, floating);
    }
}
