package org.jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jianbao.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.jianbao.importer.article.Draft;
import org.jianbao.importer.article.PictureStore;

/**
 * A file whose title is in Heading 1: its Heading 2 paragraphs are the article's first level, a
 * paragraph with its own outline level is a heading, typed numbers and bullets are headings and list
 * items, a byline under the title fills "byline", and a Caption-style line under a picture-less
 * paragraph stays a paragraph.
 */
class DocxHeadingsTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void headingsFollowTheTitlesHeadingOneAndTypedNumbersAndBulletsAreRead() throws Exception {
        Path file = tmp.resolve("h.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            for (int level = 1; level <= 2; level++) {
                CTStyle s = CTStyle.Factory.newInstance();
                s.setStyleId("Heading" + level);
                s.setType(STStyleType.PARAGRAPH);
                s.addNewName().setVal("heading " + level);
                styles.addStyle(new XWPFStyle(s, styles));
            }
            para(doc, "Heading1", "协会赴苏州开展调研");
            para(doc, null, "撰文、摄影/李明");
            para(doc, null, "5月20日，协会一行赴苏州开展调研。");
            para(doc, "Heading2", "调研企业情况");
            XWPFParagraph outline = para(doc, null, "企业反映的问题");
            outline.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
            para(doc, null, "1. 加强政策宣传");
            para(doc, null, "● 举办政策解读会");
            para(doc, null, "● 编印政策汇编");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        Draft d = Importer.read(file, new PictureStore(tmp.resolve("images"), tmp, "h"), Lang.HANS);
        JsonNode a = d.toJson();
        assertEquals("协会赴苏州开展调研", a.get("title").asText());
        assertEquals("撰文、摄影/李明", a.get("byline").asText());
        assertEquals(M.readTree("""
                ["5月20日，协会一行赴苏州开展调研。",
                 {"type": "heading", "level": 1, "text": "调研企业情况"},
                 {"type": "heading", "level": 1, "text": "企业反映的问题"},
                 {"type": "heading", "level": 3, "text": "1. 加强政策宣传"},
                 {"type": "list", "marker": "bullet", "items": ["举办政策解读会", "编印政策汇编"]}]"""), a.get("body"));
        assertTrue(d.report().warnings().isEmpty(), d.report().warnings().toString());
    }

    private static XWPFParagraph para(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        if (p.getCTP().getPPr() == null) {
            p.getCTP().addNewPPr();
        }
        return p;
    }
}
