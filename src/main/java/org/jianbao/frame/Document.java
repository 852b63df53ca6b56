package org.jianbao.frame;

import java.util.List;

/** A laid-out bulletin: its pages, bookmarks and metadata. */
public record Document(List<Frame> pages, List<Outline> outline, Metadata metadata) {
    public Document {
        pages = List.copyOf(pages);
        outline = List.copyOf(outline);
    }
}
