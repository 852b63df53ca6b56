package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.inline.Line;
import org.jianbao.model.Style;

/**
 * A paragraph's lines as slabs with the keeps of clreq §3.4 (docs/typography.md §4.2): its first
 * line is never alone at the foot of a page (orphan), nor its last line alone at the top (widow).
 */
final class Keeps {
    private Keeps() {
    }

    /**
     * Lines as slabs with the paragraph keeps; the first slab carries {@code spaceBefore} and
     * {@code keepFirst} (kept with what precedes it: a title).
     */
    static List<Slab> paragraph(List<Line> lines, Style style, double x, boolean keepFirst) {
        List<Slab> out = new ArrayList<>();
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            boolean keep = i == 0 ? keepFirst : (i == 1 || i == n - 1);
            Slab s = Slab.of(style.lineHeight(), GlyphItems.line(lines.get(i), style.lineHeight(), style.size(), x))
                    .keep(keep);
            if (i == 0) {
                s = s.before(style.spaceBefore());
            }
            out.add(s);
        }
        return out;
    }
}
