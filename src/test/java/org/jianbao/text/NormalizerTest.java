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
    void spaceBetweenTwoChineseCharactersIsAPhraseSpace() {
        // issue 10 item 5: the author's space is content, kept as one space
        assertEquals("數聚河西 智匯津門", clean("數聚河西 智匯津門"));
        assertEquals("數聚河西 智匯津門", clean("數聚河西   智匯津門"));
    }

    @Test
    void lineBreakBetweenChineseCharactersStillDisappears() {
        assertEquals("數聚河西智匯津門", clean("數聚河西 \n 智匯津門"));
    }

    @Test
    void spaceBesideAMarkOrALatinWordStillGoes() {
        assertEquals("近日，2021年", clean("近日， 2021 年"));
        assertEquals("使用ChatGPT等", clean("使用 ChatGPT 等"));
    }

    @Test
    void spaceBetweenPiecesIsJudgedByTheCharactersAround() {
        // a bold run after a phrase space: the space stays, in the first piece
        Normalizer.Result r = Normalizer.normalize(java.util.List.of("數聚河西 ", "智匯津門"));
        assertEquals(java.util.List.of("數聚河西 ", "智匯津門"), r.pieces());
        r = Normalizer.normalize(java.util.List.of("协会 ", " ChatGPT"));
        assertEquals("协会ChatGPT", r.text());
    }

    @Test
    void combiningAccentsJoinTheirLetter() {
        // issue 11 "Text safety": NFC, so that a mark is never a character of its own
        assertEquals("Zhéjiāng", clean("Zhe\u0301jia\u0304ng"));
    }

    @Test
    void noncharactersAreRemovedAndReported() {
        Normalizer.Result r = Normalizer.normalize("协会\uFFFF简报\uFDD0");
        assertEquals("协会简报", r.text());
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("U+FFFF"), r.warnings().toString());
    }

    @Test
    void privateUseCharactersAreKeptAndReported() {
        Normalizer.Result r = Normalizer.normalize("协会\uE000简报");
        assertEquals("协会\uE000简报", r.text());
        assertTrue(r.warnings().get(0).contains("U+E000"), r.warnings().toString());
    }

    @Test
    void variationSelectorsPassThroughWithANote() {
        Normalizer.Result r = Normalizer.normalize("葛\uDB40\uDD00城，❤\uFE0F");
        assertEquals("葛\uDB40\uDD00城，❤\uFE0F", r.text());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("U+E0100"), r.warnings().toString());
    }

    @Test
    void pastedPinyinIsReported() {
        assertTrue(Normalizer.normalize("保税區(qū)").warnings().get(0).contains("pinyin"));
    }

    /**
     * The shortcut that skips ICU for plain text must only ever say "already NFC" truthfully: every
     * character it accepts is in NFC by itself and combines with nothing before it (so any string of
     * them is in NFC too), by ICU's own data.
     */
    @Test
    void plainlyNfcAcceptsOnlyCharactersThatNfcLeavesAlone() {
        com.ibm.icu.text.Normalizer2 nfc = com.ibm.icu.text.Normalizer2.getNFCInstance();
        int accepted = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c) || !Normalizer.plainlyNfc(String.valueOf((char) c))) {
                continue;
            }
            accepted++;
            String s = String.valueOf((char) c);
            assertTrue(nfc.isNormalized(s) && nfc.hasBoundaryBefore(c),
                    String.format("U+%04X is accepted as plain NFC, but NFC may change it or join it to its neighbour", c));
        }
        assertTrue(accepted > 20_000, "the shortcut covers the CJK ideographs");
        assertTrue(!Normalizer.plainlyNfc("Zhe\u0301jiang") && !Normalizer.plainlyNfc("\uF900"),
                "a combining accent and a compatibility ideograph go through ICU");
    }
}
