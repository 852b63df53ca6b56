package org.jianbao.inline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers stay with their units (issue 10 item 8): a break between a number and the Han
 * character after it is costly, not forbidden, so it is taken only when nothing else will do.
 */
class NumberUnitTest {
    private static final String TEXT = "会议定于2024年8月23日在杭州召开，预计全年软件出口254.6亿美元，同比增长8.6%，"
            + "较上年提高1.2个百分点，各会员单位请于9月30日前报送材料，逾期不予受理。";

    @Test
    void numberAndItsUnitArePartedOnlyWhenNothingElseWill() {
        int parted = 0;
        int widths = 0;
        for (double w = 12; w <= 36; w += 0.5) {
            List<Line> lines = Compose.lines(TEXT, w);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String a = lines.get(i).text();
                String b = lines.get(i + 1).text();
                if (Character.isDigit(a.charAt(a.length() - 1)) && Character.UnicodeScript.of(b.codePointAt(0))
                        == Character.UnicodeScript.HAN) {
                    parted++;
                }
            }
            widths++;
        }
        assertTrue(parted <= widths / 10, parted + " of " + widths + " widths part a number from its unit");
    }

    @Test
    void percentNeverLeavesItsNumber() {
        for (double w = 12; w <= 36; w += 0.5) {
            for (Line l : Compose.lines(TEXT, w)) {
                assertFalse(l.text().startsWith("%"), l.text());
            }
        }
    }
}
