package org.jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jianbao.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member company's Word file imported into a workspace issue: each kind of element, as the descriptor writes it. */
class DocxImportTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Workspace.Created ws;
    static String before;
    static String after;
    static Importer.Result result;
    static JsonNode article;
    static JsonNode body;

    @BeforeAll
    static void importTheMemberFile() throws Exception {
        ws = Workspace.init(tmp.resolve("ws"), "江苏省信息技术协会工作简报", LocalDate.of(2025, 3, 1));
        Path docx = MemberDocx.write(tmp.resolve("理事会稿件.docx"));
        before = Files.readString(ws.firstIssue());
        result = Importer.importInto(docx, ws.firstIssue(), "协会动态", null);
        after = Files.readString(ws.firstIssue());
        article = M.readTree(after).get("sections").get(0).get("articles").get(0);
        body = article.get("body");
    }

    private static List<JsonNode> blocks(String type) {
        List<JsonNode> out = new ArrayList<>();
        body.forEach(b -> {
            if (type.equals(b.path("type").asText(b.isTextual() ? "paragraph" : ""))) {
                out.add(b);
            }
        });
        return out;
    }

    /** The plain-string paragraphs. */
    private static List<String> paragraphs() {
        return blocks("paragraph").stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }

    @Test
    void theBoldOrLargerFirstParagraphIsTheTitleAndTheLinesUnderItTheSourceAndAuthor() {
        assertEquals(MemberDocx.TITLE, article.get("title").asText());
        assertEquals("江苏省信息技术协会", article.get("source").asText());
        assertEquals("张三", article.get("author").asText());
        assertEquals(List.of("title", "source", "author", "body"), M.convertValue(article, java.util.Map.class).keySet()
                .stream().toList());
    }

    @Test
    void boldAndItalicRunsBecomeRunsOfTheParagraph() throws Exception {
        JsonNode lede = body.get(0);
        assertEquals("paragraph", lede.get("type").asText());
        assertEquals(M.readTree("[\"" + MemberDocx.LEDE + "\", {\"text\": \"" + MemberDocx.BOLD + "\", \"bold\": true},"
                + " \"，并发布了\", {\"text\": \"" + MemberDocx.ITALIC + "\", \"italic\": true}, \"行动计划。①\"]"),
                lede.get("text"));
        assertEquals(MemberDocx.LONG_NUMBERED, paragraphs().get(0), "a paragraph without italic stays a plain string");
    }

    @Test
    void wordsAutomaticNumberingBecomesTheHeadingsLabelAndLevel() {
        List<JsonNode> h = blocks("heading");
        assertEquals("一、" + MemberDocx.H1, h.get(0).get("text").asText());
        assertEquals(1, h.get(0).get("level").asInt());
        assertEquals("（一）" + MemberDocx.H2, h.get(1).get("text").asText());
        assertEquals(2, h.get(1).get("level").asInt());
    }

    @Test
    void aHeadingStyleGivesItsLevelAndALongParagraphStaysAParagraph() {
        JsonNode styled = blocks("heading").get(2);
        assertEquals(MemberDocx.H_STYLE, styled.get("text").asText());
        assertEquals(2, styled.get("level").asInt());
        assertTrue(paragraphs().contains(MemberDocx.LONG_NUMBERED));
    }

    @Test
    void bulletNumberingBecomesAList() {
        JsonNode list = blocks("list").get(0);
        assertEquals("bullet", list.get("marker").asText());
        assertEquals(List.of(MemberDocx.BULLETS), M.convertValue(list.get("items"), List.class));
    }

    @Test
    void mergedCellsBecomeSpansTheRepeatingRowTheHeaderAndTheCaptionBeforeTheTableItsCaption() throws Exception {
        JsonNode t = blocks("table").get(0);
        assertEquals(MemberDocx.TABLE_CAPTION, t.get("caption").asText());
        assertEquals(4, t.get("columns").size());
        assertEquals(M.readTree("[[\"地区\", \"企业数\", \"收入（亿元）\", \"同比\"]]"), t.get("header"));
        assertEquals(M.readTree("""
                [[{"text": "苏南", "rowspan": 2}, "南京", "1200", "8.5%"],
                 ["苏州", "980", "/"],
                 [{"text": "合计", "colspan": 2}, "2180", "7.9%"]]"""), t.get("rows"));
        assertTrue(after.contains("[{ \"text\": \"苏南\", \"rowspan\": 2 }, \"南京\", \"1200\", \"8.5%\"]"), after);
    }

    @Test
    void aPhotoWithExifOrientationSixIsSavedUprightIntoTheWorkspaceImagesWithItsCaption() throws Exception {
        JsonNode img = blocks("image").get(0);
        assertEquals(MemberDocx.CAPTION, img.get("caption").asText());
        String src = img.get("src").asText();
        assertTrue(src.startsWith("../../images/2025-01-理事会稿件-1.jpg"), src);
        Path file = ws.firstIssue().getParent().resolve(src).normalize();
        assertEquals(ws.root().resolve("images").resolve(file.getFileName()), file);
        assertEquals(List.of(file), result.pictures());
        BufferedImage up = ImageIO.read(file.toFile());
        assertEquals(MemberDocx.PHOTO_H, up.getWidth());
        assertEquals(MemberDocx.PHOTO_W, up.getHeight());
        assertTrue(isRed(up.getRGB(up.getWidth() - 3, 3)), "the stored top-left (red) is now top-right");
        assertFalse(isRed(up.getRGB(2, 3)));
        assertEquals(1, org.jianbao.image.StoredPicture.orientation(Files.readAllBytes(file)), "saved without the orientation tag");
        assertEquals("36%", img.get("width").asText(), "a portrait photo is set narrower");
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 90;
    }

    @Test
    void trackedChangesAreAcceptedAndCommentsLeftOutEachWithAWarning() {
        String all = String.join("\n", paragraphs());
        assertTrue(all.contains("秘书长作了说明。" + MemberDocx.INSERTED), all);
        assertFalse(after.contains(MemberDocx.DELETED));
        assertTrue(all.contains(MemberDocx.COMMENTED));
        assertFalse(after.contains("请核实"));
        List<String> w = result.report().warnings();
        assertTrue(w.stream().anyMatch(x -> x.contains("tracked changes (1 insertions, 1 deletions")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.contains("1 comment was left out")), w.toString());
    }

    @Test
    void aFootnoteBecomesANoteAtTheEndMarkedWhereItWasReferredTo() {
        assertTrue(body.get(0).get("text").get(4).asText().endsWith("行动计划。①"), body.get(0).toString());
        JsonNode note = body.get(body.size() - 1);
        assertEquals("note", note.get("type").asText());
        assertEquals("注①", note.get("label").asText());
        assertEquals(MemberDocx.FOOTNOTE, note.get("text").asText());
    }

    @Test
    void theReportCountsEachKindAndTheIssueOutsideTheArticleIsByteForByteAsItWas() {
        assertEquals("5 paragraphs, 3 headings, 1 list, 1 table, 1 picture, 1 note", result.report().summary());
        int open = before.indexOf("\"articles\": []") + "\"articles\": [".length();
        assertEquals(before.substring(0, open), after.substring(0, open));
        String rest = before.substring(open + 1);
        assertTrue(after.endsWith(rest), "everything after the first section's articles is unchanged");
        assertEquals(1, result.position());
        assertFalse(result.sectionAdded());
    }
}
