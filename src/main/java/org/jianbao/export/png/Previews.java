package org.jianbao.export.png;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders pages of a PDF to PNG files, and a contact sheet of all pages. */
public final class Previews {
    /** Pages per row of the contact sheet. */
    private static final int SHEET_COLUMNS = 4;
    /** Width of one page on the contact sheet, in pixels. */
    private static final int SHEET_PAGE_WIDTH = 300;
    private static final int GAP = 12;

    private Previews() {
    }

    /**
     * Writes {@code <prefix>-p<N>.png} for pages {@code first}..{@code last} (1-based, clamped to
     * the document) at {@code dpi}, and {@code <prefix>-sheet.png}; returns the files written.
     */
    public static List<Path> write(byte[] pdf, Path dir, String prefix, int first, int last, float dpi)
            throws IOException {
        List<Path> out = new ArrayList<>();
        Files.createDirectories(dir);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int n = doc.getNumberOfPages();
            for (int p = Math.max(1, first); p <= Math.min(n, last); p++) {
                BufferedImage img = renderer.renderImageWithDPI(p - 1, dpi, ImageType.RGB);
                Path f = dir.resolve(prefix + "-p" + p + ".png");
                ImageIO.write(img, "png", f.toFile());
                out.add(f);
            }
            Path sheet = dir.resolve(prefix + "-sheet.png");
            ImageIO.write(sheet(renderer, n), "png", sheet.toFile());
            out.add(sheet);
        }
        return out;
    }

    private static BufferedImage sheet(PDFRenderer renderer, int pages) throws IOException {
        List<BufferedImage> small = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            // A4 at 36 dpi is 298 px wide: close to the sheet's page width
            small.add(renderer.renderImageWithDPI(p, 36f, ImageType.RGB));
        }
        int w = SHEET_PAGE_WIDTH;
        int h = small.isEmpty() ? 1 : small.get(0).getHeight() * w / small.get(0).getWidth();
        int cols = Math.min(SHEET_COLUMNS, Math.max(1, pages));
        int rows = (pages + cols - 1) / cols;
        BufferedImage sheet = new BufferedImage(cols * (w + GAP) + GAP, rows * (h + GAP) + GAP,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(0x80, 0x80, 0x80));
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int i = 0; i < small.size(); i++) {
            int x = GAP + (i % cols) * (w + GAP);
            int y = GAP + (i / cols) * (h + GAP);
            g.drawImage(small.get(i), x, y, w, h, null);
        }
        g.dispose();
        return sheet;
    }
}
