package org.jianbao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jianbao.model.Lang;
import org.junit.jupiter.api.Test;

/**
 * Punctuation normalisation (GB/T 15834-2011 §5.1, §4.9, §4.13; docs/typography.md). Every
 * example that issue 10 quotes from pasted bulletins is here, in zh-Hans and zh-Hant.
 */
class PunctuationTest {
    private static String hans(String s) {
        return Punctuation.normalise(s, Lang.HANS).text();
    }

    private static String hant(String s) {
        return Punctuation.normalise(s, Lang.HANT).text();
    }

    // MARK: ASCII marks in Chinese text → full-width, the blanks typed around them removed

    @Test
    void bracketedNumberWithSpacesBecomesFullWidth() {
        assertEquals("（一）个人申报", hans("( 一 ) 个人申报"));
    }

    @Test
    void paragraphStartingWithAsciiBracketsIsCaught() {
        assertEquals("（三）加强行业自律", hans("(三)加强行业自律"));
        assertEquals("（1）按时报送", hans("(1)按时报送"));
    }

    @Test
    void commaAfterChineseBeforeDigitsIsCaught() {
        assertEquals("近日，2021年", hans("近日 ,2021年"));
    }

    @Test
    void commaAfterDigitsBeforeChineseIsCaught() {
        assertEquals("电话：0571-89719267，蔡先生", hans("电话：0571-89719267,蔡先生"));
    }

    @Test
    void traditionalCommasAndSemicolonsAreCaught() {
        assertEquals("他說，當前，", hant("他說 , 當前 ,"));
        assertEquals("宣講；南開", hant("宣講 ; 南開"));
    }

    @Test
    void bracketAfterPercentIsCaughtAcrossDigits() {
        assertEquals("增长8.6%（高于全国）", hans("增长8.6%(高于全国)"));
    }

    @Test
    void commaAfterClosingBracketIsCaught() {
        assertEquals("提高2个百分点），规模", hans("提高2个百分点),规模"));
    }

    @Test
    void colonBeforeAnAutolinkIsCaughtAndTheBracketsGo() {
        assertEquals("网址：https://zsia.org/tztg/3810.html", hans("网址: <https://zsia.org/tztg/3810.html>"));
    }

    @Test
    void fullStopBetweenChineseSentencesIsCaught() {
        assertEquals("会议圆满结束。下一步将", hans("会议圆满结束.下一步将"));
        assertEquals("会议圆满结束。", hans("会议圆满结束."));
    }

    @Test
    void questionAndExclamationMarksAreCaught() {
        assertEquals("为什么？！", hans("为什么?!"));
    }

    @Test
    void markBetweenLatinWordAndChineseIsChinese() {
        assertEquals("使用ChatGPT，但", hans("使用ChatGPT,但"));
    }

    // QUOTE: straight quotes paired

    @Test
    void straightDoubleQuotesBecomePairedInSimplified() {
        assertEquals("荣获“中国软件名城”称号", hans("荣获\" 中国软件名城 \"称号"));
    }

    @Test
    void straightQuotesBecomeCornerBracketsInTraditional() {
        assertEquals("他說：「好。」", hant("他說:\"好。\""));
        assertEquals("所謂『雙軟』", hant("所謂'雙軟'"));
    }

    @Test
    void straightQuoteClosingACurlyOneTakesItsForm() {
        assertEquals("“放管服”改革", hans("“放管服\"改革"));
    }

    @Test
    void wrongWayClosingQuoteIsTurnedRound() {
        assertEquals("坚持“放管服”改革", hans("坚持“放管服“改革"));
    }

    @Test
    void quotedLatinInChineseTextIsChinese() {
        assertEquals("他说“Hello, world”", hans("他说\"Hello, world\""));
    }

    @Test
    void apostropheIsNoQuote() {
        assertEquals("Jiangsu's 与 Jiangsu’s", hans("Jiangsu's 与 Jiangsu’s"));
    }

    // HALF_WIDTH

    @Test
    void fullWidthDigitsAndLettersBecomeHalfWidth() {
        assertEquals("1—2月，56家企业，IT", hans("１—２月，５６家企业，ＩＴ"));
    }

    // DASH and RANGE

    @Test
    void singleDashBetweenChineseWordsBecomesTwoEmDash() {
        assertEquals("会长单位——曙光信息", hans("会长单位—曙光信息"));
        assertEquals("会长单位——曙光信息", hans("会长单位 - 曙光信息"));
        assertEquals("会员单位——360集团", hans("会员单位–360集团"));
    }

    @Test
    void chainOfConnectorsIsTheOneEmRule() {
        assertEquals("“评估—培训—服务”链条", hans("“评估—培训—服务”链条"));
        assertEquals("评估—培训—服务", hans("评估-培训-服务"));
    }

    @Test
    void hyphenRangeInChineseTextBecomesOneEmRule() {
        assertEquals("1—7月", hans("1-7月"));
        assertEquals("2022—2024年", hans("2022-2024年"));
        assertEquals("在2022—2024期间", hans("在2022-2024期间"));
    }

