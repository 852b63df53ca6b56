package org.jianbao.workspace.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** The editor changes only the value it edits; new values are laid out like their siblings. */
class JsonTextTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return M.readTree(s);
    }

    private static final String ISSUE = """
            {
              "$schema": "../schema/issue.schema.json",
              "profile": "profiles/zhejiang.json",
              "year": 2020,
              "number": 7,   "total": 113,
              "date": "2020-07-31",
              "sections": [
                {
                  "name": "协会动态",
                  "articles": [
                    {
                      "title": "标题\\u4E00 \\"引\\" 𠀀",
                      "body": [ "第一段", "第二段" ]
                    }
                  ]
                },
                {
                  "name": "行业资讯",
                  "articles": []
                }
              ]
            }
            """;

    @Test
    void aSpanCoversExactlyTheCharactersOfTheValue() {
        JsonText t = JsonText.parse(ISSUE);
        JsonText.Span s = t.span("$.sections[0].articles[0].title");
        assertEquals("\"标题\\u4E00 \\\"引\\\" 𠀀\"", ISSUE.substring(s.start(), s.end()));
        assertEquals(12, s.line());
        JsonText.Span n = t.span("$.number");
        assertEquals("7", ISSUE.substring(n.start(), n.end()));
        JsonText.Span a = t.span("$.sections[1].articles");
        assertEquals("[]", ISSUE.substring(a.start(), a.end()));
        JsonText.Span o = t.span("$.sections[0]");
        assertTrue(ISSUE.substring(o.start(), o.end()).startsWith("{") && ISSUE.substring(o.start(), o.end()).endsWith("}"));
        assertEquals("标题一 \"引\" 𠀀", t.value("$.sections[0].articles[0].title").textValue());
        assertEquals("$schema", t.keys("$").get(0));
        assertTrue(t.has("$[\"$schema\"]"));
        assertFalse(t.has("$.sections[2]"));
    }

    @Test
    void replacingAValueLeavesEveryOtherCharacterAsItWas() {
        JsonText t = JsonText.parse(ISSUE);
        JsonText.Span s = t.span("$.number");
        String out = t.replace("$.number", IntNode.valueOf(8)).text();
        assertEquals(ISSUE.substring(0, s.start()) + "8" + ISSUE.substring(s.end()), out);
    }

    @Test
    void anElementAppendedToAMultiLineArrayIsIndentedLikeItsSiblings() throws Exception {
        String out = JsonText.parse(ISSUE).append("$.sections", json("{\"name\":\"政策法规\",\"articles\":[]}")).text();
        assertTrue(out.contains("""
                    },
                    {
                      "name": "政策法规",
                      "articles": []
                    }
                  ]
                }
                """), out);
        assertEquals(ISSUE.substring(0, ISSUE.lastIndexOf("    }") + 5), out.substring(0, ISSUE.lastIndexOf("    }") + 5));
    }

    @Test
    void anElementInsertedAtTheFrontGoesBeforeTheFirstWithItsOwnComma() throws Exception {
        String out = JsonText.parse(ISSUE).insert("$.sections", 0, json("{\"name\":\"头条\",\"articles\":[]}")).text();
        assertTrue(out.contains("""
                  "sections": [
                    {
                      "name": "头条",
                      "articles": []
                    },
                    {
                      "name": "协会动态",
                """), out);
        M.readTree(out);
    }

    @Test
    void anElementInsertedIntoAnEmptyArrayIsIndentedOneLevelBelowTheLineHoldingIt() throws Exception {
        String out = JsonText.parse(ISSUE).append("$.sections[1].articles", json("{\"title\":\"新文章\",\"body\":[\"正文\"]}"))
                .text();
        assertTrue(out.contains("""
                      "name": "行业资讯",
                      "articles": [
                        {
                          "title": "新文章",
                          "body": ["正文"]
                        }
                      ]
                """), out);
    }

    @Test
    void aOneLineArrayStaysOnOneLine() {
        JsonText t = JsonText.parse(ISSUE);
        String out = t.insert("$.sections[0].articles[0].body", 1, TextNode.valueOf("插入段")).text();
        assertTrue(out.contains("\"body\": [ \"第一段\", \"插入段\", \"第二段\" ]"), out);
        out = t.append("$.sections[0].articles[0].body", TextNode.valueOf("末段")).text();
        assertTrue(out.contains("\"body\": [ \"第一段\", \"第二段\", \"末段\" ]"), out);
    }

    @Test
    void removingAnElementTakesItsCommaAndLineAlong() throws Exception {
        JsonText t = JsonText.parse(ISSUE);
        String first = t.remove("$.sections[0]").text();
        assertEquals(json(ISSUE).get("sections").get(1), json(first).get("sections").get(0));
        assertTrue(first.contains("  \"sections\": [\n    {\n      \"name\": \"行业资讯\""), first);
        String last = t.remove("$.sections[1]").text();
        assertTrue(last.contains("      ]\n    }\n  ]\n}"), last);
        String only = t.remove("$.sections[0].articles[0]").text();
        assertTrue(only.contains("\"articles\": []"), only);
        String member = t.remove("$.total").text();
        assertTrue(member.contains("\"number\": 7,   \"date\""), member);
        // removing what was appended gives the text back
        JsonText added = t.append("$.sections", json("{\"name\":\"x\",\"articles\":[]}"));
        assertEquals(ISSUE, added.remove("$.sections[2]").text());
    }

    @Test
    void aMemberIsReplacedWhereItIsOrAddedAfterTheOneNamed() throws Exception {
        JsonText t = JsonText.parse(ISSUE);
        String replaced = t.put("$", "date", TextNode.valueOf("2020-08-31")).text();
        assertTrue(replaced.contains("\"date\": \"2020-08-31\","), replaced);
        String added = t.putAfter("$", "total", "supplement", json("true")).text();
        assertTrue(added.contains("\"number\": 7,   \"total\": 113,\n  \"supplement\": true,\n  \"date\""), added);
        String atEnd = t.put("$", "lang", TextNode.valueOf("zh-Hans")).text();
        assertTrue(atEnd.endsWith("  ],\n  \"lang\": \"zh-Hans\"\n}\n"), atEnd);
        String intoEmpty = JsonText.parse("{\"a\": {}}").put("$.a", "b", IntNode.valueOf(1)).text();
        assertEquals("{\"a\": {\n  \"b\": 1\n}}", intoEmpty);
    }

    @Test
    void windowsLineBreaksTabsAndAByteOrderMarkAreKept() throws Exception {
        String crlf = "\uFEFF{\r\n\t\"a\": [\r\n\t\t1\r\n\t]\r\n}\r\n";
        String out = JsonText.parse(crlf).append("$.a", json("{\"b\":[{\"c\":[1]}]}")).text();
        assertEquals("\uFEFF{\r\n\t\"a\": [\r\n\t\t1,\r\n\t\t{\r\n\t\t\t\"b\": [\r\n\t\t\t\t{\r\n\t\t\t\t\t\"c\": [1]\r\n"
                + "\t\t\t\t}\r\n\t\t\t]\r\n\t\t}\r\n\t]\r\n}\r\n", out);
    }

    @Test
    void newTextIsWrittenReadablyWithOnlyTheEscapesJsonNeeds() {
        String out = JsonText.parse("{\"a\": 1}").replace("$.a", TextNode.valueOf("“引号” \"x\" \\ \n\t\u2028")).text();
        assertEquals("{\"a\": \"“引号” \\\"x\\\" \\\\ \\n\\t\\u2028\"}", out);
    }

    @Test
    void aPathThatNamesNothingSaysWhichStepFailed() {
        JsonText t = JsonText.parse(ISSUE);
        JsonEditException e = assertThrows(JsonEditException.class, () -> t.span("$.sections[5].name"));
        assertEquals("$.sections[5].name: $.sections has 2 elements, no [5]", e.getMessage());
        e = assertThrows(JsonEditException.class, () -> t.insert("$.sections", 3, IntNode.valueOf(1)));
        assertTrue(e.getMessage().contains("0 to 2 allowed"), e.getMessage());
        assertThrows(JsonEditException.class, () -> t.insert("$.year", 0, IntNode.valueOf(1)));
        assertThrows(JsonEditException.class, () -> JsonPath.parse("sections[0]"));
    }

    @Test
    void textThatIsNotJsonIsReportedWithItsLineAndColumn() {
        JsonEditException e = assertThrows(JsonEditException.class, () -> JsonText.parse("{\n  \"a\": 1,,\n}"));
        assertTrue(e.getMessage().startsWith("2:"), e.getMessage());
        e = assertThrows(JsonEditException.class, () -> JsonText.parse("{\"a\":1,\"a\":2}"));
        assertTrue(e.getMessage().contains("Duplicate"), e.getMessage());
    }
}
