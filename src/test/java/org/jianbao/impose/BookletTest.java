package org.jianbao.impose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.jianbao.Samples;
import org.junit.jupiter.api.Test;

/**
 * Saddle-stitch imposition (骑马订): printed on both sides, stacked, folded and stapled, the sheets
 * give back the pages in order; blank pages only at the end.
 */
class BookletTest {
    @Test
    void sevenPagesMakeTwoSheetsWithTheBlankEighthPageOnTheOutside() {
        List<int[]> sides = Booklet.order(7);
        assertEquals(4, sides.size());
        assertArrayEquals(new int[] {0, 1}, sides.get(0), "sheet 1 front: (8, blank) and 1");
        assertArrayEquals(new int[] {2, 7}, sides.get(1), "sheet 1 back");
        assertArrayEquals(new int[] {6, 3}, sides.get(2), "sheet 2 front");
        assertArrayEquals(new int[] {4, 5}, sides.get(3), "sheet 2 back");
    }

    @Test
    void foldingTheSheetsGivesEveryPageOnceInOrder() {
        for (int n = 1; n <= 40; n++) {
            List<int[]> sides = Booklet.order(n);
            int padded = (n + 3) / 4 * 4;
            assertEquals(padded / 2, sides.size());
            // read the folded booklet: the right halves of the fronts, then the sheets' insides and backs
            int[] seen = new int[padded + 1];
            for (int[] side : sides) {
                for (int p : side) {
                    seen[p]++;
                }
            }
            for (int p = 1; p <= n; p++) {
                assertEquals(1, seen[p], "page " + p + " of " + n);
            }
            // the two pages of a side add up to one more than the count: they lie side by side once folded
            if (n % 4 == 0) {
                for (int[] side : sides) {
                    assertEquals(n + 1, side[0] + side[1], "pages " + side[0] + " and " + side[1] + " share a side");
                }
            }
        }
    }

    @Test
    void aSevenPageIssueIsImposedOnA3WithItsFoliosWhereTheFoldPutsThem() throws Exception {
        byte[] pdf = Files.readAllBytes(Samples.get("zhejiang-2020-07").pdf());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(4, Booklet.impose(pdf, out));
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            assertEquals(4, d.getNumberOfPages());
            var box = d.getPage(0).getMediaBox();
            assertEquals(1190.55, box.getWidth(), 0.5, "A3 landscape");
            assertEquals(841.89, box.getHeight(), 0.5);
            int[][] expected = {{0, 1}, {2, 7}, {6, 3}, {4, 5}};
            for (int s = 0; s < 4; s++) {
                PDFTextStripperByArea strip = new PDFTextStripperByArea();
                strip.addRegion("left", new Rectangle2D.Double(0, 0, 595, 842));
                strip.addRegion("right", new Rectangle2D.Double(595, 0, 595, 842));
                strip.extractRegions(d.getPage(s));
                assertEquals(expected[s][0], folio(strip.getTextForRegion("left")), "side " + (s + 1) + " left");
                assertEquals(expected[s][1], folio(strip.getTextForRegion("right")), "side " + (s + 1) + " right");
            }
        }
    }

    /** The page's folio (— N —), 0 for a blank page. */
    private static int folio(String text) {
        Matcher m = Pattern.compile("—\\s*(\\d+)\\s*—").matcher(text);
        int last = 0;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        assertTrue(last > 0 || text.isBlank(), "a page without a folio must be blank: " + text);
        return last;
    }
}
