package org.jianbao.export.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.jianbao.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OFD as another program draws it. ofdrw-converter reads the OFD, fonts and all, and writes
 * it as PDF through iText; that PDF, drawn by PDFBox, must look like jianbao's own PDF page for
 * page: text in place in the right fonts (no missing glyphs), the red masthead and rules,
 * pictures. Both drawings are left in {@code target/test-output/ofd-look/} side by side (OFD
 * left, PDF right) for a person to look at. (ofdrw's own image maker, 2.3.1, cannot read an
 * OpenType font with CFF outlines and draws boxes for the Noto faces; its PDF path reads them.)
 */
class OfdRenderTest {
    /** Resolution of the comparison: fine enough that a glyph out of place or in another face shows. */
    private static final float DPI = 60;
    /** Grey levels (of 255) by which two pixels may differ and still count as the same (anti-aliasing). */
    private static final int SAME = 64;
    /** The share of pixels that may differ on a page: a few glyph edges, not three glyphs of body text. */
    private static final double MOST_DIFFERING = 0.0003;

    static List<String> samples() {
        List<String> s = new ArrayList<>(Samples.NAMES);
        s.add("case/blocks-notice");   // synthetic bold, a picture, links
        return s;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void ofdDrawnByOfdrwLooksLikeThePdf(String name) throws Exception {
        OfdSamples.Written w = OfdSamples.get(name);
        Path look = Samples.outputFolder().resolve("ofd-look");
        Files.createDirectories(look);
        String file = name.replace('/', '-');
        Path converted = look.resolve(file + "-via-ofdrw.pdf");
        OfdRenderer.toPdf(w.ofd(), converted);
        List<BufferedImage> ofd = pages(converted);
        List<BufferedImage> pdf = pages(w.rendered().pdf());
        assertEquals(pdf.size(), ofd.size(), "pages");
        List<String> bad = new ArrayList<>();
        for (int p = 0; p < pdf.size(); p++) {
            double differing = differing(ofd.get(p), pdf.get(p));
            ImageIO.write(sideBySide(ofd.get(p), pdf.get(p)), "png", look.resolve(file + "-p" + (p + 1) + ".png").toFile());
            if (differing > MOST_DIFFERING) {
                bad.add("page " + (p + 1) + ": " + String.format("%.4f", differing) + " of the pixels differ");
            }
        }
        assertTrue(bad.isEmpty(), name + ": " + bad);
    }

    private static List<BufferedImage> pages(Path pdf) throws IOException {
        List<BufferedImage> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                out.add(r.renderImageWithDPI(p, DPI, ImageType.RGB));
            }
        }
        return out;
    }

    /** The share of pixels whose grey levels differ by more than {@link #SAME}. */
    private static double differing(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        long n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (Math.abs(grey(a.getRGB(x, y)) - grey(b.getRGB(x, y))) > SAME) {
                    n++;
                }
            }
        }
        return (double) n / ((long) w * h) + Math.abs(a.getWidth() * a.getHeight() - b.getWidth() * b.getHeight())
                / (double) (w * h);
    }

    private static int grey(int rgb) {
        return (((rgb >> 16) & 0xFF) * 30 + ((rgb >> 8) & 0xFF) * 59 + (rgb & 0xFF) * 11) / 100;
    }

    private static BufferedImage sideBySide(BufferedImage a, BufferedImage b) {
        BufferedImage out = new BufferedImage(a.getWidth() + b.getWidth() + 8, Math.max(a.getHeight(), b.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setColor(java.awt.Color.GRAY);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(a, 0, 0, null);
        g.drawImage(b, a.getWidth() + 8, 0, null);
        g.dispose();
        return out;
    }
}
