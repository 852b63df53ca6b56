package org.jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jianbao.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text and Markdown articles: title and meta lines, blank-line paragraphs, Markdown kept as the body. */
class TextAndMarkdownImportTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;
    Workspace.Created ws;

    @BeforeEach
    void workspace() {
        ws = Workspace.init(tmp.resolve("ws"), "测试协会工作简报", LocalDate.of(2025, 3, 1));
    }

    private JsonNode imported(Path file, String section) throws Exception {
        Importer.importInto(file, ws.firstIssue(), section, null);
        JsonNode sections = M.readTree(ws.firstIssue().toFile()).get("sections");
        for (JsonNode s : sections) {
            if (s.get("name").asText().equals(section)) {
                return s.get("articles").get(s.get("articles").size() - 1);
            }
        }
        throw new AssertionError(section);
    }

    @Test
    void aTextFilesBlankLinesSeparateParagraphsAndItsFirstLineIsTheTitle() throws Exception {
        Path txt = Files.writeString(tmp.resolve("a.txt"), """
                协会举办数字化转型培训

                本刊讯
                4月2日，协会举办数字化转型培训，
                80余家会员单位参加。

                一、培训内容

                培训围绕数据治理展开。
                """);
        JsonNode a = imported(txt, "协会动态");
        assertEquals("协会举办数字化转型培训", a.get("title").asText());
        assertEquals("本刊讯", a.get("byline").asText());
        assertEquals(M.readTree("""
                ["4月2日，协会举办数字化转型培训，\\n80余家会员单位参加。",
                 {"type": "heading", "level": 1, "text": "一、培训内容"},
                 "培训围绕数据治理展开。"]"""), a.get("body"));
    }

    @Test
    void aTextFileWithoutBlankLinesHasAParagraphPerLineAndGbkIsReadWithAWarning() throws Exception {
        Path txt = Files.write(tmp.resolve("b.txt"), "标题\n来源：协会\n第一段。\n第二段。\n".getBytes(Charset.forName("GB18030")));
        Importer.Result r = Importer.importInto(txt, ws.firstIssue(), "行业资讯", null);
        JsonNode a = M.readTree(ws.firstIssue().toFile()).get("sections").get(2).get("articles").get(0);
        assertEquals("协会", a.get("source").asText());
        assertEquals(M.readTree("[\"第一段。\", \"第二段。\"]"), a.get("body"));
        assertTrue(r.report().warnings().get(0).contains("read as GB18030"), r.report().warnings().toString());
    }

    @Test
    void aMarkdownArticleKeepsItsBodyAsMarkdownWithHeadingsMovedUpAndPicturesCopied() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("稿件"));
        Files.write(dir.resolve("photo.png"), pngBytes());
        Path md = Files.writeString(dir.resolve("c.md"), """
                # 协会召开年会

                来源：协会秘书处

                年会在南京举行，**300余人**参加。

                ## 一、年度回顾

                ![年会现场](photo.png)

                | 项目 | 数量 |
                |---|---|
                | 新会员 | 12 |
                """);
        Importer.Result r = Importer.importInto(md, ws.firstIssue(), "协会动态", null);
        JsonNode a = M.readTree(ws.firstIssue().toFile()).get("sections").get(0).get("articles").get(0);
        assertEquals("协会召开年会", a.get("title").asText());
        assertEquals("协会秘书处", a.get("source").asText());
        String body = a.get("markdown").asText();
        assertTrue(body.contains("# 一、年度回顾") && !body.contains("## "), body);
        assertTrue(body.contains("![年会现场](../../images/2025-01-c-1.png)"), body);
        assertTrue(Files.isRegularFile(ws.root().resolve("images/2025-01-c-1.png")));
        assertEquals("1 paragraph, 1 heading, 1 picture, 1 table", r.report().summary());
    }

    @Test
    void anArticleForASectionTheIssueLacksAddsTheProfilesSectionInItsPlace() throws Exception {
        Files.writeString(ws.firstIssue(), Files.readString(ws.firstIssue()).replace("""
                    {
                      "name": "行业资讯",
                      "articles": []
                    },
                """, ""));
        Path txt = Files.writeString(tmp.resolve("d.txt"), "标题\n\n正文。\n");
        Importer.Result r = Importer.importInto(txt, ws.firstIssue(), "行业资讯", null);
        assertTrue(r.sectionAdded());
        JsonNode s = M.readTree(ws.firstIssue().toFile()).get("sections");
        assertEquals("行业资讯", s.get(2).get("name").asText());
        assertEquals("政策法规", s.get(3).get("name").asText());
    }

    @Test
    void atPutsTheArticleInItsPlace() throws Exception {
        Path one = Files.writeString(tmp.resolve("1.txt"), "第一篇\n\n正文。\n");
        Path two = Files.writeString(tmp.resolve("2.txt"), "第二篇\n\n正文。\n");
        Importer.importInto(one, ws.firstIssue(), "协会动态", null);
        Importer.Result r = Importer.importInto(two, ws.firstIssue(), "协会动态", 1);
        assertEquals(1, r.position());
        JsonNode arts = M.readTree(ws.firstIssue().toFile()).get("sections").get(0).get("articles");
        assertEquals("第二篇", arts.get(0).get("title").asText());
        assertEquals("第一篇", arts.get(1).get("title").asText());
    }

    private static byte[] pngBytes() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(8, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
