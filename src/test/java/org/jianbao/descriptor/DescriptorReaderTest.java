package org.jianbao.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jianbao.problem.JianbaoException;
import org.jianbao.problem.Problem;
import org.jianbao.TestFonts;
import org.jianbao.model.Issue;
import org.jianbao.model.Paragraph;
import org.jianbao.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The descriptor format of docs/descriptor.md: good files read, bad ones named precisely. */
class DescriptorReaderTest {
    private static final String PROFILE = """
            {
              "name": "测试简报",
              "masthead": { "lines": [ { "text": "测试简报" } ] },
              "issueLine": "{year}年第{number:02}期（总第{total}期）",
              "editor": "测试协会秘书处"
            }
            """;

    @TempDir
    Path dir;

    private static DescriptorReader reader() {
        return new DescriptorReader(new TreeSet<>(TestFonts.library().names()));
    }

    private Path write(String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, json);
        return p;
    }

    private Path issue(String sectionsAndMore) throws IOException {
        write("profiles/test.json", PROFILE);
        return write("issue.json", """
                {
                  "profile": "profiles/test.json",
                  "year": 2024, "number": 7, "total": 52, "date": "2024-07-31",
                """ + sectionsAndMore + "\n}\n");
    }

    private static String messages(JianbaoException e) {
        return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void everySampleReads() {
        Path issues = TestFonts.home().resolve("issues");
        for (String name : List.of("tianjin-2021-08", "zhejiang-2020-07", "tianjin-2023-06")) {
            Issue issue = reader().read(issues.resolve(name + ".json")).issue();
            assertTrue(issue.sections().size() >= 1, name);
        }
        Issue z = reader().read(issues.resolve("zhejiang-2020-07.json")).issue();
        assertEquals(7, z.sections().size());
        assertEquals(15, z.sections().stream().mapToInt(s -> s.articles().size()).sum());
        assertEquals("2020年第【07】期（总第113期）", z.issueLine());
        assertEquals("2020年07月31日", z.dateLine());
        Table t = (Table) z.sections().get(6).articles().get(0).body().get(1);
        assertEquals(2, t.header().size());
        assertEquals(12, t.rows().size());
        assertEquals(12, t.rows().get(0).get(0).rowspan());
    }

    @Test
    void plainStringIsAParagraphAndBoldIsMarkedWithDoubleAsterisks() throws IOException {
        Issue i = reader().read(issue("""
                  "sections": [ { "name": "协会动态", "articles": [ { "title": "标题",
                    "body": [ "第一段。", { "type": "paragraph", "text": "有**加粗**的文字。" } ] } ] } ]""")).issue();
        List<?> body = i.sections().get(0).articles().get(0).body();
        assertEquals("第一段。", ((Paragraph) body.get(0)).text());
        Paragraph p = (Paragraph) body.get(1);
        assertEquals(3, p.spans().size());
        assertTrue(p.spans().get(1).bold());
        assertEquals("加粗", p.spans().get(1).text());
    }

    @Test
    void unknownFieldIsAnErrorWithPathLocationAndSuggestion() throws IOException {
        Path f = issue("""
                  "sections": [ { "name": "协会动态", "articles": [ { "titel": "标题", "body": [ "段。" ] } ] } ]""");
        JianbaoException e = assertThrows(JianbaoException.class, () -> reader().read(f));
        String m = messages(e);
        assertTrue(m.contains("issue.json:4:"), m);
        assertTrue(m.contains("$.sections[0].articles[0].titel"), m);
        assertTrue(m.contains("did you mean \"title\""), m);
        assertTrue(m.contains("the field \"title\" is required"), m);
    }

    @Test
    void allErrorsOfAFileAreReportedTogether() throws IOException {
        Path f = issue("""
                  "sections": [ { "name": "协会动态", "articles": [ { "title": 5, "body": [] } ] } ],
                  "colour": "red\"""");
        JianbaoException e = assertThrows(JianbaoException.class, () -> reader().read(f));
        String m = messages(e);
        assertTrue(m.contains("$.sections[0].articles[0].title: expected a string, found a number"), m);
        assertTrue(m.contains("unknown field \"colour\""), m);
        assertTrue(e.problems().size() >= 2, m);
    }

    @Test
    void syntaxErrorNamesLineAndColumn() throws IOException {
        Path f = write("bad.json", "{\n  \"profile\": \"p.json\",\n  \"year\": 2024,,\n}");
        JianbaoException e = assertThrows(JianbaoException.class, () -> reader().read(f));
        Problem p = e.problems().get(0);
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("JSON syntax"), p.message());
    }

    @Test
    void wrongDateFormatSaysHowToWriteIt() throws IOException {
        write("profiles/test.json", PROFILE);
        Path f = write("issue.json", """
                { "profile": "profiles/test.json", "year": 2024, "number": 7, "total": 52, "date": "2024/7/31",
                  "sections": [ { "name": "协会动态", "articles": [ { "title": "标题", "body": [ "段。" ] } ] } ] }""");
        String m = messages(assertThrows(JianbaoException.class, () -> reader().read(f)));
        assertTrue(m.contains("$.date: \"2024/7/31\" is not a date; write it as YYYY-MM-DD"), m);
    }

    @Test
    void profileOutsideTheDescriptorFolderIsRefused() throws IOException {
        Path f = write("sub/issue.json", """
                { "profile": "../../etc/profile.json", "year": 2024, "number": 7, "total": 52, "date": "2024-07-31",
                  "sections": [] }""");
        String m = messages(assertThrows(JianbaoException.class, () -> reader().read(f)));
        assertTrue(m.contains("points outside the descriptor's folder"), m);
    }

    @Test
    void unknownFontFamilyIsNamedWithTheNearestOne() throws IOException {
        write("profiles/test.json", PROFILE.replace("\"editor\"", "\"fonts\": { \"song\": [\"Noto Serif CJK CS\"] },\n  \"editor\""));
        Path f = write("issue.json", """
                { "profile": "profiles/test.json", "year": 2024, "number": 7, "total": 52, "date": "2024-07-31",
                  "sections": [ { "name": "协会动态", "articles": [ { "title": "标题", "body": [ "段。" ] } ] } ] }""");
        String m = messages(assertThrows(JianbaoException.class, () -> reader().read(f)));
        assertTrue(m.contains("test.json:"), m);
        assertTrue(m.contains("no font named \"Noto Serif CJK CS\""), m);
        assertTrue(m.contains("did you mean \"Noto Serif CJK SC\""), m);
    }

    @Test
    void misspeltBlockTypeSuggestsTheKnownOne() throws IOException {
        Path f = issue("""
                  "sections": [ { "name": "协会动态", "articles": [ { "title": "标题",
                    "body": [ { "type": "signatur", "signer": "协会", "date": "2024-07-11" } ] } ] } ]""");
        String m = messages(assertThrows(JianbaoException.class, () -> reader().read(f)));
        assertTrue(m.contains("$.sections[0].articles[0].body[0].type") && m.contains("did you mean \"signature\""), m);
    }

    @Test
    void everyBlockTypeReads() throws IOException {
        Issue i = reader().read(issue("""
                  "sections": [ { "name": "协会动态", "articles": [ { "title": "标题", "body": [
                    { "type": "heading", "level": 2, "numbered": true, "text": "总体要求" },
                    { "type": "list", "marker": "number", "items": [ "第一项；", "第二项。" ] },
                    { "type": "quote", "text": "引文。" },
                    { "type": "note", "text": "说明。" },
                    { "type": "attachments", "items": [ "申请表" ] },
                    { "type": "signature", "signer": "测试协会", "date": "2024-07-01" } ] } ] } ]""")).issue();
        List<?> body = i.sections().get(0).articles().get(0).body();
        assertEquals(6, body.size());
        assertEquals("2024年7月1日", ((org.jianbao.model.Signature) body.get(5)).dateText());
        assertEquals(2, ((org.jianbao.model.ListBlock) body.get(1)).items().size());
    }

    @Test
    void markdownBodyBecomesBlocks() throws IOException {
        write("body.md", """
                上半年经营**总体平稳**，详见[公报](http://zsia.org/a.html)，*重点*如下。

                # 主要指标

                | 指标 | 数值 |
                |:---|---:|
                | 收入 | 35609 |

                - 第一项
                - 第二项

                > 引文。
                """);
        Issue i = reader().read(issue("""
                  "sections": [ { "name": "协会动态", "articles": [ { "title": "标题", "markdownFile": "body.md" } ] } ]"""))
                .issue();
        List<?> body = i.sections().get(0).articles().get(0).body();
        assertEquals(5, body.size(), body.toString());
        Paragraph p = (Paragraph) body.get(0);
        assertTrue(p.spans().stream().anyMatch(s -> s.bold() && s.text().equals("总体平稳")));
        assertTrue(p.spans().stream().anyMatch(s -> "http://zsia.org/a.html".equals(s.href()) && s.text().equals("公报")));
        assertTrue(p.spans().stream().anyMatch(s -> s.italic() && s.text().equals("重点")));
        assertEquals(1, ((org.jianbao.model.Heading) body.get(1)).level());
        Table t = (Table) body.get(2);
        assertEquals(org.jianbao.model.Align.RIGHT, t.columns().get(1).align());
        assertEquals("35609", t.rows().get(0).get(1).text());
    }

    @Test
    void bodyAndMarkdownTogetherIsAnError() throws IOException {
        Path f = issue("""
                  "sections": [ { "name": "协会动态", "articles": [ { "title": "标题", "body": [ "段。" ],
                    "markdown": "段。" } ] } ]""");
        String m = messages(assertThrows(JianbaoException.class, () -> reader().read(f)));
        assertTrue(m.contains("give only one of"), m);
    }

    @Test
    void overrideReplacesProfileFieldsForOneIssue() throws IOException {
        Issue i = reader().read(issue("""
                  "sections": [ { "name": "协会动态", "articles": [ { "title": "标题", "body": [ "段。" ] } ] } ],
                  "override": { "copies": 150, "editor": "本期编辑部" }""")).issue();
        assertEquals(150, i.publication().copies());
        assertEquals("本期编辑部", i.publication().editor());
    }
}
