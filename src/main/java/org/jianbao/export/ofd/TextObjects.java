package org.jianbao.export.ofd;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.font.Face;
import org.jianbao.frame.FrameItem;
import org.jianbao.model.Color;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;

/**
 * A glyph run as text objects (GB/T 33190-2016 §11.2, 表 45): one TextObject per stretch of
 * equal horizontal scale, holding one TextCode whose characters are exactly the run's text and
 * whose DeltaX puts every character where the layout put it (§11.3, 表 46), so that a reader both
 * draws the glyphs in place and gives the text back.
 * <ul>
 * <li>a horizontal scale other than 1 is the object's {@code HScale};</li>
 * <li>synthetic bold is drawn as the PDF draws it: the outline stroked as well as filled
 * ({@code Stroke="true"}) with a line 3 % of an em wide in the text's colour;</li>
 * <li>the Boundary is the run's box (the face's ascender and descender, a tenth of an em either
 * side), and the TextCode's X and Y are relative to it.</li>
 * </ul>
 */
final class TextObjects {
    /** Stroke width of synthetic bold, in ems: as in the PDF (about the step from Regular to Bold). */
    private static final double FAKE_BOLD_STROKE = 0.03;
    /** Room left and right of the run inside its Boundary, in ems: for overhanging glyphs and the bold stroke. */
    private static final double SIDE = 0.1;

    private TextObjects() {
    }

    /** The text objects of {@code run}, drawn with the font resource {@code fontId}. */
    static List<TextObject> of(FrameItem.GlyphRun run, long fontId, Ids ids) {
        List<TextObject> out = new ArrayList<>();
        List<FrameItem.Placed> gs = run.glyphs();
        int i = 0;
        while (i < gs.size()) {
            double scale = gs.get(i).hScale();
            int j = i;
            while (j < gs.size() && gs.get(j).hScale() == scale) {
                j++;
            }
            out.add(stretch(run, gs.subList(i, j), scale, fontId, ids));
            i = j;
        }
        return out;
    }

    /**
     * A run turned by {@code degrees} (anticlockwise as seen) about ({@code cx}, {@code cy}): its text
     * objects span the whole page, so that nothing turned falls outside their Boundary, and carry the
     * turn as their CTM (GB/T 33190-2016 §8.2: x' = a·x + c·y + e, y' = b·x + d·y + f, y downwards).
     */
    static List<TextObject> rotated(FrameItem.GlyphRun run, double degrees, double cx, double cy, double pageW,
                                    double pageH, long fontId, Ids ids) {
        List<TextObject> out = of(run, fontId, ids);
        double t = Math.toRadians(degrees);
        double a = Math.cos(t);
        double b = -Math.sin(t);
        double c = Math.sin(t);
        double d = Math.cos(t);
        double x0 = Mm.of(cx);
        double y0 = Mm.of(cy);
        String ctm = Mm.number(a, 6) + " " + Mm.number(b, 6) + " " + Mm.number(c, 6) + " " + Mm.number(d, 6) + " "
                + Mm.number(x0 - a * x0 - c * y0, 3) + " " + Mm.number(y0 - b * x0 - d * y0, 3);
        for (TextObject o : out) {
            String[] box = o.attributeValue("Boundary").split(" ");
            double bx = Double.parseDouble(box[0]);
            double by = Double.parseDouble(box[1]);
            o.addAttribute("Boundary", Mm.box(0, 0, pageW, pageH));
            o.addAttribute("CTM", ctm);
            var code = o.element("TextCode");
            code.addAttribute("X", Mm.number(Double.parseDouble(code.attributeValue("X")) + bx, 3));
            code.addAttribute("Y", Mm.number(Double.parseDouble(code.attributeValue("Y")) + by, 3));
        }
        return out;
    }

    private static TextObject stretch(FrameItem.GlyphRun run, List<FrameItem.Placed> gs, double scale, long fontId,
                                      Ids ids) {
        Face face = run.face();
        double size = run.size();
        // each character's origin: a glyph's first character where the layout put it, any others after it
        StringBuilder text = new StringBuilder();
        List<Double> xs = new ArrayList<>();
        double end = gs.get(0).x();
        for (FrameItem.Placed g : gs) {
            double x = g.x();
            int[] cps = g.text().codePoints().toArray();
            for (int cp : cps) {
                xs.add(x);
                text.appendCodePoint(cp);
                x += face.advance(cp) * size * scale;
            }
            end = Math.max(end, x);
        }
        double left = xs.isEmpty() ? end : xs.get(0);
        double side = SIDE * size;
        double ascent = face.ascender() * size;
        double descent = face.descender() * size;

        TextObject t = new TextObject(ids.next());
        t.addAttribute("Boundary", Mm.box(left - side, run.y() - ascent, end - left + 2 * side, ascent + descent));
        t.addAttribute("Font", Long.toString(fontId));
        t.addAttribute("Size", Mm.text(size));
        if (run.fakeBold()) {
            t.addAttribute("LineWidth", Mm.text(size * FAKE_BOLD_STROKE));
            t.addAttribute("Stroke", "true");
        }
        if (scale != 1) {
            t.addAttribute("HScale", Mm.number(scale, 4));
        }
        if (!run.color().equals(Color.BLACK)) {
            t.add(Colours.element("FillColor", run.color()));
        }
        if (run.fakeBold()) {
            t.add(Colours.element("StrokeColor", run.color()));
        }
        TextCode code = new TextCode();
        code.addAttribute("X", Mm.text(side));
        code.addAttribute("Y", Mm.text(ascent));
        if (xs.size() > 1) {
            double[] d = new double[xs.size() - 1];
            for (int k = 0; k + 1 < xs.size(); k++) {
                d[k] = Mm.of(xs.get(k + 1) - xs.get(k));
            }
            code.addAttribute("DeltaX", DeltaX.of(d));
        }
        code.setText(text.toString());
        t.add(code);
        return t;
    }
}
