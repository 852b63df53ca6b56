package org.jianbao.frame;

import java.util.List;

/**
 * A laid-out bulletin: its pages, bookmarks, metadata and logical structure. The pages may be
 * {@link LazyPages}, made when asked for (a huge issue's), or a list of frames.
 */
public record Document(List<Frame> pages, List<Outline> outline, Metadata metadata, Tag structure) {
    public Document {
        pages = pages instanceof LazyPages ? pages : List.copyOf(pages);
        outline = List.copyOf(outline);
    }
}
