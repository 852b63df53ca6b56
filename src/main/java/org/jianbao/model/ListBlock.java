package org.jianbao.model;

import java.util.List;

/**
 * A list: bulleted (●) or numbered (1. 2. … or （1）（2）…), each item a run of text. A list nested
 * in another's item is a list of its own at a deeper {@code level} (0 for the outermost, one indent
 * step each); the outer list goes on after it as another list whose numbers {@code start} where it
 * left off.
 */
public record ListBlock(Marker marker, List<List<Span>> items, int level, int start) implements Block {

    /** How deep lists may nest: deeper levels are set at this one. */
    public static final int MAX_LEVEL = 3;

    public ListBlock(Marker marker, List<List<Span>> items) {
        this(marker, items, 0, 1);
    }

    /** How items are marked. */
    public enum Marker { BULLET, NUMBER, PAREN }
}
