package org.jianbao.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianbao.RenderOptions;
import org.jianbao.TestFonts;
import org.jianbao.frame.Frame;
import org.jianbao.model.Issue;
import org.jianbao.problem.JianbaoException;
import org.jianbao.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a volume binds and in which order: one publication, one year (or the year given), each issue
 * once; by number, supplements last; printed on both sides, every part begins on a right-hand page.
 */
class BindingRulesTest {
    @TempDir
    Path dir;

    private static final Binder BINDER = new Binder(TestFonts.library(), false);

    private static String messages(JianbaoException e) {
        return String.join("\n", e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void issuesOfAnotherPublicationAreRefused() {
        Path ours = new YearOfIssues(dir.resolve("a"), false).issue(2024, 1);
        Path theirs = new YearOfIssues(dir.resolve("b"), "别家简报", false).issue(2024, 2);
        JianbaoException e = assertThrows(JianbaoException.class, () -> BINDER.bind(List.of(ours, theirs), null));
        assertTrue(messages(e).contains(theirs + ": error: this issue is of 《别家简报》"), messages(e));
        assertTrue(messages(e).contains("a volume binds the issues of one publication"), messages(e));
    }

    @Test
    void issuesOfSeveralYearsAreRefusedUnlessTheYearIsGiven() {
        YearOfIssues ws = new YearOfIssues(dir, false);
        List<Path> given = List.of(ws.issue(2023, 12), ws.issue(2024, 1), ws.issue(2024, 2));
        JianbaoException e = assertThrows(JianbaoException.class, () -> BINDER.bind(given, null));
        assertTrue(messages(e).contains("the issues given are of 2 years (1 of 2023, 2 of 2024)"), messages(e));
        assertTrue(messages(e).contains("--year 2024"), messages(e));

        Lineup.Result r = Lineup.of(given(given), 2024);
        assertEquals(List.of(1, 2), r.issues().stream().map(Issue::number).toList());
        assertTrue(r.warnings().get(0).toString().contains("is of 2023, not 2024: left out of the volume"),
                r.warnings().toString());
        JianbaoException none = assertThrows(JianbaoException.class, () -> Lineup.of(given(given), 2022));
        assertTrue(messages(none).contains("none of the 3 issues given is of 2022 (they are of 2023, 2024)"),
                messages(none));
    }

    @Test
    void anIssueGivenTwiceIsRefused() {
        YearOfIssues ws = new YearOfIssues(dir.resolve("ws"), false);
        Path one = ws.issue(2024, 1);
        JianbaoException same = assertThrows(JianbaoException.class, () -> Lineup.of(given(List.of(one, one)), null));
        assertTrue(messages(same).contains(one + ": error: this issue is given twice"), messages(same));
        Path copy = new YearOfIssues(dir.resolve("copy"), false).issue(2024, 1);
        JianbaoException two = assertThrows(JianbaoException.class, () -> Lineup.of(given(List.of(one, copy)), null));
        assertTrue(messages(two).contains("this issue and " + one + " are both 2024年第1期（总第101期）"), messages(two));
    }

    @Test
    void issuesAreBoundByNumberWithTheSupplementsLastAndAGapIsReported() {
        YearOfIssues ws = new YearOfIssues(dir, false);
        List<Path> given = List.of(ws.issue(2024, 2, true), ws.issue(2024, 5), ws.issue(2024, 1, true),
                ws.issue(2024, 1), ws.issue(2024, 2));
        Lineup.Result r = Lineup.of(given(given), null);
        assertEquals(List.of("2024年第1期（总第101期）", "2024年第2期（总第102期）", "2024年第5期（总第105期）", "2024年增刊第1期",
                "2024年增刊第2期"), r.issues().stream().map(Issue::issueLine).toList());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).message().startsWith("第3—4期 of 2024 is not among the issues given"),
                r.warnings().toString());
        assertEquals("第1、2、5期　增刊第1—2期", Cover.bound(r.issues()));
    }

    @Test
    void printedOnBothSidesEveryPartBeginsOnARightHandPageAndBlankPagesArePages() throws IOException {
        YearOfIssues ws = new YearOfIssues(dir, true);
        Volume v = BINDER.bind(List.of(ws.issue(2024, 1), ws.issue(2024, 2)), null);
        List<Frame> pages = v.document().pages();
        assertTrue(pages.get(1).items().isEmpty(), "the back of the cover is blank");
        assertTrue(v.document().outline().get(0).page() % 2 == 0, "the contents begin on a right-hand page");
        for (int start : v.firstPages()) {
            assertEquals(0, start % 2, "an issue begins on page " + (start + 1));
        }
        assertEquals(0, pages.size() % 2, pages.size() + " pages");
        Path pdf = BINDER.export(v, RenderOptions.asProfile().exporters(v.first()), dir, "duplex").get(0);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(pages.size(), d.getNumberOfPages(), "every blank page is a page of the PDF");
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(v.firstPages().get(1) + 1);
            s.setEndPage(v.firstPages().get(1) + 1);
            assertTrue(s.getText(d).replaceAll("\\s+", "").startsWith("卷测简报2024年第2期"), s.getText(d));
        }
    }

    @Test
    void anIssuePrintedOnBothSidesBeginsOnAFrontInAVolumeThatIsNot() throws IOException {
        YearOfIssues ws = new YearOfIssues(dir, false);
        var jb = TestFonts.jianbao();
        Path first = null;
        for (int more = 0; first == null || jb.layout(jb.read(first).issue()).document().pages().size() % 2 == 0; more++) {
            first = ws.issue(2024, 1, false, more);   // an odd number of pages: 第2期 would begin on a back
        }
        Path second = ws.issue(2024, 2);
        java.nio.file.Files.writeString(second, java.nio.file.Files.readString(second)
                .replace("\"sections\"", "\"override\": { \"duplex\": true }, \"sections\""));
        Volume v = BINDER.bind(List.of(first, second), null);
        assertEquals(0, v.firstPages().get(1) % 2, "第2期 begins on page " + (v.firstPages().get(1) + 1));
    }

    private List<Lineup.Given> given(List<Path> files) {
        var jb = TestFonts.jianbao();
        return files.stream().map(f -> new Lineup.Given(f, jb.read(f).issue())).toList();
    }
}
