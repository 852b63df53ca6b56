package org.jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.jianbao.importer.article.Lines;

/** Lines recognised by their words: meta lines under a title, GB/T 9704 heading numbers, captions. */
class LinesTest {
    @Test
    void metaLinesAreRecognisedAndALongLedeThatStartsLikeABylineIsNot() {
        assertEquals(new Lines.Meta("协会秘书处", null, null), Lines.meta("来源：协会秘书处"));
        assertEquals(new Lines.Meta("协会", "李四", null), Lines.meta("来源: 协会\u3000作者：李四"));
        assertEquals(new Lines.Meta(null, null, "撰文、摄影/王五"), Lines.meta("撰文、摄影/王五"));
        assertEquals(new Lines.Meta(null, null, "本刊讯"), Lines.meta("本刊讯"));
        assertNull(Lines.meta("本刊讯（记者 张三）7月11日，协会在天津召开七月份“双软”评估评审会，二十家企业参加了评审。"));
        assertNull(Lines.meta("会议由秘书长主持。"));
    }

    @Test
    void shortNumberedLinesAreHeadingsOfTheirLevelAndSentencesAreNot() {
        assertEquals(1, Lines.headingLevel("一、总体情况"));
        assertEquals(2, Lines.headingLevel("（二）主要做法"));
        assertEquals(3, Lines.headingLevel("3. 加强组织领导"));
        assertEquals(4, Lines.headingLevel("（1）建立台账"));
        assertEquals(0, Lines.headingLevel("1.5亿元的项目落地"));
        assertEquals(0, Lines.headingLevel("一、各单位要高度重视。"));
        assertEquals(0, Lines.headingLevel("（一）加强组织领导，各单位要把数字化转型工作摆上重要议事日程，主要负责同志亲自抓。"));
    }

    @Test
    void captionsAreFigureOrTableLinesByTheirNumber() {
        assertTrue(Lines.isFigureCaption("图1 理事会现场"));
        assertTrue(Lines.isFigureCaption("图 2：签约仪式"));
        assertTrue(Lines.isTableCaption("表1 2025年一季度会员企业情况"));
        assertEquals(false, Lines.isFigureCaption("图书馆开馆"));
    }
}
