package org.jianbao.export.pdf;

import org.jianbao.model.Color;
import org.jianbao.model.Delivery;

/**
 * How a PDF is written, beyond what the frames hold.
 *
 * @param pdfa whether the file is PDF/A-2b (ISO 19005-2, level B): an archive file with XMP
 *             metadata and an output intent
 * @param ink  how the red is written for the printer: RGB, CMYK process colour, or a spot colour
 * @param red  the RGB red the layout used (the masthead's), which the ink replaces
 */
public record PdfOptions(boolean pdfa, Delivery.Ink ink, Color red) {

    /** RGB everywhere. */
    public PdfOptions(boolean pdfa) {
        this(pdfa, Delivery.Ink.RGB, Color.RED);
    }

    /** Whether the file is written for a CMYK press (a CMYK output intent, no device RGB). */
    boolean press() {
        return ink.mode() != Delivery.Ink.Mode.RGB;
    }
}
