package org.jianbao.export.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.TestFonts;
import org.jianbao.font.Face;
import org.jianbao.frame.FrameItem;
import org.jianbao.model.Color;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.junit.jupiter.api.Test;

/** Glyph runs as OFD text objects (GB/T 33190-2016 §11.2, §11.3). */
class TextObjectsTest {
    private static final Face SERIF = TestFonts.face("Noto Serif CJK SC");

    private static FrameItem.GlyphRun run(boolean fakeBold, Color color, FrameItem.Placed... glyphs) {
        return new FrameItem.GlyphRun(700, SERIF, 12, color, fakeBold, List.of(glyphs));
    }

    /** Every character's x in points, from the object's Boundary, X and the expanded DeltaX. */
    private static List<Double> positions(TextObject t) {
        String[] box = t.attributeValue("Boundary").split(" ");
        TextCode code = t.getTextCodes().get(0);
        double x = Double.parseDouble(box[0]) + Double.parseDouble(code.attributeValue("X"));
        List<Double> out = new ArrayList<>();
        out.add(x * 72 / 25.4);
        String d = code.attributeValue("DeltaX");
        if (d != null) {
            String[] parts = d.split(" ");
            for (int i = 0; i < parts.length; i++) {
                int times = 1;
                if (parts[i].equals("g")) {
                    times = Integer.parseInt(parts[i + 1]);
                    i += 2;
                }
                for (int k = 0; k < times; k++) {
                    x += Double.parseDouble(parts[i]);
                    out.add(x * 72 / 25.4);
                }
            }
        }
        return out;
    }

    @Test
    void everyCharacterLandsWhereTheLayoutPutIt() {
        FrameItem.GlyphRun r = run(false, Color.BLACK, new FrameItem.Placed("简", 100, 1),
                new FrameItem.Placed("报", 112.4, 1), new FrameItem.Placed("，", 124.8, 1),
                new FrameItem.Placed("A", 131, 1), new FrameItem.Placed("1", 139.25, 1));
        List<TextObject> ts = TextObjects.of(r, 7, new Ids());
        assertEquals(1, ts.size());
        assertEquals("简报，A1", ts.get(0).getTextCodes().get(0).getContent());
        List<Double> x = positions(ts.get(0));
        double[] expected = {100, 112.4, 124.8, 131, 139.25};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], x.get(i), 0.003, "character " + i);
        }
        String[] box = ts.get(0).attributeValue("Boundary").split(" ");
        double y = Double.parseDouble(box[1]) + Double.parseDouble(ts.get(0).getTextCodes().get(0).attributeValue("Y"));
        assertEquals(700, y * 72 / 25.4, 0.003, "baseline");
    }

    @Test
    void aClusterOfTwoCharactersPutsTheSecondAfterTheFirstsAdvance() {
        FrameItem.GlyphRun r = run(false, Color.BLACK, new FrameItem.Placed("A\u0301", 100, 1), new FrameItem.Placed("B", 120, 1));
        TextObject t = TextObjects.of(r, 7, new Ids()).get(0);
        List<Double> x = positions(t);
        assertEquals(3, x.size());
        assertEquals(100 + SERIF.advance('A') * 12, x.get(1), 0.003);
        assertEquals(120, x.get(2), 0.003);
    }

    @Test
    void eachStretchOfEqualHorizontalScaleIsATextObjectWithThatHScale() {
        FrameItem.GlyphRun r = run(false, Color.BLACK, new FrameItem.Placed("有", 100, 1),
                new FrameItem.Placed("—", 112, 1.1236), new FrameItem.Placed("—", 124, 1.1236),
                new FrameItem.Placed("凡", 136, 1));
        List<TextObject> ts = TextObjects.of(r, 7, new Ids());
        assertEquals(3, ts.size());
        assertNull(ts.get(0).attributeValue("HScale"));
        assertEquals("1.1236", ts.get(1).attributeValue("HScale"));
        assertEquals("——", ts.get(1).getTextCodes().get(0).getContent());
        assertNull(ts.get(2).attributeValue("HScale"));
    }

    @Test
    void syntheticBoldIsTheOutlineStrokedInTheTextColourThreePercentOfAnEmWide() {
        Color red = new Color(230, 0, 18);
        TextObject t = TextObjects.of(run(true, red, new FrameItem.Placed("数", 100, 1)), 7, new Ids()).get(0);
        assertEquals("true", t.attributeValue("Stroke"));
        assertEquals(Mm.text(12 * 0.03), t.attributeValue("LineWidth"));
        assertEquals("230 0 18", t.getStrokeColor().attributeValue("Value"));
        assertEquals("230 0 18", t.getFillColor().attributeValue("Value"));
    }

    @Test
    void plainBlackTextCarriesNoColourOrStroke() {
        TextObject t = TextObjects.of(run(false, Color.BLACK, new FrameItem.Placed("字", 100, 1)), 7, new Ids()).get(0);
        assertNull(t.attributeValue("Stroke"));
        assertNull(t.getFillColor());
        assertNull(t.getStrokeColor());
        assertEquals("7", t.attributeValue("Font"));
        assertEquals(Mm.text(12), t.attributeValue("Size"));
        assertTrue(t.getTextCodes().get(0).attributeValue("DeltaX") == null, "one character: no DeltaX");
    }
}
