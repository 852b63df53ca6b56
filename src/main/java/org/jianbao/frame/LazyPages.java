package org.jianbao.frame;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A document's pages made each time they are asked for, from what the layout kept (its lines with
 * their places on the pages): the frames of a huge issue — millions of items, each placed on its
 * page — are never all in memory at once, only the page being written. Reads as an immutable list;
 * the same page asked for twice is two equal frames.
 */
public final class LazyPages extends AbstractList<Frame> implements RandomAccess {
    private final int size;
    private final IntFunction<Frame> page;

    /** @param page makes page {@code i} (from 0) of {@code size} */
    public LazyPages(int size, IntFunction<Frame> page) {
        if (size < 0) {
            throw new IllegalArgumentException("a negative number of pages");
        }
        this.size = size;
        this.page = page;
    }

    @Override
    public Frame get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return page.apply(i);
    }

    @Override
    public int size() {
        return size;
    }
}
