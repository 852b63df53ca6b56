package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers slabs in reading order, joining each element's space after with the next element's
 * space before (the larger wins, as margins collapse), and recording which element must stay
 * with the next one.
 */
final class Flow {
    private final List<Slab> slabs = new ArrayList<>();
    private double pendingSpace;
    private boolean keepNext;

    /**
     * Adds an element's slabs. {@code keepWithNext} ties the element's last slab to the first of the
     * next element (a section header to its first title, a title to its first lines).
     */
    Flow add(List<Slab> element, double spaceBefore, double spaceAfter, boolean keepWithNext) {
        if (element.isEmpty()) {
            return this;
        }
        Slab first = element.get(0).before(Math.max(pendingSpace, spaceBefore));
        if (keepNext) {
            first = first.keep(true);
        }
        slabs.add(first);
        slabs.addAll(element.subList(1, element.size()));
        pendingSpace = spaceAfter;
        keepNext = keepWithNext;
        return this;
    }

    /** Marks the first slab added next with {@code name} (for bookmarks and the contents). */
    Flow markNext(String name, List<Slab> element) {
        if (!element.isEmpty()) {
            element.set(0, element.get(0).mark(name));
        }
        return this;
    }

    List<Slab> slabs() {
        return slabs;
    }
}
