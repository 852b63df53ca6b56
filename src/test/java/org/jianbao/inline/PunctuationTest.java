package org.jianbao.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jianbao.TestFonts;
import org.jianbao.font.FontChain;
import org.jianbao.model.PunctuationStyle;
import org.junit.jupiter.api.Test;

/**
 * Punctuation widths (W3C clreq §3.1.6; GB/T 15834-2011 §5.1.10) and Han–Latin spacing
 * (clreq §3.2.1). One em is 10 pt; positions are read from the laid-out glyphs.
 */
class PunctuationTest {
    private static final double EM = Compose.EM;
    private static final double EPS = 0.01;

    /** The x of the first glyph whose text is {@code t} in the paragraph set on one wide line. */
    private static double at(List<Line> lines, String t) {
        for (Line l : lines) {
            for (Glyph g : l.glyphs()) {
                if (g.text().equals(t)) {
                    return g.dx();
                }
            }
        }
        throw new AssertionError("no glyph " + t);
    }

    @Test
    void fullStopAtLineEndIsSetHalfAnEmWide() {
        // eight characters and a stop fit 8.5 em only if the stop's blank half is dropped at the line end
        List<Line> lines = Compose.lines("一二三四五六七八。九十一二", 8.5);
        assertEquals("一二三四五六七八。", lines.get(0).text());
        assertEquals(8 * EM, at(lines, "。"), EPS);
    }

    @Test
    void adjacentPunctuationIsCompressedToOneAndAHalfEm() {
        List<Line> lines = Compose.lines("一。”二", 30);
        assertEquals(1.5 * EM, at(lines, "二") - at(lines, "。"), EPS);
        lines = Compose.lines("一，“二”", 30);
        assertEquals(1.5 * EM, at(lines, "二") - at(lines, "，"), EPS);
        lines = Compose.lines("一）、二", 30);
        assertEquals(1.5 * EM, at(lines, "二") - at(lines, "）"), EPS);
    }

    @Test
    void compressionWorksAcrossBoldAndRegularRuns() {
        FontChain bold = new FontChain(List.of(TestFonts.face("Noto Serif CJK SC Bold")));
        List<Line> lines = Compose.lines(List.of(new Run("一（二）", Compose.serif()), new Run("、三", Compose.style(bold))),
                30, PunctuationStyle.QUANJIAO);
        assertEquals(1.5 * EM, at(lines, "三") - at(lines, "）"), EPS);
    }

    @Test
    void openingBracketAtParagraphStartLosesHalfAnEm() {
        List<Line> lines = Compose.lines("（一）二三", 30);
        // the bracket's ink half sits at the start: its glyph origin is half an em to the left
        assertEquals(-0.5 * EM, at(lines, "（"), EPS);
        assertEquals(0.5 * EM, at(lines, "一"), EPS);
    }

    @Test
    void openingBracketAtLineStartLosesHalfAnEm() {
        List<Line> lines = Compose.lines("一二三四五六七八（九十）一二三四", 8);
        Line second = lines.get(1);
        assertEquals("（", second.glyphs().get(0).text());
        assertEquals(-0.5 * EM, second.glyphs().get(0).dx(), EPS);
    }

    @Test
    void hanLatinGapIsAQuarterEm() {
        List<Line> lines = Compose.lines("中A文", 30);
        assertEquals(1.25 * EM, at(lines, "A") - at(lines, "中"), EPS);
        double a = TestFonts.face("Noto Serif CJK SC").advance('A') * EM;
        assertEquals(a + 0.25 * EM, at(lines, "文") - at(lines, "A"), EPS);
    }

    @Test
    void noGapBesideFullWidthPunctuation() {
        List<Line> lines = Compose.lines("中A，文", 30);
        double a = TestFonts.face("Noto Serif CJK SC").advance('A') * EM;
        assertEquals(a, at(lines, "，") - at(lines, "A"), EPS);
    }

    @Test
    void banjiaoSetsEveryMarkHalfAnEm() {
        List<Line> lines = Compose.lines(List.of(new Run("一，二。三", Compose.serif())), 30, PunctuationStyle.BANJIAO);
        assertEquals(0.5 * EM, at(lines, "二") - at(lines, "，"), EPS);
        assertEquals(0.5 * EM, at(lines, "三") - at(lines, "。"), EPS);
    }

    @Test
    void kaimingKeepsSentenceEndsFullAndHalvesTheRest() {
        List<Line> lines = Compose.lines(List.of(new Run("一，二。三", Compose.serif())), 30, PunctuationStyle.KAIMING);
        assertEquals(0.5 * EM, at(lines, "二") - at(lines, "，"), EPS);
        assertEquals(1.0 * EM, at(lines, "三") - at(lines, "。"), EPS);
    }

    @Test
    void dashPairFillsTwoEms() {
        List<Line> lines = Compose.lines("一——二", 30);
        assertEquals(3 * EM, at(lines, "二") - at(lines, "一"), EPS);
    }
}
