package org.jianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianbao.Samples;
import org.jianbao.model.Article;
import org.jianbao.model.Block;
import org.jianbao.model.Heading;
import org.jianbao.model.Issue;
import org.jianbao.model.Paragraph;
import org.jianbao.model.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample written to PDF and read back with PDFBox: pages, fonts embedded as subsets with
 * ToUnicode maps, and the descriptor's text extracted exactly and in order.
 */
class SampleRoundTripTest {

    static List<String> samples() {
        return Samples.NAMES;
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(pdf);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pageCountMatchesTheLayout(String name) throws IOException {
        Samples.Rendered r = Samples.get(name);
        try (PDDocument pdf = Loader.loadPDF(r.pdf().toFile())) {
            assertEquals(r.document().pages().size(), pdf.getNumberOfPages());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyFontIsAnEmbeddedSubsetWithAToUnicodeMap(String name) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Samples.get(name).pdf().toFile())) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName fn : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(fn);
                    fonts++;
                    assertTrue(f instanceof PDType0Font, f.getName() + " is not a CID font");
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.+"), f.getName() + " has no subset tag");
                    assertNotNull(f.getCOSObject().getDictionaryObject(COSName.TO_UNICODE), f.getName() + " has no ToUnicode");
                    PDCIDFont cid = ((PDType0Font) f).getDescendantFont();
                    PDFontDescriptor d = cid.getFontDescriptor();
                    assertTrue(d.getFontFile2() != null || d.getFontFile3() != null, f.getName() + " is not embedded");
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyParagraphIsExtractedInOrder(String name) throws IOException {
        Samples.Rendered r = Samples.get(name);
        try (PDDocument pdf = Loader.loadPDF(r.pdf().toFile())) {
            // folios fall between the lines of a paragraph that runs over a page: leave them out
            String all = squeeze(text(pdf, 1, pdf.getNumberOfPages())).replaceAll("—\\d+—", "");
            int at = 0;
            for (String expected : expected(r.issue())) {
                int found = all.indexOf(squeeze(expected), at);
                assertTrue(found >= 0, "not found in order after offset " + at + ": " + expected);
                at = found + squeeze(expected).length();
            }
            assertFalse(all.matches("(?s).*[\\u2e80-\\u2fdf\\uf900-\\ufaff].*"), "Kangxi radical or compatibility look-alike");
        }
    }

    /** The titles and paragraphs, in reading order. */
    private static List<String> expected(Issue issue) {
        List<String> out = new ArrayList<>();
        for (Section s : issue.sections()) {
            for (Article a : s.articles()) {
                out.add(a.title());
                for (Block b : a.body()) {
                    if (b instanceof Paragraph p) {
                        out.add(p.text());
                    } else if (b instanceof Heading h) {
                        out.add(h.text());
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void mastheadIsOnPageOne(String name) throws IOException {
        Samples.Rendered r = Samples.get(name);
        try (PDDocument pdf = Loader.loadPDF(r.pdf().toFile())) {
            String p1 = squeeze(text(pdf, 1, 1));
            for (var line : r.issue().publication().masthead().lines()) {
                assertTrue(p1.startsWith(squeeze(r.issue().publication().masthead().lines().get(0).text())), p1);
                assertTrue(p1.contains(line.text()), line.text());
            }
            assertTrue(p1.contains(squeeze(r.issue().issueLine())), r.issue().issueLine());
            assertTrue(p1.contains(r.issue().dateLine()), r.issue().dateLine());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void distributionBlockIsOnTheLastPage(String name) throws IOException {
        Samples.Rendered r = Samples.get(name);
        try (PDDocument pdf = Loader.loadPDF(r.pdf().toFile())) {
            int n = pdf.getNumberOfPages();
            String last = squeeze(text(pdf, n, n));
            var dist = r.issue().publication().distribution();
            assertFalse(dist.isEmpty());
            for (var d : dist) {
                assertTrue(last.contains(d.label() + "：" + d.recipients().get(0)), d.label() + " on the last page");
            }
            if (n > 1) {
                assertFalse(squeeze(text(pdf, 1, n - 1)).contains(dist.get(0).label() + "：" + dist.get(0).recipients().get(0)));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void tableIsReadBackRowByRowInReadingOrder() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Samples.get("zhejiang-2020-07").pdf().toFile())) {
            String all = squeeze(text(pdf, 1, pdf.getNumberOfPages()));
            String expected = "项目所属地区软件企业软件产品7月当月数当年累计数7月当月数当年累计数"
                    + "“双软评估”统计杭州28167115622温州15417嘉兴26428";
            assertTrue(all.contains(expected), "table text out of order");
            assertTrue(all.contains("宁波0004合计32187127"), "last rows out of order");
        }
    }

    @org.junit.jupiter.api.Test
    void everyArticleHasABookmarkAndAContentsLink() throws IOException {
        Samples.Rendered r = Samples.get("zhejiang-2020-07");
        int articles = r.issue().sections().stream().mapToInt(s -> s.articles().size()).sum();
        try (PDDocument pdf = Loader.loadPDF(r.pdf().toFile())) {
            var outline = pdf.getDocumentCatalog().getDocumentOutline();
            int bookmarks = 0;
            for (var section : outline.children()) {
                for (var article : section.children()) {
                    bookmarks++;
                    assertNotNull(article.getAction() != null ? article.getAction() : article.getDestination());
                }
            }
            assertEquals(articles, bookmarks);
            long links = pdf.getPage(0).getAnnotations().stream()
                    .filter(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink).count();
            assertEquals(articles, links);
        }
    }
}
