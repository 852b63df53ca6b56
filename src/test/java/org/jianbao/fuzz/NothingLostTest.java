package org.jianbao.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianbao.RenderOptions;
import org.jianbao.TestFonts;
import org.jianbao.TestIssues;
import org.jianbao.model.Lang;
import org.jianbao.text.Normalizer;
import org.jianbao.text.Punctuation;

/**
 * Nothing is silently lost (issue 10 item 6): generated descriptors with texts of every length in
 * every place — titles, meta lines, paragraphs, list items, quotes, notes, table cells, captions,
 * the 落款, section names, the profile's editor, distribution and colophon — render, and the text
 * PDFBox reads back holds every source string, after the documented cleaning (docs/typography.md
 * §5–§6), wrapping wherever it must.
 */
class NothingLostTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static final Path WORK = TestIssues.freshFolder("jianbao-nothing-lost");

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.of("协会", "软件", "信息", "服务业", "，", "。", "“", "”", "（", "）", "、",
                "2024", "年", "8.6%", "SIGCOMM", "https://zsia.example.org/tztg/3810.html", "office@zsia.example.org",
                "www.jsita-information-technology.example.org", "高质量发展", "The quick brown fox", " ", "：");
        return piece.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l))
                .filter(s -> !s.isBlank());
    }

    @Property(tries = 25)
    void everySourceStringReachesThePdf(@ForAll("text") String title, @ForAll("text") String meta,
                                        @ForAll("text") String para, @ForAll("text") String cell,
                                        @ForAll("text") String signer, @ForAll("text") String colophon)
            throws IOException {
        Path dir = Files.createDirectories(WORK.resolve(Integer.toHexString((title + para).hashCode())));
        ObjectNode profile = (ObjectNode) M.readTree(TestIssues.PROFILE);
        profile.put("editor", meta);
        profile.putObject("colophon").put("address", colophon).put("website",
                "www.jsita-information-technology.example.org");
        ((ArrayNode) profile.withArray("distribution").get(0).withArray("to")).add(cell);
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/test.json"), M.writeValueAsString(profile));
        ObjectNode issue = M.createObjectNode().put("profile", "profiles/test.json").put("year", 2024).put("number", 1)
                .put("total", 1).put("date", "2024-01-31");
        ObjectNode art = issue.putArray("sections").addObject().put("name", "测试栏目").putArray("articles").addObject();
        art.put("title", title).put("source", meta).put("byline", meta);
        ArrayNode body = art.putArray("body");
        body.add(para);
        body.addObject().put("type", "list").putArray("items").add(para).add(cell);
        body.addObject().put("type", "quote").put("text", para);
        body.addObject().put("type", "note").put("text", cell);
        ObjectNode table = body.addObject().put("type", "table").put("caption", title);
        table.putArray("columns").addObject();
        table.withArray("columns").addObject();
        table.putArray("rows").addArray().add(cell).add(para);
        body.addObject().put("type", "signature").put("signer", signer).put("date", "2024-01-31");
        Path file = dir.resolve("issue.json");
        Files.writeString(file, M.writeValueAsString(issue));
        Path pdf = TestFonts.jianbao().render(file, dir.resolve("out"), RenderOptions.asProfile()).files().get(0);
        String got;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            got = squeeze(new PDFTextStripper().getText(d));
        }
        List<String> missing = new ArrayList<>();
        for (String s : List.of(title, meta, para, cell, signer, colophon, "www.jsita-information-technology.example.org")) {
            if (!got.contains(squeeze(cleaned(s)))) {
                missing.add(s);
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("lost from the PDF: " + missing + "\nPDF text: " + got);
        }
    }

    /** What the reader makes of a source string: cleaned, then its punctuation corrected. */
    private static String cleaned(String s) {
        String c = String.join("", Normalizer.normalize(s).pieces());
        return Punctuation.normalise(c, Lang.HANS).text();
    }

    /** Without any blanks or line ends: lines wrap and extractors add or drop spaces. */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]", "");
    }
}
