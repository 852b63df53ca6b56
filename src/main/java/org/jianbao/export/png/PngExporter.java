package org.jianbao.export.png;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jianbao.export.Exporter;
import org.jianbao.export.Output;
import org.jianbao.export.pdf.PdfExporter;
import org.jianbao.export.pdf.PdfOptions;
import org.jianbao.frame.Document;

/**
 * Page images: pages {@code first}..{@code last} (1-based, clamped to the document) as PNG files
 * {@code -p<N>.png}, and a contact sheet of the same pages, {@code -sheet.png}. The pages are
 * drawn by PDFBox's renderer from the PDF of the same frames, so that they show what prints.
 */
public final class PngExporter implements Exporter {
    /** Pages per row of the contact sheet. */
    private static final int SHEET_COLUMNS = 4;
    /** Width of one page on the contact sheet, in pixels. */
    private static final int SHEET_PAGE_WIDTH = 300;
    /** At most this many pages on the contact sheet: it stays a picture one can open. */
    static final int SHEET_MAX_PAGES = 64;
    private static final int GAP = 12;

    private final int first;
    private final int last;
    private final float dpi;

    public PngExporter(int first, int last, float dpi) {
        this.first = first;
        this.last = last;
        this.dpi = dpi;
    }

    @Override
    public void export(Document doc, Output out) throws IOException {
        byte[] pdf = new PdfExporter(new PdfOptions(false)).bytes(doc);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(d);
            int n = d.getNumberOfPages();
            int from = Math.max(1, first);
            int to = Math.min(n, last);
            for (int p = from; p <= to; p++) {
                BufferedImage img = renderer.renderImageWithDPI(p - 1, dpi, ImageType.RGB);
                out.file("-p" + p + ".png", s -> ImageIO.write(img, "png", s));
            }
            if (from <= to) {
                BufferedImage sheet = sheet(renderer, from, Math.min(to, from + SHEET_MAX_PAGES - 1));
                out.file("-sheet.png", s -> ImageIO.write(sheet, "png", s));
            }
        }
    }

    /** Pages {@code from}..{@code to} side by side, small. */
    private static BufferedImage sheet(PDFRenderer renderer, int from, int to) throws IOException {
        List<BufferedImage> small = new ArrayList<>();
        for (int p = from; p <= to; p++) {
            // A4 at 36 dpi is 298 px wide: close to the sheet's page width
            small.add(renderer.renderImageWithDPI(p - 1, 36f, ImageType.RGB));
        }
        int pages = small.size();
        int w = SHEET_PAGE_WIDTH;
        int h = small.get(0).getHeight() * w / small.get(0).getWidth();
        int cols = Math.min(SHEET_COLUMNS, pages);
        int rows = (pages + cols - 1) / cols;
        BufferedImage sheet = new BufferedImage(cols * (w + GAP) + GAP, rows * (h + GAP) + GAP,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(0x80, 0x80, 0x80));
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int i = 0; i < pages; i++) {
            int x = GAP + (i % cols) * (w + GAP);
            int y = GAP + (i / cols) * (h + GAP);
            g.drawImage(small.get(i), x, y, w, h, null);
        }
        g.dispose();
        return sheet;
    }
}
