package org.jianbao.frame;

import java.util.List;

/** A laid-out bulletin: its pages, bookmarks, metadata and logical structure. */
public record Document(List<Frame> pages, List<Outline> outline, Metadata metadata, Tag structure) {
    public Document {
        pages = List.copyOf(pages);
        outline = List.copyOf(outline);
    }
}
