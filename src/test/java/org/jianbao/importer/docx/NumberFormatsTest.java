package org.jianbao.importer.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Word's number formats as the labels read: 一、 十一、 （二十）, ①, 甲, A, iv. */
class NumberFormatsTest {
    @Test
    void chineseCountingReadsAsChineseNumbersAreWritten() {
        assertEquals("一", NumberFormats.format(1, "chineseCounting"));
        assertEquals("十", NumberFormats.format(10, "chineseCounting"));
        assertEquals("十一", NumberFormats.format(11, "chineseCounting"));
        assertEquals("二十", NumberFormats.format(20, "chineseCountingThousand"));
        assertEquals("一百零五", NumberFormats.format(105, "chineseCounting"));
        assertEquals("壹拾贰", NumberFormats.format(12, "chineseLegalSimplified"));
    }

    @Test
    void otherFormatsGiveTheirMarks() {
        assertEquals("③", NumberFormats.format(3, "decimalEnclosedCircleChinese"));
        assertEquals("乙", NumberFormats.format(2, "ideographTraditional"));
        assertEquals("AB", NumberFormats.format(28, "upperLetter"));
        assertEquals("iv", NumberFormats.format(4, "lowerRoman"));
        assertEquals("１２", NumberFormats.format(12, "decimalFullWidth"));
        assertEquals("7", NumberFormats.format(7, "decimal"));
    }
}
