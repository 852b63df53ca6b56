package org.jianbao.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10 item 4: an address in any text is a link (its glyphs carry the target). */
class AutolinkTest {
    private static String hrefOf(List<Line> lines, String glyph) {
        for (Line l : lines) {
            for (Glyph g : l.glyphs()) {
                if (g.text().equals(glyph)) {
                    return g.style().href();
                }
            }
        }
        throw new AssertionError("no glyph " + glyph);
    }

    @Test
    void webAddressIsALink() {
        List<Line> lines = Compose.lines("详见https://zsia.org/tztg/3810.html。", 40);
        assertEquals("https://zsia.org/tztg/3810.html", hrefOf(lines, "3"));
        assertNull(hrefOf(lines, "详"));
        assertNull(hrefOf(lines, "。"));
    }

    @Test
    void bareWwwOpensOverHttpAndMailOverMailto() {
        assertEquals("http://www.example.org", hrefOf(Compose.lines("网址：www.example.org", 40), "x"));
        assertEquals("mailto:office@example.org", hrefOf(Compose.lines("邮箱：office@example.org", 40), "@"));
    }
}
