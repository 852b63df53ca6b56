package org.jianbao.export.pdf;

import com.lowagie.text.pdf.CMYKColor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfSpotColor;
import org.jianbao.model.Color;
import org.jianbao.model.Delivery;

/**
 * Colours as the PDF writes them. For the screen and office printers, RGB. For a press (GB/T
 * 9704-2012 §6.2, 套红): the profile's red as CMYK process ink (0/100/100/0 unless the profile says)
 * or as a spot colour of its own (a Separation whose alternate is that CMYK ink), greys as grey,
 * any other colour as CMYK — no device RGB, so that the file is valid under a CMYK output intent.
 */
final class Inks {
    private final PdfOptions options;
    private final PdfSpotColor spot;

    Inks(PdfOptions options) {
        this.options = options;
        Delivery.Ink ink = options.ink();
        this.spot = ink.mode() == Delivery.Ink.Mode.SPOT ? new PdfSpotColor(ink.spot(), cmyk(ink)) : null;
    }

    void fill(PdfContentByte cb, Color c) {
        if (!options.press()) {
            cb.setColorFill(new java.awt.Color(c.r(), c.g(), c.b()));
        } else if (c.equals(options.red()) && spot != null) {
            cb.setColorFill(spot, 1f);
        } else if (c.equals(options.red())) {
            cb.setColorFill(cmyk(options.ink()));
        } else if (c.r() == c.g() && c.g() == c.b()) {
            cb.setGrayFill(c.r() / 255f);
        } else {
            cb.setColorFill(cmyk(c));
        }
    }

    void stroke(PdfContentByte cb, Color c) {
        if (!options.press()) {
            cb.setColorStroke(new java.awt.Color(c.r(), c.g(), c.b()));
        } else if (c.equals(options.red()) && spot != null) {
            cb.setColorStroke(spot, 1f);
        } else if (c.equals(options.red())) {
            cb.setColorStroke(cmyk(options.ink()));
        } else if (c.r() == c.g() && c.g() == c.b()) {
            cb.setGrayStroke(c.r() / 255f);
        } else {
            cb.setColorStroke(cmyk(c));
        }
    }

    private static CMYKColor cmyk(Delivery.Ink ink) {
        return new CMYKColor(ink.cmyk().get(0) / 100f, ink.cmyk().get(1) / 100f, ink.cmyk().get(2) / 100f,
                ink.cmyk().get(3) / 100f);
    }

    /** Any other colour as ink, black taking the grey (full grey replacement). */
    private static CMYKColor cmyk(Color c) {
        float r = c.r() / 255f;
        float g = c.g() / 255f;
        float b = c.b() / 255f;
        float k = 1 - Math.max(r, Math.max(g, b));
        if (k >= 1) {
            return new CMYKColor(0f, 0f, 0f, 1f);
        }
        return new CMYKColor((1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k);
    }
}
