package org.jianbao.export.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTextArray;
import java.io.IOException;
import java.util.Arrays;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Glyphs;
import org.jianbao.model.Color;

/**
 * A glyph run as text-showing operators: one TJ array per stretch of equal horizontal scale, the
 * numbers in it moving each glyph from its natural place to where the layout put it. Text state
 * (font, colour, scaling, spacing) persists from one run to the next within a page, so only its
 * changes are written. Consecutive runs share one text object, each placed by a move from the
 * last (Td) rather than a whole matrix; the positions are rounded to what the file can write
 * (0.01 pt) before the moves are taken, so that moves never add up to a drift.
 */
final class TextShower {
    /** Stroke width of synthetic bold, in ems: about the weight step from Regular to Bold. */
    private static final double FAKE_BOLD_STROKE = 0.03;

    private final FontRegistry fonts;
    private final Inks inks;
    private State state = new State();

    /** The text state last written on the page (PDF's defaults at its start; no font, colour unknown). */
    private static final class State {
        BaseFont font;
        float size;
        Color fill;
        float scaling = 100;
        float spacing;
    }

    TextShower(FontRegistry fonts, Inks inks) {
        this.fonts = fonts;
        this.inks = inks;
    }

    /** Whether a text object is open, whether its first line is placed, and where the current line starts (in the file's rounding). */
    private boolean open;
    private boolean placed;
    private double lineX;
    private double lineY;

    /** A page's content starts from the default state. */
    void newPage() {
        state = new State();
        open = false;
    }

    /** Ends the open text object, if any: before anything that is not text, and before a marked sequence ends. */
    void end(PdfContentByte cb) {
        if (open) {
            cb.endText();
            open = false;
        }
    }

    /** Begins a text object, if none is open, before the marked sequences of text that it will hold. */
    void begin(PdfContentByte cb) {
        if (!open) {
            cb.beginText();
            open = true;
            placed = false;
        }
    }

    /** Starts the line at ({@code x}, {@code y}): a move from the last line when a text object is open. */
    private void moveTo(PdfContentByte cb, double x, double y) {
        double rx = Math.round(x * 100) / 100.0;
        double ry = Math.round(y * 100) / 100.0;
        begin(cb);
        if (!placed) {
            cb.setTextMatrix((float) rx, (float) ry);
            placed = true;
        } else if (rx != lineX || ry != lineY) {
            cb.moveText((float) (Math.round((rx - lineX) * 100) / 100.0), (float) (Math.round((ry - lineY) * 100) / 100.0));
        }
        lineX = rx;
        lineY = ry;
    }

    /** The text state as it was before a saved graphics state ({@code q}), to set back after {@code Q}. */
    record Saved(BaseFont font, float size, Color fill, float scaling, float spacing) {
    }

    Saved save() {
        return new Saved(state.font, state.size, state.fill, state.scaling, state.spacing);
    }

    void restore(Saved s) {
        state = new State();
        state.font = s.font();
        state.size = s.size();
        state.fill = s.fill();
        state.scaling = s.scaling();
        state.spacing = s.spacing();
    }

    void show(PdfContentByte cb, FrameItem.GlyphRun r, double pageHeight) throws IOException, DocumentException {
        BaseFont bf = fonts.font(r.face());
        float size = (float) r.size();
        if (!placed || !open) {
            // a text object's first line is placed at the run's first glyph: font and colour may be set inside it
            moveTo(cb, r.placed().x(0), pageHeight - r.y());
        }
        if (bf != state.font || size != state.size) {
            cb.setFontAndSize(bf, size);
            state.font = bf;
            state.size = size;
        }
        if (!r.color().equals(state.fill)) {
            inks.fill(cb, r.color());
            state.fill = r.color();
        }
        if (r.fakeBold()) {
            // synthetic bold: the outline stroked as well as filled, 3 % of an em wide
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            cb.setLineWidth((float) (size * FAKE_BOLD_STROKE));
            inks.stroke(cb, r.color());
        }
        Glyphs gs = r.placed();
        int i = 0;
        while (i < gs.size()) {
            double scale = gs.hScale(i);
            int j = i;
            while (j < gs.size() && gs.hScale(j) == scale) {
                j++;
            }
            float tz = (float) (100 * scale);
            if (tz != state.scaling) {
                cb.setHorizontalScaling(tz);
                state.scaling = tz;
            }
            moveTo(cb, gs.x(i), pageHeight - r.y());
            cb.showText(stretch(cb, bf, gs, i, j, size, scale));
            i = j;
        }
        if (r.fakeBold()) {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
    }

    /**
     * The TJ array of glyphs of one scale. A justified line spreads its stretch evenly: the
     * commonest gap becomes character spacing (Tc), exact, so that the line still ends on the
     * measure; only the gaps that differ (beside punctuation, Latin) need a number of their own.
     */
    private PdfTextArray stretch(PdfContentByte cb, BaseFont bf, Glyphs gs, int from, int to, float size,
                                 double scale) {
        int n = to - from;
        // in thousandths of an em: how far each glyph's origin lies beyond the end of the one before
        double[] extra = new double[Math.max(0, n - 1)];
        int[] rounded = new int[extra.length];
        for (int k = 0; k + 1 < n; k++) {
            double natural = bf.getWidth(gs.text(from + k)) / 1000.0;
            double wanted = (gs.x(from + k + 1) - gs.x(from + k)) / (size * scale);
            extra[k] = (wanted - natural) * 1000;
            rounded[k] = (int) Math.round(extra[k]);
        }
        int mode = mode(rounded);
        double common = 0;
        int same = 0;
        for (int k = 0; k < extra.length; k++) {
            if (rounded[k] == mode) {
                common += extra[k];
                same++;
            }
        }
        common = same == 0 ? 0 : common / same;
        float tc = (float) (common * size / 1000.0);   // Tc is scaled by Tz like the glyphs
        if (tc != state.spacing) {
            cb.setCharacterSpacing(tc);
            state.spacing = tc;
        }
        PdfTextArray ta = new PdfTextArray();
        double carry = 0;   // what rounding the numbers to whole thousandths has left out so far
        for (int k = 0; k < n; k++) {
            ta.add(gs.text(from + k));
            if (k + 1 < n && rounded[k] != mode) {
                double exact = common - extra[k] + carry;
                long whole = Math.round(exact);
                carry = exact - whole;
                ta.add(whole);
            }
        }
        return ta;
    }

    /** The most frequent value (0 for none). */
    private static int mode(int[] v) {
        if (v.length == 0) {
            return 0;
        }
        int[] sorted = v.clone();
        Arrays.sort(sorted);
        int best = sorted[0];
        int bestRun = 0;
        for (int a = 0; a < sorted.length; ) {
            int b = a;
            while (b < sorted.length && sorted[b] == sorted[a]) {
                b++;
            }
            if (b - a > bestRun) {
                bestRun = b - a;
                best = sorted[a];
            }
            a = b;
        }
        return best;
    }
}
