package org.jianbao.frame;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.model.Color;

/**
 * Print variants of a laid-out document, made from its frames so that every exporter writes them
 * alike. Nothing moves: a variant only leaves items out or changes their colour.
 */
public enum Variant {
    /** As laid out. */
    NORMAL,
    /**
     * 套打: for paper with the masthead printed in advance (in red, by the print shop) — the
     * masthead's name and its red rules left out, everything else exactly where it was.
     */
    OVERPRINT,
    /** For an office printer without colour: every colour set as black (greys and pictures stay as they are). */
    MONO;

    /** A colour is a colour, not a grey, when its channels differ by more than this (of 255). */
    private static final int CHROMA = 32;

    /** {@code doc} in this variant: its pages made from {@code doc}'s when asked for. */
    public Document apply(Document doc) {
        if (this == NORMAL) {
            return doc;
        }
        List<Frame> source = doc.pages();
        return new Document(new LazyPages(source.size(), p -> page(source.get(p))), doc.outline(), doc.metadata(),
                doc.structure());
    }

    private Frame page(Frame f) {
        List<FrameItem> items = new ArrayList<>();
        for (FrameItem it : f.items()) {
            FrameItem v = item(it);
            if (v != null) {
                items.add(v);
            }
        }
        return new Frame(f.width(), f.height(), items);
    }

    /** The item in this variant, or null when the variant leaves it out. */
    private FrameItem item(FrameItem it) {
        if (it instanceof FrameItem.Marked m) {
            if (this == OVERPRINT && m.tag().isPreprinted()) {
                return null;
            }
            FrameItem inner = item(m.item());
            return inner == null ? null : new FrameItem.Marked(inner, m.tag());
        }
        if (this != MONO) {
            return it;
        }
        if (it instanceof FrameItem.GlyphRun r && isColour(r.color())) {
            return new FrameItem.GlyphRun(r.y(), r.face(), r.size(), Color.BLACK, r.fakeBold(), r.glyphs());
        }
        if (it instanceof FrameItem.Rule r && isColour(r.color())) {
            return new FrameItem.Rule(r.x0(), r.y0(), r.x1(), r.y1(), r.thickness(), Color.BLACK);
        }
        return it;
    }

    private static boolean isColour(Color c) {
        int max = Math.max(c.r(), Math.max(c.g(), c.b()));
        int min = Math.min(c.r(), Math.min(c.g(), c.b()));
        return max - min > CHROMA;
    }
}
