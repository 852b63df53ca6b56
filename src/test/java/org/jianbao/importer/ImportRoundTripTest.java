package org.jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianbao.Jianbao;
import org.jianbao.TestFonts;
import org.jianbao.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text fidelity of an imported article: the member company's Word file imported, the issue rendered by
 * the existing pipeline (read, layout, PDF), and every imported paragraph, heading, list item, table cell,
 * caption and note found in the text PDFBox extracts.
 */
class ImportRoundTripTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyImportedTextAppearsInTheRenderedPdf() throws Exception {
        Workspace.Created ws = Workspace.init(tmp.resolve("ws"), "江苏省信息技术协会工作简报", LocalDate.of(2025, 3, 1));
        // the issue where init put it, in issues/2025/, naming ../../profile.json and ../../images/…
        Path issue = ws.firstIssue();
        Importer.Result r = Importer.importInto(MemberDocx.write(tmp.resolve("来稿.docx")), issue, "协会动态", null);
        assertTrue(r.pictures().get(0).startsWith(ws.root().resolve("images")));
        // the sections still empty are left out, with a warning each
        Path rendered = issue;
        JsonNode tree = M.readTree(issue.toFile());

        Jianbao jb = TestFonts.jianbao();
        Jianbao.Read read = jb.read(rendered);
        Jianbao.Laid laid = jb.layout(read.issue());
        Path pdf = tmp.resolve("out.pdf");
        TestFonts.writePdf(read.issue(), laid.document(), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = squeeze(new PDFTextStripper().getText(doc));
        }
        List<String> expected = new ArrayList<>();
        JsonNode article = tree.get("sections").get(0).get("articles").get(0);
        expected.add(article.get("title").asText());
        collect(article.get("body"), expected);
        assertTrue(expected.size() > 20, expected.toString());
        for (String e : expected) {
            assertTrue(text.contains(squeeze(e)), "missing from the PDF: " + e);
        }
        assertEquals(List.of(), laid.warnings().stream().map(Object::toString).toList());
    }

    /** Every text of the body: paragraphs (without bold marks), headings, list items, cells, captions, notes. */
    private static void collect(JsonNode n, List<String> out) {
        if (n.isTextual()) {
            if (!n.asText().isBlank() && !n.asText().startsWith("../") && !n.asText().startsWith("images/")
                    && !n.asText().matches("[a-z]+|\\d+%")) {
                out.add(n.asText().replace("**", ""));
            }
        } else if (n.isObject()) {
            n.properties().forEach(e -> {
                if (!List.of("type", "src", "align", "marker", "width", "label").contains(e.getKey())) {
                    collect(e.getValue(), out);
                }
            });
        } else if (n.isArray()) {
            n.forEach(x -> collect(x, out));
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
