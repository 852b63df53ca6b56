package org.jianbao.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * W3C clreq §3.1.7, prohibition rules for line start and line end; GB/T 15834-2011 §5.1.4–5.1.5
 * for the dash and the ellipsis. Each text is set on lines so narrow that a careless breaker
 * would put the mark where it must not go.
 */
class ProhibitionTest {
    private static final String NO_START = "、，。；：？！）》」』】”’—…%";
    private static final String NO_END = "（《「『【“‘";

    private static void assertNoLineStartsOrEndsWrongly(List<Line> lines) {
        for (Line l : lines) {
            String t = l.text();
            assertFalse(NO_START.indexOf(t.charAt(0)) >= 0, "line starts with a closing mark: " + t);
            assertFalse(NO_END.indexOf(t.charAt(t.length() - 1)) >= 0, "line ends with an opening mark: " + t);
        }
    }

    @Test
    void commaNeverStartsALine() {
        // at 5 em the comma would fall at the start of line 2
        List<Line> lines = Compose.lines("一二三四五，六七八九十一二三四", 5);
        assertNoLineStartsOrEndsWrongly(lines);
        assertTrue(lines.get(0).text().endsWith("，") || !lines.get(1).text().startsWith("，"));
    }

    @Test
    void closingQuoteNeverStartsALine() {
        List<Line> lines = Compose.lines("他说：“一二三四五”六七八九十一二三四五六七", 8);
        assertNoLineStartsOrEndsWrongly(lines);
    }

    @Test
    void openingBracketNeverEndsALine() {
        for (int w = 5; w <= 12; w++) {
            assertNoLineStartsOrEndsWrongly(Compose.lines("一二三四五六七（八九十）一二三《四五》六七八九十", w));
        }
    }

    @Test
    void noMarkIsMisplacedAtAnyWidth() {
        String text = "“中国开放数林指数”是我国首个专注于评估政府数据开放水平的专业报告和指数，对我国地方政府数据开放"
                + "水平进行综合评价（含《报告》），助推发展。他说：“好！”——这是……真的？";
        for (int w = 6; w <= 30; w++) {
            assertNoLineStartsOrEndsWrongly(Compose.lines(text, w));
        }
    }

    @Test
    void dashPairIsNeverSplit() {
        for (int w = 5; w <= 12; w++) {
            for (Line l : Compose.lines("一二三四五六——七八九十一二三——四五", w)) {
                assertFalse(l.text().startsWith("—"), "a line starts with a dash: " + l.text());
                assertFalse(l.text().endsWith("—") && !l.text().endsWith("——"), "—— split: " + l.text());
            }
        }
    }

    @Test
    void ellipsisPairIsNeverSplit() {
        for (int w = 5; w <= 12; w++) {
            for (Line l : Compose.lines("一二三四五六……七八九十一二三……四五", w)) {
                assertFalse(l.text().startsWith("…"), "a line starts with an ellipsis: " + l.text());
                assertFalse(l.text().endsWith("…") && !l.text().endsWith("……"), "…… split: " + l.text());
            }
        }
    }

    @Test
    void decimalNumberAndPercentStayWhole() {
        for (int w = 6; w <= 14; w++) {
            String all = String.join("|", Compose.texts(Compose.lines("同比增长六个百分点，达到6.7%，同比增长35609亿元", w)));
            assertTrue(all.contains("6.7%"), "6.7% split at " + w + " em: " + all);
            assertTrue(all.contains("35609"), "35609 split at " + w + " em: " + all);
        }
    }

    @Test
    void documentNumberStaysWhole() {
        for (int w = 6; w <= 14; w++) {
            String all = String.join("|", Compose.texts(Compose.lines("根据国务院印发的国发〔2011〕4号文件精神", w)));
            assertTrue(all.contains("〔2011〕4号"), "document number split at " + w + " em: " + all);
        }
    }

    @Test
    void emailAddressBreaksOnlyAfterItsAtSignOrADot() {
        // rather than a line spaced out to fill the measure, the address may part after @ or a dot
        for (int w = 9; w <= 30; w++) {
            List<Line> lines = Compose.lines("请发邮件至zsiacyj@163.com联系协会秘书处，或致电协会", w);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String t = lines.get(i).text();
                char last = t.charAt(t.length() - 1);
                if (last < 128 && lines.get(i + 1).text().charAt(0) < 128) {
                    assertTrue(last == '@' || last == '.', "e-mail split after " + last + ": " + Compose.texts(lines));
                }
            }
        }
    }

    @Test
    void urlShorterThanALineBreaksOnlyAfterItsMarks() {
        // the address is about 15 em wide: on any line wider than that it parts only after / . - _ ? & = #
        String text = "见协会官网：http://zsia.org/tztg/3810.html了解详情，或来电咨询协会秘书处的工作人员";
        for (int w = 16; w <= 30; w++) {
            List<Line> lines = Compose.lines(text, w);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String t = lines.get(i).text();
                char last = t.charAt(t.length() - 1);
                if (last < 128 && lines.get(i + 1).text().charAt(0) < 128) {
                    assertTrue("/.-_?&=#".indexOf(last) >= 0, "URL broken after " + last + ": " + Compose.texts(lines));
                }
            }
            assertEquals(text, String.join("", Compose.texts(lines)));
        }
    }

    @Test
    void wordTooLongForAnyLineIsStillSetWithinTheMeasure() {
        String url = "http://example.org/" + "a".repeat(300);
        List<Line> lines = Compose.lines("地址：" + url, 10);
        for (Line l : lines) {
            assertTrue(l.width() <= 10 * Compose.EM + 0.01, "overfull line: " + l.text());
        }
        assertEquals("地址：" + url, String.join("", Compose.texts(lines)));
    }
}
