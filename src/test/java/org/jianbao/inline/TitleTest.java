package org.jianbao.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jianbao.TestFonts;
import org.jianbao.font.FontChain;
import org.jianbao.model.Align;
import org.jianbao.model.ProhibitionLevel;
import org.jianbao.model.PunctuationStyle;
import org.junit.jupiter.api.Test;

/**
 * Titles (issue 10 item 9; GB/T 9704-2012 §7.3.1: 词意完整，排列对称，使用梯形或菱形): never squeezed,
 * broken between phrases, short over long. Bold sans at 16 pt, as article titles are set.
 */
class TitleTest {
    private static final double SIZE = 16;

    private static List<Line> title(String text, double ems) {
        FontChain hei = new FontChain(List.of(TestFonts.face("Noto Sans CJK SC Bold")));
        TextStyle style = new TextStyle(hei, SIZE, org.jianbao.model.Color.BLACK, org.jianbao.model.Lang.HANS, 0);
        return new InlineLayout(ProhibitionLevel.BASIC, PunctuationStyle.QUANJIAO)
                .layoutTitle(List.of(new Run(text, style)), LineSpec.of(ems * SIZE, Align.CENTER)).lines();
    }

    private static double natural(String text) {
        return title(text, 1000).get(0).width();
    }

    @Test
    void titleJustWiderThanTheMeasureTakesTwoLinesUnsqueezed() {
        String t = "协会召开2024年度“重点任务”推进会暨理事会";
        double width = natural(t);
        List<Line> lines = title(t, width / SIZE * 0.97);
        assertEquals(2, lines.size(), Compose.texts(lines).toString());
        double sum = lines.get(0).width() + lines.get(1).width();
        assertTrue(sum >= width - 0.5 * SIZE, "squeezed: " + sum + " < " + width);
    }

    @Test
    void titleThatFitsStaysOnOneLineAtItsNaturalWidth() {
        String t = "关于开展2024年度软件企业“双软”评估工作的通知";
        List<Line> lines = title(t, 30);
        assertEquals(1, lines.size());
        assertEquals(natural(t), lines.get(0).width(), 0.01);
    }

    @Test
    void twoLineTitleIsShortOverLong() {
        for (String t : List.of("会长单位——中科曙光与上合多功能平台、中国教育达成战略合作",
                "兩岸軟體產業交流座談會圓滿結束，雙方就人才培訓與標準互認等事項達成初步共識",
                "关于公布2024年度浙江省软件行业协会高级工程师职称评审结果的通知")) {
            List<Line> lines = title(t, 27.6);
            assertEquals(2, lines.size(), t);
            assertTrue(lines.get(0).width() <= lines.get(1).width() + 0.5 * SIZE, Compose.texts(lines).toString());
        }
    }

    @Test
    void titleBreaksBetweenPhrasesNotInsideNamesOrWords() {
        assertEquals(List.of("会长单位——中科曙光", "与上合多功能平台、中国教育达成战略合作"),
                Compose.texts(title("会长单位——中科曙光与上合多功能平台、中国教育达成战略合作", 27.6)));
        List<String> lines = Compose.texts(title("关于公布2024年度浙江省软件行业协会高级工程师职称评审结果的通知", 27.6));
        assertTrue(!lines.get(0).endsWith("行业") && !lines.get(0).endsWith("高级"), lines.toString());
    }

    @Test
    void titleBreaksAfterAPauseWhenTheShapeAllows() {
        assertEquals(List.of("兩岸軟體產業交流座談會圓滿結束，", "雙方就人才培訓與標準互認等事項達成初步共識"),
                Compose.texts(title("兩岸軟體產業交流座談會圓滿結束，雙方就人才培訓與標準互認等事項達成初步共識", 27.6)));
    }
}
