package org.jianbao.frame;

import java.util.List;

/** One page: its size and its items, in drawing order. */
public record Frame(double width, double height, List<FrameItem> items) {
    public Frame {
        items = List.copyOf(items);
    }
}