    @Test
    void telephoneNumbersDatesAndStandardNumbersAreNoRanges() {
        assertEquals("热线0571-89719267、400-820-8820", hans("热线0571-89719267、400-820-8820"));
        assertEquals("日期2024-07-31", hans("日期2024-07-31"));
        assertEquals("按GB/T 9704-2012执行，T/SIA002-2017", hans("按GB/T 9704-2012执行,T/SIA002-2017"));
        assertEquals("2023年—2024年", hans("2023年—2024年"));
    }

    // left alone

    @Test
    void numbersKeepTheirMarks() {
        assertEquals("圆周率3.14，共1,000家，10:30开会", hans("圆周率3.14,共1,000家,10:30开会"));
    }

    @Test
    void listNumberKeepsItsFullStop() {
        assertEquals("1.按时报送；2.如实填写。", hans("1.按时报送;2.如实填写."));
    }

    @Test
    void addressesAreNeverChanged() {
        String url = "https://ipv6.example.org.cn/guide/v2.1/index.html?a=1&b=(2)";
        assertEquals("访问" + url + "，或", hans("访问" + url + ",或"));
        assertEquals("发邮件至ipv6-support@example.org.cn咨询", hans("发邮件至ipv6-support@example.org.cn咨询"));
        assertEquals("见www.example.org。", hans("见www.example.org."));
    }

    @Test
    void latinPhrasesAndCodeStayLatin() {
        assertEquals("the step-by-step guide (FAQ), see p. 3", hans("the step-by-step guide (FAQ), see p. 3"));
        assertEquals("函数f(x)与a[i]的值", hans("函数f(x)与a[i]的值"));
        assertEquals("使用Python, Java等语言", hans("使用Python, Java等语言"));
        assertEquals("Node.js与.NET", hans("Node.js与.NET"));
    }

    @Test
    void englishSentenceQuotedInChineseTextKeepsItsMarks() {
        String english = "Jiangsu’s software industry grew 7% in the same period, while \"step by step\" upgrades"
                + " continued (see p. 3).";
        assertEquals("报告还提到，" + english, hans("报告还提到," + english));
    }

    @Test
    void hyphenRangeAfterAnAsciiColonIsStillARange() {
        assertEquals("計劃：1—7月", hant("計劃:1-7月"));
        assertEquals("时间10:30-11:30", hans("时间10:30-11:30"));
    }

    @Test
    void shortQuotationNamingAFormKeepsIt() {
        // a text about punctuation: “1-6月” is the form it names, not a range to correct
        assertEquals("表示时间段的“1-6月”宜写作“1—6月”，不能用“,”代替", hans("表示时间段的“1-6月”宜写作“1—6月”,不能用“,”代替"));
    }

    @Test
    void textWithoutChineseIsLeftAlone() {
        assertEquals("(1) Introduction: \"quoted\".", hans("(1) Introduction: \"quoted\"."));
    }

    @Test
    void latinGlossInChineseBracketsIsChinese() {
        assertEquals("API（Application Programming Interface）是", hans("API (Application Programming Interface)是"));
    }

    // the changes

    @Test
    void changesSayWhatWasReplacedWithWhatAndWhere() {
        Punctuation.Result r = Punctuation.normalise("近日 ,2021年(三)", Lang.HANS);
        assertEquals(List.of(new Punctuation.Change(2, " ,", "，", Punctuation.Rule.MARK),
                new Punctuation.Change(9, "(", "（", Punctuation.Rule.MARK),
                new Punctuation.Change(11, ")", "）", Punctuation.Rule.MARK)), r.changes());
    }

    @Test
    void cleanTextHasNoChanges() {
        Punctuation.Result r = Punctuation.normalise("7月11日，协会召开七月份“双软”评估评审会。", Lang.HANS);
        assertFalse(r.changed());
    }

    @Test
    void normalisingTwiceChangesNothingMore() {
        String once = hans("( 一 ) 近日 ,\"中国软件名城\"1-7月 <https://a.example.org/x> 协会—企业.");
        assertEquals(once, hans(once));
        assertTrue(once.contains("（一）"), once);
    }

    /**
     * The shortcut for text that no rule can change (Punctuation.inert) is true: on random text of
     * only those characters, every rule together changes nothing, in Simplified and Traditional.
     */
    @Test
    void inertTextIsTextNoRuleChanges() {
        String alphabet = "中国软件协会數聚河西智匯津門亿元月年日第期" + "abcXYZ0123456789" + "，。、；：？！（）《》〈〉【】〔〕…·％";
        java.util.Random random = new java.util.Random(20261201);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertTrue(Punctuation.inert(text), text);
            for (org.jianbao.model.Lang lang : org.jianbao.model.Lang.values()) {
                assertEquals(List.of(), Punctuation.rules(text, lang).changes(), text + " (" + lang + ")");
            }
        }
        for (String trigger : List.of(",", ".", "\"", "'", "“", "”", "‘", "’", "—", "–", "-", " ", "\u3000", "<", "１", "Ａ")) {
            assertTrue(!Punctuation.inert("中国" + trigger + "软件"), "“" + trigger + "” goes through the rules");
        }
    }
}
