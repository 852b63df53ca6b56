package org.jianbao.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianbao.Jianbao;
import org.jianbao.RenderOptions;
import org.jianbao.TestFonts;
import org.jianbao.TestIssues;
import org.jianbao.VeraPdf;
import org.jianbao.frame.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A volume of three issues (2024 第1—3期, given out of order), checked in the PDF as PDFBox reads
 * it back: cover, contents and the issues' pages; folios running on; bookmarks and contents links
 * to the articles' pages; PDF/A-2b and PDF/UA-1; the same bytes every time.
 */
class VolumeTest {
    private static Path dir;
    private static List<Path> issues;
    private static Volume volume;
    private static Path pdf;
    private static Binder binder;

    @BeforeAll
    static void bind() {
        dir = TestIssues.freshFolder("volume");
        YearOfIssues year = new YearOfIssues(dir.resolve("ws"), false);
        issues = List.of(year.issue(2024, 3), year.issue(2024, 1), year.issue(2024, 2));
        binder = new Binder(TestFonts.library(), false);
        volume = binder.bind(issues, null);
        pdf = write(volume, "volume").get(0);
    }

    private static List<Path> write(Volume v, String name) {
        return binder.export(v, RenderOptions.asProfile().exporters(v.first()), dir, name);
    }

    /** Every page's text, as PDFBox extracts it. */
    private static List<String> pages(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(d));
            }
        }
        return out;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The page index (from 0) an outline item or a link goes to. */
    private static int target(PDDocument d, PDActionGoTo action) throws IOException {
        PDPageDestination dest = (PDPageDestination) action.getDestination();
        return d.getPages().indexOf(dest.getPage());
    }

    @Test
    void theVolumeIsTheCoverTheContentsAndEveryIssuesPagesInOrder() throws IOException {
        Jianbao jb = TestFonts.jianbao();
        List<Integer> alone = new ArrayList<>();
        for (Path p : List.of(issues.get(1), issues.get(2), issues.get(0))) {
            alone.add(jb.layout(jb.read(p).issue()).document().pages().size());
        }
        List<String> text = pages(pdf);
        assertEquals(1 + 1 + alone.stream().mapToInt(Integer::intValue).sum(), text.size(),
                "cover + one page of contents + the issues' pages as set alone " + alone);
        assertTrue(squeeze(text.get(0)).contains("2024年合订本"), text.get(0));
        assertTrue(squeeze(text.get(1)).startsWith("总目录"), text.get(1));
        assertEquals(List.of(2, 2 + alone.get(0), 2 + alone.get(0) + alone.get(1)), volume.firstPages(),
                "第1期, 第2期, 第3期 one after another");
        for (int k = 0; k < 3; k++) {
            String first = squeeze(text.get(volume.firstPages().get(k)));
            assertTrue(first.startsWith("卷测简报2024年第" + (k + 1) + "期"), "issue " + (k + 1) + " begins with its masthead: "
                    + first);
        }
    }

    @Test
    void foliosRunOnThroughTheVolumeAndTheCoverHasNone() throws IOException {
        List<String> text = pages(pdf);
        assertFalse(text.get(0).matches("(?s).*— \\d+ —.*"), "no folio on the cover: " + text.get(0));
        for (int p = 2; p <= text.size(); p++) {
            assertTrue(text.get(p - 1).contains("— " + p + " —"), "page " + p + " carries — " + p + " —");
        }
    }

    @Test
    void anIssuesOwnContentsGivesThePagesOfTheVolumeAndItsLinksGoThere() throws IOException {
        // 第2期's own contents (本期目录) under its masthead: the folios of the volume, links to its pages
        int start = volume.firstPages().get(1);
        List<String> text = pages(pdf);
        String first = squeeze(text.get(start));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<Integer> targets = new ArrayList<>();
            for (var a : d.getPage(start).getAnnotations()) {
                if (a instanceof PDAnnotationLink l) {
                    targets.add(target(d, (PDActionGoTo) l.getAction()));
                }
            }
            assertEquals(4, targets.size());
            for (int i = 0; i < 4; i++) {
                String title = YearOfIssues.title(2024, 2, false, i / 2, i % 2);
                int page = targets.get(i);
                assertTrue(first.contains(title + (page + 1)), title + " listed with " + (page + 1) + ": " + first);
                assertTrue(squeeze(text.get(page)).contains(title), title + " → page " + (page + 1));
            }
        }
    }

    @Test
    void bookmarksGoIssueSectionArticleToTheArticlesPages() throws IOException {
        List<String> text = pages(pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<PDOutlineItem> top = new ArrayList<>();
            d.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            assertEquals(List.of("总目录", "2024年第1期（总第101期）", "2024年第2期（总第102期）", "2024年第3期（总第103期）"),
                    top.stream().map(PDOutlineItem::getTitle).toList());
            for (int k = 1; k <= 3; k++) {
                PDOutlineItem issue = top.get(k);
                assertEquals(volume.firstPages().get(k - 1), target(d, (PDActionGoTo) issue.getAction()));
                List<PDOutlineItem> sections = new ArrayList<>();
                issue.children().forEach(sections::add);
                assertEquals(List.of("协会动态", "行业资讯"), sections.stream().map(PDOutlineItem::getTitle).toList());
                for (int s = 0; s < 2; s++) {
                    int a = 0;
                    for (PDOutlineItem article : sections.get(s).children()) {
                        String title = YearOfIssues.title(2024, k, false, s, a++);
                        assertEquals(title, article.getTitle());
                        int page = target(d, (PDActionGoTo) article.getAction());
                        assertTrue(squeeze(text.get(page)).contains(title), title + " is on page " + (page + 1));
                    }
                    assertEquals(2, a);
                }
            }
        }
    }

    @Test
    void contentsLinksGoToTheArticlesPagesAndItsNumbersAreTheirFolios() throws IOException {
        List<String> text = pages(pdf);
        String contents = squeeze(text.get(1));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<Integer> targets = new ArrayList<>();
            for (var a : d.getPage(1).getAnnotations()) {
                if (a instanceof PDAnnotationLink l) {
                    targets.add(target(d, (PDActionGoTo) l.getAction()));
                }
            }
            assertEquals(3 * (1 + 4), targets.size(), "a link for each issue and each article");
            int i = 0;
            for (int k = 1; k <= 3; k++) {
                assertEquals(volume.firstPages().get(k - 1), targets.get(i++), "issue " + k);
                for (int s = 0; s < 2; s++) {
                    for (int a = 0; a < 2; a++) {
                        String title = YearOfIssues.title(2024, k, false, s, a);
                        int page = targets.get(i++);
                        assertTrue(squeeze(text.get(page)).contains(title), title + " → page " + (page + 1));
                        assertTrue(contents.contains(title + (page + 1)), title + " listed with " + (page + 1));
                    }
                }
            }
        }
    }

    @Test
    void oneStructureTreeWhosePartsAreTheCoverTheContentsAndTheIssues() {
        Tag root = volume.document().structure();
        assertEquals("Document", root.role());
        assertEquals(List.of("Part", "Part", "Part", "Part", "Part"), root.kids().stream().map(Tag::role).toList());
        assertEquals("TOC", root.kids().get(1).kids().get(1).role());
        Tag issue = root.kids().get(2);
        assertTrue(issue.kids().stream().anyMatch(t -> t.role().equals("TOC")), "the issue's own contents");
        assertTrue(issue.kids().stream().allMatch(t -> t.parent() == issue), "adopted, not copied");
    }

    @Test
    void theVolumeIsPdfA2bAndPdfUa1() throws IOException {
        assertEquals("", VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B));
        assertEquals("", VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @Test
    void itsTitleIsTheNameAndTheYear() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals("卷测简报 2024年合订本", d.getDocumentInformation().getTitle());
        }
    }

    @Test
    void theSameIssuesGiveTheSameBytesInWhateverOrderTheyAreGiven() throws IOException {
        Volume again = binder.bind(List.of(issues.get(1), issues.get(2), issues.get(0)), null);
        Path other = write(again, "again").get(0);
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(other));
    }
}
