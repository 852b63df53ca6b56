package org.jianbao.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jianbao.TestFonts;
import org.junit.jupiter.api.Test;

/**
 * The spaces around Chinese text that issue 10 asks for: no Han–Latin gap beside punctuation of
 * any width (item 3; clreq §3.2.1 spaces Han from Western words, a solidus is set tight), a blank
 * typed between two Han characters set as a half-em phrase space (item 5), and an apostrophe in a
 * Latin word set as part of the word. One em is 10 pt.
 */
class SpacingTest {
    private static final double EM = Compose.EM;
    private static final double EPS = 0.01;

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

    private static double advance(int cp) {
        return TestFonts.face("Noto Serif CJK SC").advance(cp) * EM;
    }

    @Test
    void solidusIsSetTightAgainstChinese() {
        List<Line> lines = Compose.lines("撰文、攝影/李四", 30);
        assertEquals(1 * EM, at(lines, "/") - at(lines, "影"), EPS);
        assertEquals(advance('/'), at(lines, "李") - at(lines, "/"), EPS);
    }

    @Test
    void asciiBracketsAndFullStopsTakeNoGap() {
        List<Line> lines = Compose.lines("见(x)表1.中", 30);
        assertEquals(1 * EM, at(lines, "(") - at(lines, "见"), EPS);
        assertEquals(advance(')'), at(lines, "表") - at(lines, ")"), EPS);
        assertEquals(advance('.'), at(lines, "中") - at(lines, "."), EPS);
    }

    @Test
    void lettersDigitsAndPercentStillTakeTheQuarterEm() {
        List<Line> lines = Compose.lines("增长8.6%的A股", 30);
        assertEquals(1.25 * EM, at(lines, "8") - at(lines, "长"), EPS);
        assertEquals(advance('%') + 0.25 * EM, at(lines, "的") - at(lines, "%"), EPS);
    }

    @Test
    void blankBetweenTwoHanCharactersIsAHalfEmPhraseSpace() {
        List<Line> lines = Compose.lines("數聚河西 智匯津門", 30);
        assertEquals(1.5 * EM, at(lines, "智") - at(lines, "西"), EPS);
        // the space is drawn, so that copying the text gives it back
        assertTrue(lines.get(0).text().contains("西 智"), lines.get(0).text());
    }

    @Test
    void phraseSpaceIsAPlaceToBreakAndVanishesThere() {
        List<Line> lines = Compose.lines("數聚河西 智匯津門", 4);
        assertEquals(List.of("數聚河西", "智匯津門"), Compose.texts(lines));
    }

    @Test
    void apostropheInALatinWordIsNoFullWidthQuote() {
        List<Line> lines = Compose.lines("江苏（Jiangsu’s）", 30);
        // the apostrophe takes well under half an em, and no blank opens after it
        assertTrue(at(lines, "s") - at(lines, "’") < 0.35 * EM, "apostrophe set wide");
        assertTrue(at(lines, "’") - at(lines, "u") <= advance('u') + EPS, "gap before the apostrophe");
    }
}
