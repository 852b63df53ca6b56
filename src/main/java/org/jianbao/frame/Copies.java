package org.jianbao.frame;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbered copies in one file: the copies' pages one after another. The first copy is the
 * document (its structure, bookmarks and metadata); the others repeat it for the printer, so their
 * content is marked as page furniture, and their links go to their own pages.
 */
public final class Copies {
    private Copies() {
    }

    public static Document oneFile(List<Document> copies) {
        Document first = copies.get(0);
        List<Frame> pages = new ArrayList<>(first.pages());
        for (int c = 1; c < copies.size(); c++) {
            int offset = pages.size();
            for (Frame f : copies.get(c).pages()) {
                List<FrameItem> items = new ArrayList<>();
                for (FrameItem it : f.items()) {
                    items.add(repeated(it, offset));
                }
                pages.add(new Frame(f.width(), f.height(), items));
            }
        }
        return new Document(pages, first.outline(), first.metadata(), first.structure());
    }

    private static FrameItem repeated(FrameItem it, int offset) {
        if (it instanceof FrameItem.Marked m) {
            FrameItem inner = repeated(m.item(), offset);
            if (inner instanceof FrameItem.Link || inner instanceof FrameItem.UriLink) {
                return inner;   // a link of a repeated copy stands outside the structure
            }
            return new FrameItem.Marked(inner, m.tag().isArtifact() ? m.tag() : Tag.PAGINATION);
        }
        if (it instanceof FrameItem.Link l) {
            return new FrameItem.Link(l.x(), l.y(), l.width(), l.height(), l.targetPage() + offset, l.targetY());
        }
        return it;
    }
}
