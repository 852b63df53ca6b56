package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers slabs in reading order, joining each element's space after with the next element's
 * space before (the larger wins, as margins collapse), and recording which element must stay
 * with the next one. An element added as a {@link Part} can be set again later in its place (the
 * contents list, once the pages of the articles are known).
 */
final class Flow {
    private final List<Slab> slabs = new ArrayList<>();
    private double pendingSpace;
    private boolean keepNext;

    /**
     * An element's place in the flow: its slabs from {@code from} to {@code to}, and how it was joined
     * to what came before it.
     */
    record Part(int from, int to, double spaceBefore, boolean kept) {
    }

    /**
     * Adds an element's slabs. {@code keepWithNext} ties the element's last slab to the first of the
     * next element (a section header to its first title, a title to its first lines).
     */
    Flow add(List<Slab> element, double spaceBefore, double spaceAfter, boolean keepWithNext) {
        addPart(element, spaceBefore, spaceAfter, keepWithNext);
        return this;
    }

    /** Adds an element as {@link #add} does, and returns its place, to set it again with {@link #replace}. */
    Part addPart(List<Slab> element, double spaceBefore, double spaceAfter, boolean keepWithNext) {
        int from = slabs.size();
        if (element.isEmpty()) {
            return new Part(from, from, 0, false);
        }
        double before = Math.max(pendingSpace, spaceBefore);
        boolean kept = keepNext;
        slabs.addAll(joined(element, before, kept));
        pendingSpace = spaceAfter;
        keepNext = keepWithNext;
        return new Part(from, slabs.size(), before, kept);
    }

    /** An element's slabs, the first with the space before it and tied to the one before when {@code kept}. */
    private static List<Slab> joined(List<Slab> element, double before, boolean kept) {
        List<Slab> out = new ArrayList<>(element);
        Slab first = element.get(0).before(before);
        out.set(0, kept ? first.keep(true) : first);
        return out;
    }

    /**
     * Sets {@code part} again: {@code element}'s slabs in place of the part's, joined to what comes
     * before as the part's were; what follows keeps its place and its join (the part's space after
     * and keep-with-next are those it was added with). Returns the new place.
     */
    Part replace(Part part, List<Slab> element) {
        if (element.isEmpty() != (part.from() == part.to())) {
            throw new IllegalArgumentException("a part set again must stay empty or non-empty");
        }
        slabs.subList(part.from(), part.to()).clear();
        if (!element.isEmpty()) {
            slabs.addAll(part.from(), joined(element, part.spaceBefore(), part.kept()));
        }
        return new Part(part.from(), part.from() + element.size(), part.spaceBefore(), part.kept());
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
