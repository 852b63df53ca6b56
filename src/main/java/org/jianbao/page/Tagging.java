package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;

/**
 * Marks frame items with the structure node they belong to: text and pictures become that node's
 * content, rules become layout artifacts. Items already marked keep their mark.
 */
final class Tagging {
    private Tagging() {
    }

    static List<FrameItem> mark(List<FrameItem> items, Tag tag) {
        List<FrameItem> out = new ArrayList<>(items.size());
        for (FrameItem it : items) {
            out.add(mark(it, tag));
        }
        return out;
    }

    static FrameItem mark(FrameItem it, Tag tag) {
        if (it instanceof FrameItem.Marked) {
            return it;
        }
        if (it instanceof FrameItem.Link || it instanceof FrameItem.UriLink) {
            // a link annotation belongs to a Link element: the node itself if it is one (a contents
            // entry), else a Link beside the text that carries it (ISO 32000-1 §14.8.4.4.2)
            if (tag.isArtifact()) {
                return it;
            }
            return new FrameItem.Marked(it, tag.role().equals("Link") || tag.parent() == null ? tag
                    : tag.parent().add("Link"));
        }
        return new FrameItem.Marked(it, it instanceof FrameItem.Rule ? Tag.LAYOUT : tag);
    }

    static List<Slab> slabs(List<Slab> slabs, Tag tag) {
        List<Slab> out = new ArrayList<>(slabs.size());
        for (Slab s : slabs) {
            out.add(s.withItems(mark(s.items(), tag)));
        }
        return out;
    }
}
