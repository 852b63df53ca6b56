package org.jianbao.page;

import java.util.List;
import org.jianbao.frame.FrameItem;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Align;
import org.jianbao.model.Lang;
import org.jianbao.model.Style;
import org.jianbao.unit.Units;

/**
 * Page numbers, GB/T 9704-2012 §7.5 (docs/typography.md §1.2): half-width digits with a dash on each
 * side, {@code — 1 —}, the dashes 7 mm below the text block; odd pages right-aligned one character
 * in from the right edge, even pages left-aligned one character in from the left.
 */
final class Folios {
    /** GB/T 9704-2012 §7.5: the folio's dashes lie 7 mm below the text block's bottom edge. */
    static final double BELOW = Units.mm(7);
    /** Height of an em dash's stroke above the baseline, in ems (Noto CJK: about 0.35). */
    private static final double DASH_HEIGHT = 0.35;

    private final LineSetter setter;
    private final Style style;
    private final double width;

    Folios(LineSetter setter, Style style, double width) {
        this.setter = setter;
        this.style = style;
        this.width = width;
    }

    /** The folio of page {@code number} (from 1), relative to the text block's bottom-left corner. */
    List<FrameItem> folio(int number, Lang lang) {
        double em = style.size();
        boolean odd = number % 2 == 1;
        LineSpec spec = odd ? new LineSpec(width - em, 0, 0, Align.RIGHT) : new LineSpec(width, em, em, Align.LEFT);
        Line line = setter.line("— " + number + " —", style, lang, spec, At.of("the folio"));
        double baseline = BELOW + DASH_HEIGHT * em;
        return Tagging.mark(GlyphItems.runs(line.glyphs(), baseline, 0), org.jianbao.frame.Tag.PAGINATION);
    }
}
