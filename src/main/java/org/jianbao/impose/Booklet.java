package org.jianbao.impose;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A saddle-stitched booklet (骑马订): the pages, padded with blank ones to a multiple of four, two
 * to a side of a sheet twice as wide (A4 pages on A3 landscape), in the order that printing both
 * sides (正反面), stacking the sheets, folding them in the middle and stapling the fold gives back
 * pages 1, 2, 3 … For n pages, sheet s (from 0) carries pages n − 2s and 2s + 1 on its front,
 * 2s + 2 and n − 2s − 1 on its back.
 */
public final class Booklet {
    private Booklet() {
    }

    /** The sides of the booklet in print order: for each, the page on the left and on the right (from 1; 0 blank). */
    public static List<int[]> order(int pages) {
        int n = (pages + 3) / 4 * 4;
        List<int[]> sides = new ArrayList<>();
        for (int s = 0; s < n / 4; s++) {
            sides.add(new int[] {blank(n - 2 * s, pages), blank(2 * s + 1, pages)});
            sides.add(new int[] {blank(2 * s + 2, pages), blank(n - 2 * s - 1, pages)});
        }
        return sides;
    }

    private static int blank(int page, int pages) {
        return page > pages ? 0 : page;
    }

    /** Imposes the PDF {@code source} as a booklet written to {@code out}. */
    public static int impose(byte[] source, OutputStream out) throws IOException {
        try (PDDocument src = Loader.loadPDF(source); PDDocument dst = new PDDocument()) {
            int pages = src.getNumberOfPages();
            if (pages == 0) {
                throw new IOException("the PDF has no pages");
            }
            PDRectangle page = src.getPage(0).getMediaBox();
            PDRectangle sheet = new PDRectangle(2 * page.getWidth(), page.getHeight());
            LayerUtility layers = new LayerUtility(dst);
            List<PDFormXObject> forms = new ArrayList<>();
            for (int p = 0; p < pages; p++) {
                forms.add(layers.importPageAsForm(src, p));
            }
            List<int[]> sides = order(pages);
            for (int[] side : sides) {
                PDPage s = new PDPage(sheet);
                dst.addPage(s);
                try (PDPageContentStream cs = new PDPageContentStream(dst, s)) {
                    for (int half = 0; half < 2; half++) {
                        if (side[half] == 0) {
                            continue;
                        }
                        PDFormXObject form = forms.get(side[half] - 1);
                        PDRectangle box = form.getBBox();
                        // a page of another size is scaled to fit its half, centred
                        float scale = Math.min(page.getWidth() / box.getWidth(), page.getHeight() / box.getHeight());
                        float x = half * page.getWidth() + (page.getWidth() - box.getWidth() * scale) / 2;
                        float y = (page.getHeight() - box.getHeight() * scale) / 2;
                        cs.saveGraphicsState();
                        cs.transform(new Matrix(scale, 0, 0, scale, x - box.getLowerLeftX() * scale,
                                y - box.getLowerLeftY() * scale));
                        cs.drawForm(form);
                        cs.restoreGraphicsState();
                    }
                }
            }
            dst.getDocumentInformation().setTitle(src.getDocumentInformation().getTitle());
            dst.getDocumentInformation().setCreator("jianbao impose --booklet");
            dst.save(out);
            return sides.size();
        }
    }
}
