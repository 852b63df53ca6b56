package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Glyphs;
import org.jianbao.inline.Glyph;
import org.jianbao.inline.Line;

/**
 * Set lines → frame items: glyphs grouped into runs of one face, size, colour and weight on a
 * baseline, and a link area over each stretch of linked glyphs.
 */
final class GlyphItems {
    /** Top of the ideographic em box above the baseline, in ems (Noto CJK, LXGW WenKai: 880/1000). */
    static final double EM_TOP = 0.88;

    private GlyphItems() {
    }

    /** One line as slab content: glyph runs on the baseline of a line of pitch {@code pitch}. */
    static List<FrameItem> line(Line line, double pitch, double size, double x) {
        double baseline = (pitch - size) / 2 + EM_TOP * size;
        return runs(line.glyphs(), baseline, x);
    }

    /** Glyphs grouped into runs of one face, size, colour and weight; link areas over linked glyphs. */
    static List<FrameItem> runs(List<Glyph> glyphs, double baseline, double x) {
        List<FrameItem> out = new ArrayList<>();
        Glyphs.Builder cur = new Glyphs.Builder(glyphs.size());
        Glyph first = null;
        for (Glyph g : glyphs) {
            if (first != null && (g.face() != first.face() || g.size() != first.size()
                    || !g.color().equals(first.color()) || g.style().fakeBold() != first.style().fakeBold())) {
                out.add(run(first, baseline, cur.build()));
                cur = new Glyphs.Builder();
            }
            if (cur.size() == 0) {
                first = g;
            }
            cur.add(g.text(), x + g.dx(), g.hScale());
        }
        if (cur.size() > 0) {
            out.add(run(first, baseline, cur.build()));
        }
        links(glyphs, baseline, x, out);
        return out;
    }

    private static FrameItem.GlyphRun run(Glyph first, double baseline, Glyphs glyphs) {
        return new FrameItem.GlyphRun(baseline, first.face(), first.size(), first.color(), first.style().fakeBold(),
                glyphs);
    }

    /** A clickable area over each stretch of glyphs that share a link target. */
    private static void links(List<Glyph> glyphs, double baseline, double x, List<FrameItem> out) {
        int i = 0;
        while (i < glyphs.size()) {
            String href = glyphs.get(i).style().href();
            int j = i;
            while (j < glyphs.size() && Objects.equals(glyphs.get(j).style().href(), href)) {
                j++;
            }
            if (href != null) {
                Glyph a = glyphs.get(i);
                Glyph b = glyphs.get(j - 1);
                double x0 = x + a.dx();
                double x1 = x + b.dx() + b.face().advance(b.text().codePointAt(0)) * b.size();
                out.add(new FrameItem.UriLink(x0, baseline - EM_TOP * a.size(), x1 - x0, a.size(), href));
            }
            i = j;
        }
    }
}
