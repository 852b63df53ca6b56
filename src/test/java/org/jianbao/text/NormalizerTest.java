package org.jianbao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Input normalisation (docs/typography.md §5). */
class NormalizerTest {
    private static String clean(String s) {
        return Normalizer.normalize(s).text();
    }

    @Test
    void newlineBetweenHanCharactersDisappears() {
        assertEquals("协会会长曙光信息", clean("协会会长\n曙光信息"));
    }

    @Test
    void newlineBetweenLatinWordsBecomesOneSpace() {
        assertEquals("SIGCOMM 2020", clean("SIGCOMM\n2020"));
    }

    @Test
    void leadingIndentIsStripped() {
        assertEquals("信创产业", clean("\u3000\u3000信创产业"));
        assertEquals("信创产业", clean("  信创产业"));
    }

    @Test
    void spacesBesideChineseCharactersAreRemoved() {
        assertEquals("8月25日下午", clean("8 月 25 日下午"));
        assertEquals("第55期", clean("第 55 期"));
    }

    @Test
    void ideographicSpaceInsideATitleIsKept() {
        assertEquals("入选\u3000居全国第一", clean("入选\u3000居全国第一"));
    }

    @Test
    void asciiCommaBetweenHanIsReportedNotChanged() {
        Normalizer.Result r = Normalizer.normalize("根据规定,我协会召开");
        assertEquals("根据规定,我协会召开", r.text());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("，"));
    }

    @Test
    void pastedPinyinIsReported() {
        assertTrue(Normalizer.normalize("保税區(qū)").warnings().get(0).contains("pinyin"));
    }
}
