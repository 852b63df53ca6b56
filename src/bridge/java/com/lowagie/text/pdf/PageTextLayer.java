package com.lowagie.text.pdf;

/**
 * jianbao's bridge to the page's own text layer (part of jianbao, not of OpenPDF; it lives in this
 * package only because the layer's fields are not public). OpenPDF's document keeps a text layer
 * for the elements it sets itself and starts it on every page with a move to the page's top-left
 * corner, so that every content stream opened with {@code q BT 0 841.89 Td ET Q}. jianbao draws
 * through the direct content only and never uses that layer: the move is taken out again, leaving
 * {@code q BT ET Q} (the layer cannot be left out whole: OpenPDF then fails writing the page).
 */
public final class PageTextLayer {
    private PageTextLayer() {
    }

    /**
     * Empties the current page's text layer down to its {@code BT}. Call before {@code newPage()}
     * and {@code close()}, with nothing added to the document through OpenPDF's own elements.
     */
    public static void empty(PdfWriter writer) {
        PdfDocument document = writer.pdf;
        PdfContentByte text = document.text;
        if (text != null && document.textEmptySize > 0 && text.size() > document.textEmptySize) {
            text.getInternalBuffer().setSize(document.textEmptySize);
            document.textEmptySize--;   // still counted as used, so that OpenPDF closes it with ET
        }
    }
}
