package org.jianbao.export.pdf;

/**
 * How a PDF is written, beyond what the frames hold.
 *
 * @param pdfa whether the file is PDF/A-2b (ISO 19005-2, level B): an archive file with XMP
 *             metadata and an sRGB output intent
 */
public record PdfOptions(boolean pdfa) {
}
