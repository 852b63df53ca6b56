package org.jianbao.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Justification (GB/T 9704-2012 §5.2.3; clreq §3.8) and the paragraph's last line (clreq §3.4). */
class JustificationTest {
    private static final String TEXT = "上半年，我国软件和信息技术服务业复工复产成效明显，软件业务收入、利润同比增速持续回升，"
            + "软件出口逐步恢复，电子商务平台技术服务和集成电路设计收入较快增长。据统计，1-6月我国软件业完成软件业务收入"
            + "35609亿元，同比增长6.7%，增速较去年同期回落8.3个百分点；阿里5大技术成果入选网络通信顶会SIGCOMM 2020，"
            + "刷新中国纪录。";

    @Test
    void everyLineButTheLastIsFlushWithBothEdges() {
        for (double w = 12; w <= 36; w += 1.5) {
            List<Line> lines = Compose.lines(TEXT, w);
            for (int i = 0; i < lines.size() - 1; i++) {
                Line l = lines.get(i);
                String t = l.text();
                // a line that ends in a mark ends with the mark's ink half: measure its box, not its glyph
                assertEquals(w * Compose.EM, l.width(), 0.01, "line " + i + " at " + w + " em: " + t);
            }
        }
    }

    @Test
    void lastLineHoldsAtLeastTwoCharacters() {
        for (double w = 8; w <= 30; w += 1) {
            List<Line> lines = Compose.lines(TEXT, w);
            String last = lines.get(lines.size() - 1).text().replaceAll("[\\p{P}]", "");
            assertTrue(last.length() >= 2, "last line \"" + last + "\" at " + w + " em");
        }
    }

    @Test
    void spacingBetweenCharactersStaysEven() {
        // no line is stretched by more than a fifth of an em between characters
        for (double w = 14; w <= 36; w += 2) {
            for (Line l : Compose.lines(TEXT, w)) {
                for (int i = 1; i < l.glyphs().size(); i++) {
                    double gap = l.glyphs().get(i).dx() - l.glyphs().get(i - 1).dx();
                    assertTrue(gap < 1.75 * Compose.EM, "gap of " + gap + " pt in " + l.text());
                }
            }
        }
    }

    @Test
    void noCharacterIsDrawnOverTheOneBeforeIt() {
        // a shrunk line may lose blank halves of marks, never the ink: every mark starts after the
        // em box of the Han character before it (less the small inter-character shrink)
        String text = TEXT + "请发邮件至office@example.org.cn，有效期为7天，请及时下载。如链接失效，可发邮件至zsiacyj@163.com重新获取。";
        for (double w = 10; w <= 40; w += 0.5) {
            for (Line l : Compose.lines(text, w)) {
                for (int i = 1; i < l.glyphs().size(); i++) {
                    Glyph a = l.glyphs().get(i - 1);
                    Glyph b = l.glyphs().get(i);
                    if (org.jianbao.text.CharClass.of(a.text().codePointAt(0)) == org.jianbao.text.CharClass.HAN
                            && "，。、；：？！）》”".contains(b.text())) {
                        assertTrue(b.dx() >= a.dx() + 0.95 * Compose.EM,
                                b.text() + " overlaps " + a.text() + " at " + w + " em in " + l.text());
                    }
                }
            }
        }
    }

    /**
     * Issue 10 item 7: an address is never letter-spaced, and breaks after / . - _ ? & = #, inside
     * a name only when it is longer than a line; every line that holds Chinese is justified.
     */
    @Test
    void longAddressIsNeverLetterSpacedAndBreaksAfterItsMarks() {
        String url = "https://pan.example.org.cn/share/download_center/2024_reading_club/session_07/"
                + "SIGCOMM_2020_slides.pdf?access_token=ab12cd34_ef56&lang=zh_CN#page=2";
        String text = "完整链接如下：" + url + "，有效期为7天，请及时下载。";
        for (double w = 20; w <= 40; w += 2) {
            List<Line> lines = Compose.lines(text, w);
            for (int li = 0; li < lines.size(); li++) {
                Line l = lines.get(li);
                List<Glyph> g = l.glyphs();
                for (int i = 1; i < g.size(); i++) {
                    Glyph a = g.get(i - 1);
                    if (a.text().charAt(0) < 128 && g.get(i).text().charAt(0) < 128) {
                        // the next glyph starts where this one ends: at most the glyph is drawn a little wider
                        double drawn = a.face().advance(a.text().codePointAt(0)) * a.size() * a.hScale();
                        assertEquals(drawn, g.get(i).dx() - a.dx(), 1e-6, "letter-spaced in " + l.text());
                        assertTrue(a.hScale() <= 1 + 2 * ItemBuilder.EXPANSION + 1e-9, "expanded too far: " + l.text());
                    }
                }
                String t = l.text();
                if (li + 1 < lines.size()) {
                    assertEquals(w * Compose.EM, l.width(), 0.01, "line " + li + " at " + w + " em: " + t);
                }
            }
        }
    }
}
