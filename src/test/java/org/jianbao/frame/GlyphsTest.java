package org.jianbao.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a glyph run keeps its glyphs compactly ({@link Glyphs}) and must still read as the same
 * list of placed glyphs — texts of one or more characters (a surrogate pair, a mark with its base),
 * origins and scales exactly as given, moved exactly as each glyph would be.
 */
class GlyphsTest {
    private static final List<FrameItem.Placed> PLACED = List.of(new FrameItem.Placed("简", 10.125, 1),
            new FrameItem.Placed("𠀀", 20.1 + 0.2, 1), new FrameItem.Placed("e\u0301", 31.7, 1),
            new FrameItem.Placed("—", 40, 1.1234));

    @Test
    void compactGlyphsReadAsTheGlyphsGiven() {
        Glyphs g = Glyphs.of(PLACED);
        assertEquals(PLACED, g);
        assertEquals(g, PLACED);
        assertEquals(PLACED.hashCode(), g.hashCode());
        assertEquals("简𠀀e\u0301—", g.text());
        assertSame(g, Glyphs.of(g), "compact glyphs are kept as they are");
        assertEquals(List.of(), Glyphs.of(List.of()));
    }

    @Test
    void aMovedRunMovesEachGlyphAsItsOwnRecordWould() {
        FrameItem.GlyphRun r = new FrameItem.GlyphRun(5, null, 10, org.jianbao.model.Color.BLACK, false, PLACED);
        FrameItem.GlyphRun m = r.moved(0.1, 0.2);
        for (int i = 0; i < PLACED.size(); i++) {
            FrameItem.Placed p = PLACED.get(i);
            assertEquals(new FrameItem.Placed(p.text(), p.x() + 0.1, p.hScale()), m.glyphs().get(i));
        }
        assertEquals(5 + 0.2, m.y());
        assertTrue(m.glyphs() instanceof Glyphs);
    }
}
