package org.jianbao.inline;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.model.Align;

/**
 * Step 5, finalize: each line's glue is set by the line's adjustment ratio so that every line but
 * the last is flush with both edges (GB/T 9704-2012 §5.2.3, "撑满版心"); the last line and
 * non-justified lines keep their natural width and are aligned. Glyphs get their x positions.
 */
final class Justifier {
    /** The most an expansion glue stretches, in multiples of its stretch (docs/typography.md §8). */
    private static final double MAX_EXPANSION_RATIO = 2;

    private final List<Item> items;
    private final LineSpec spec;
    private final KnuthPlass breaker;

    Justifier(List<Item> items, LineSpec spec, KnuthPlass breaker) {
        this.items = items;
        this.spec = spec;
        this.breaker = breaker;
    }

    List<Line> lines(List<Integer> breaks) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int li = 0; li < breaks.size(); li++) {
            int end = breaks.get(li);
            boolean last = li == breaks.size() - 1;
            out.add(line(start, end, li, last));
            start = breaker.afterBreak(end);
        }
        return out;
    }

    private Line line(int start, int end, int index, boolean last) {
        double natural = 0;
        double stretch = 0;
        double shrink = 0;
        int to = end;
        if (last) {
            // leave out the paragraph's closing penalty and fill glue
            while (to > start && !(items.get(to - 1) instanceof Item.Box)) {
                to--;
            }
        }
        for (int i = start; i < to; i++) {
            Item it = items.get(i);
            natural += it.width();
            if (it instanceof Item.Glue g) {
                stretch += g.stretch();
                shrink += g.shrink();
            }
        }
        double measure = spec.measure(index);
        double r;
        boolean fill = spec.align() == Align.JUSTIFY && !last;
        if (natural > measure) {
            r = shrink > 0 ? Math.max(-1, (measure - natural) / shrink) : 0;
        } else if (fill) {
            r = stretch > 0 ? (measure - natural) / stretch : 0;
        } else {
            r = 0;
        }
        double x = 0;
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = start; i < to; i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box b) {
                for (Glyph g : b.glyphs()) {
                    glyphs.add(g.shifted(x));
                }
                x += b.width();
            } else if (it instanceof Item.Glue g && g.expand()) {
                // never wider than twice the natural expansion (4 %): a line short of more is left short
                double extra = r > 0 ? Math.min(r, MAX_EXPANSION_RATIO) * g.stretch() : 0;
                if (extra > 0 && i > start && items.get(i - 1) instanceof Item.Box b && b.glyphs().size() == 1) {
                    // font expansion: the glyph before is drawn wider by what the glue gives, no space opens
                    Glyph widened = glyphs.remove(glyphs.size() - 1);
                    glyphs.add(widened.scaled((b.width() + extra) / b.width()));
                    x += extra;
                }
            } else if (it instanceof Item.Glue g) {
                if (g.glyph() != null) {
                    glyphs.add(g.glyph().shifted(x));
                }
                x += g.width() + (r >= 0 ? r * g.stretch() : r * g.shrink());
            }
        }
        double used = x;
        double offset = spec.offset(index) + switch (spec.align()) {
            case CENTER -> Math.max(0, (measure - used) / 2);
            case RIGHT -> Math.max(0, measure - used);
            default -> 0;
        };
        List<Glyph> placed = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            placed.add(g.shifted(offset));
        }
        return new Line(placed, used, r != 0);
    }
}
