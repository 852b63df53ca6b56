/**
 * The PDF writer, the only package of jianbao that imports OpenPDF: frames → PDF pages with
 * embedded, subset CID fonts (Identity-H, with ToUnicode maps so that copying gives the exact
 * text), rules, images, internal links, bookmarks, a structure tree (tagged PDF) and, as an option
 * ({@link org.jianbao.export.pdf.PdfOptions}), PDF/A-2b. {@link org.jianbao.export.pdf.PdfExporter}
 * sets the document up, {@code FrameWalker} walks the frames, {@code TextShower} writes text,
 * {@code FontRegistry} holds the fonts. The fonts reach OpenPDF through a small bridge of ours in
 * OpenPDF's own package ({@code src/bridge}). It decides nothing about layout.
 */
package org.jianbao.export.pdf;
