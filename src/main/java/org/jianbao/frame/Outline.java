package org.jianbao.frame;

import java.util.List;

/** A bookmark: a title, where it goes (page index from 0, y from the top) and its children. */
public record Outline(String title, int page, double y, List<Outline> children) {
    public Outline {
        children = List.copyOf(children);
    }
}
