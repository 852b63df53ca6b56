package org.jianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianbao.Jianbao;
import org.jianbao.RenderOptions;
import org.jianbao.Samples;
import org.jianbao.TestFonts;
import org.jianbao.VeraPdf;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Trace;
import org.jianbao.frame.Variant;
import org.jianbao.model.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Delivery to offices and the print shop (docs/typography.md §1.2–1.4, GB/T 9704-2012 §6–7):
 * duplex issues end on an even page with the 版记 on it; 套打 and mono variants; the red as CMYK or
 * spot ink; marks, copy numbers and the watermark; all still PDF/A-2b.
 */
class DeliveryTest {
    @TempDir
    Path dir;

    static List<String> samples() {
        return Samples.NAMES;
    }

    /** A copy of sample {@code name} beside its profile, with {@code override} (JSON) laid over the profile. */
    private Path variant(String name, String override) throws IOException {
        Path issues = dir.resolve("issues");
        if (!Files.exists(issues)) {
            Files.createDirectories(issues);
            copy(TestFonts.home().resolve("issues"), issues);
        }
        String json = Files.readString(issues.resolve(name + ".json"));
        Path out = issues.resolve(name + "-" + Math.abs(override.hashCode()) + ".json");
        Files.writeString(out, json.replaceFirst("\\{", "{ \"override\": " + override + ","));
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static Document layout(Path issue) {
        Jianbao jb = TestFonts.jianbao();
        return jb.layout(jb.read(issue).issue()).document();
    }

    private static String text(Frame f) {
        StringBuilder s = new StringBuilder();
        for (FrameItem it : f.items()) {
            FrameItem i = it instanceof FrameItem.Marked m ? m.item() : it;
            if (i instanceof FrameItem.GlyphRun r) {
                s.append(r.text());
            }
        }
        return s.toString();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aDuplexIssueEndsOnAnEvenPageWithThe版记OnIt(String name) throws IOException {
        Document plain = Samples.get(name).document();
        Document duplex = layout(variant(name, "{ \"duplex\": true }"));
        int n = duplex.pages().size();
        assertEquals(0, n % 2, name + ": " + n + " pages");
        String last = text(duplex.pages().get(n - 1));
        assertTrue(last.contains("共印") || last.contains("报："), name + ": the 版记 is on the last page");
        int before = plain.pages().size();
        if (before % 2 == 0) {
            assertEquals(before, n, name + ": an even issue stays as it was");
        }
        for (int p = 0; p < n - 1; p++) {
            assertFalse(text(duplex.pages().get(p)).contains("共印"), name + ": no 版记 before the last page");
        }
        // a blank page before the 版记 page: neither carries a folio (GB/T 9704-2012 §7.5)
        Frame beforeLast = duplex.pages().get(n - 2);
        if (text(beforeLast).isBlank()) {
            assertFalse(last.contains("— " + n + " —"), name + ": the 版记 page after a blank page is unnumbered");
        } else {
            assertTrue(last.contains("— " + n + " —"), name + ": the 版记 page after text is numbered");
        }
    }

    @Test
    void overprintLeavesOutTheMastheadsNameAndRedRulesAndMovesNothingElse() {
        Document plain = Samples.get("zhejiang-2020-07").document();
        Document over = Variant.OVERPRINT.apply(plain);
        List<String> a = new ArrayList<>(List.of(Trace.of(plain).split("\n")));
        List<String> b = List.of(Trace.of(over).split("\n"));
        assertTrue(a.containsAll(b), "nothing moved or added");
        a.removeAll(b);
        assertEquals(4, a.size(), "two name lines (浙江省软件和信息服务业 / 简报) and the two red rules: " + a);
        assertTrue(a.stream().allMatch(l -> l.startsWith("p1 ")), a.toString());
        assertTrue(a.stream().anyMatch(l -> l.contains("\"简　报\"") || l.contains("简")), a.toString());
    }

    @Test
    void monoSetsEveryColourAsBlackAndLeavesGreysAlone() {
        Document mono = Variant.MONO.apply(Samples.get("zhejiang-2020-07").document());
        for (Frame f : mono.pages()) {
            for (FrameItem it : f.items()) {
                FrameItem i = it instanceof FrameItem.Marked m ? m.item() : it;
                Color c = i instanceof FrameItem.GlyphRun r ? r.color() : i instanceof FrameItem.Rule r ? r.color() : null;
                if (c != null) {
                    assertTrue(c.r() == c.g() && c.g() == c.b(), "a colour left: " + c);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ \"print\": { \"red\": \"cmyk\" } }", "{ \"print\": { \"red\": \"spot\", \"spot\": \"PANTONE 485 C\" } }",
        "{ \"duplex\": true, \"marks\": { \"notice\": \"内部资料　注意保存\", \"secrecy\": \"秘密\", \"period\": \"1年\","
                + " \"copyNumber\": true, \"watermark\": \"内部资料\" } }"})
    void printVariantsStayPdfA2b(String override) throws IOException {
        for (String name : List.of("zhejiang-2020-07", "tianjin-2023-06")) {
            Path issue = variant(name, override);
            // every variant of the contents-and-table issue; the photo issue as it is
            for (Variant v : name.startsWith("zhejiang") ? Variant.values() : new Variant[] {Variant.NORMAL}) {
                var options = new RenderOptions(List.of(RenderOptions.Format.PDF), null, v, 7);
                Path pdf = TestFonts.jianbao().render(issue, dir.resolve("out"), options).files().get(0);
                String failed = VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B);
                assertTrue(failed.isEmpty(), name + " " + override + " " + v + " fails PDF/A-2b: " + failed);
            }
        }
    }

    @Test
    void theRedIsWrittenAsTheInkThePrintShopAsksFor() throws IOException {
        Path cmyk = TestFonts.jianbao().render(variant("zhejiang-2020-07", "{ \"print\": { \"red\": \"cmyk\" } }"),
                dir.resolve("c"), RenderOptions.asProfile()).files().get(0);
        Path spot = TestFonts.jianbao().render(variant("zhejiang-2020-07", "{ \"print\": { \"red\": \"spot\","
                + " \"spot\": \"PANTONE 485 C\" } }"), dir.resolve("s"), RenderOptions.asProfile()).files().get(0);
        try (PDDocument c = Loader.loadPDF(cmyk.toFile()); PDDocument s = Loader.loadPDF(spot.toFile())) {
            String cs = new String(c.getPage(0).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(cs.contains("0 1 1 0 k") || cs.contains("0 1 1 0 K"), "the red as CMYK 0/100/100/0");
            assertFalse(cs.contains(" rg") || cs.contains(" RG"), "no device RGB under a CMYK output intent");
            var colourSpaces = s.getPage(0).getResources().getColorSpaceNames();
            boolean separation = false;
            for (var n : colourSpaces) {
                separation |= s.getPage(0).getResources().getColorSpace(n).getName().equals("Separation");
            }
            assertTrue(separation, "the red as a spot colour (a Separation)");
            byte[] intent;
            try (var in = c.getDocumentCatalog().getOutputIntents().get(0).getDestOutputIntent().createInputStream()) {
                intent = in.readAllBytes();
            }
            assertEquals(java.awt.color.ColorSpace.TYPE_CMYK, java.awt.color.ICC_Profile.getInstance(intent)
                    .getColorSpaceType(), "a CMYK output intent");
        }
    }

    @Test
    void theCopyNumberIsSixDigitsAtTheTopRightOfTheFirstPage() throws IOException {
        Path issue = variant("tianjin-2021-08", "{ \"marks\": { \"notice\": \"内部资料　注意保存\", \"copyNumber\": true } }");
        Jianbao jb = TestFonts.jianbao();
        Document doc = jb.layout(jb.read(issue).issue(), 37).document();
        FrameItem.GlyphRun number = null;
        for (FrameItem it : doc.pages().get(0).items()) {
            FrameItem i = it instanceof FrameItem.Marked m ? m.item() : it;
            if (i instanceof FrameItem.GlyphRun r && r.text().equals("000037")) {
                number = r;
            }
        }
        assertTrue(number != null, "000037 on page 1");
        double right = number.glyphs().get(number.glyphs().size() - 1).x();
        assertTrue(right > doc.pages().get(0).width() / 2, "at the right");
        assertTrue(text(doc.pages().get(0)).startsWith("内部资料"), "the notice first, above the masthead");
        assertNotEquals(Trace.of(doc), Trace.of(jb.layout(jb.read(issue).issue(), 38).document()), "copies differ");
    }

    @Test
    void theWatermarkIsAnArtifactOnEveryPageAndThePdfStaysAccessible() throws IOException {
        Path issue = variant("tianjin-2021-08", "{ \"marks\": { \"watermark\": \"内部资料\" } }");
        Document doc = layout(issue);
        for (Frame f : doc.pages()) {
            FrameItem first = f.items().get(0);
            assertTrue(first instanceof FrameItem.Marked m && m.tag().isArtifact()
                    && m.item() instanceof FrameItem.Rotated, "drawn first, under the text, as an artifact");
        }
        Path pdf = TestFonts.jianbao().render(issue, dir.resolve("w"), RenderOptions.asProfile()).files().get(0);
        assertEquals("", VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertFalse(new PDFTextStripper().getText(d).isBlank());
        }
    }

    @Test
    void aSealIsPressedOverTheSignerAndDateAndMultiplied() throws IOException {
        Path input = TestFonts.home().resolve("src/test/resources/cases/blocks-signature-seal/input.json");
        Document doc = layout(input);
        FrameItem.Picture seal = null;
        FrameItem.GlyphRun date = null;
        for (FrameItem it : doc.pages().get(0).items()) {
            FrameItem i = it instanceof FrameItem.Marked m ? m.item() : it;
            if (i instanceof FrameItem.Picture p && p.multiply()) {
                seal = p;
            }
            if (i instanceof FrameItem.GlyphRun r && r.text().equals("2024年7月11日")) {
                date = r;
            }
        }
        assertTrue(seal != null && date != null);
        double centreY = seal.y() + seal.height() / 2;
        assertTrue(date.y() > centreY && date.y() < seal.y() + seal.height(), "the date below the seal's centre, inside it");
        double dateEnd = date.glyphs().get(date.glyphs().size() - 1).x();
        double textRight = doc.pages().get(0).width() - 26 / 25.4 * 72;
        assertTrue(textRight - dateEnd > 3 * 12, "the date four characters in from the right");
        Path pdf = TestFonts.jianbao().render(input, dir.resolve("seal"), RenderOptions.asProfile()).files().get(0);
        assertEquals("", VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B), "a multiplied seal is allowed in PDF/A-2b");
    }
}
