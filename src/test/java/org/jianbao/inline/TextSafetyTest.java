package org.jianbao.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jianbao.model.Align;
import org.jianbao.model.ProhibitionLevel;
import org.jianbao.model.PunctuationStyle;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 "Text safety" at the layout: a grapheme cluster is one unit, never broken or spaced
 * apart; a variation selector is no character missing from the font.
 */
class TextSafetyTest {
    private static InlineLayout.Result set(String text, double ems) {
        return new InlineLayout(ProhibitionLevel.BASIC, PunctuationStyle.QUANJIAO)
                .layout(List.of(new Run(text, Compose.serif())), LineSpec.of(ems * Compose.EM, Align.JUSTIFY), 0);
    }

    @Test
    void letterAndCombiningMarkAreOneGlyphNeverSpacedOrBroken() {
        // x + U+0301 has no precomposed form: it stays two code points, one grapheme
        String word = "x\u0301";
        for (double w = 3; w <= 12; w += 0.5) {
            InlineLayout.Result r = set("汉字" + word + "汉字汉字汉字汉字", w);
            boolean found = false;
            for (Line l : r.lines()) {
                for (Glyph g : l.glyphs()) {
                    assertTrue(!g.text().equals("\u0303"), "the mark set apart at " + w + " em");
                    found |= g.text().equals(word);
                }
            }
            assertTrue(found, "no glyph " + word + " at " + w + " em");
        }
    }

    @Test
    void markTheBaseFontLacksIsReportedNotDropped() {
        InlineLayout.Result r = set("汉q\u0303字", 30);
        assertEquals(List.of(0x0303), r.missingCodePoints());
    }

    @Test
    void variationSelectorIsNotMissingFromTheFont() {
        InlineLayout.Result r = set("葛\uDB40\uDD00城与★\uFE0E", 30);
        assertEquals(List.of(), r.missingCodePoints());
        assertEquals("葛城与★", r.lines().get(0).text());
    }
}
