package org.jianbao.export.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PageTextLayer;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jianbao.export.Exporter;
import org.jianbao.export.Output;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.Outline;

/**
 * Writes a laid-out {@link Document} as PDF: sets up the document (compression, version, tagging,
 * information, PDF/A), walks its frames ({@link FrameWalker}), adds the bookmarks, then embeds the
 * font subsets ({@link FontRegistry}).
 */
public final class PdfExporter implements Exporter {
    private final PdfOptions options;

    public PdfExporter(PdfOptions options) {
        this.options = options;
    }

    /**
     * Loads the PDF writer's classes ahead of need (a background thread at
     * start-up overlaps this with reading and layout): a one-page document written to nowhere.
     */
    public static void warmUp() {
        try {
            com.lowagie.text.Document pdf = new com.lowagie.text.Document(new Rectangle(10, 10), 0, 0, 0, 0);
            PdfWriter w = PdfWriter.getInstance(pdf, OutputStream.nullOutputStream());
            w.setFullCompression();
            pdf.open();
            w.getDirectContent().setColorFill(java.awt.Color.BLACK);
            w.getDirectContent().rectangle(0, 0, 1, 1);
            w.getDirectContent().fill();
            pdf.close();
        } catch (RuntimeException e) {
            // only a head start: the real document reports its own problems
        }
    }

    @Override
    public void export(Document doc, Output out) throws IOException {
        out.file(".pdf", s -> write(doc, s));
    }

    /** The PDF's bytes. */
    public byte[] bytes(Document doc) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        write(doc, b);
        return b.toByteArray();
    }

    public void write(Document doc, OutputStream out) throws IOException {
        Frame first = doc.pages().get(0);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(new Rectangle((float) first.width(),
                (float) first.height()), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setFullCompression();
            writer.setCompressionLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            writer.setTagged();
            writer.setTabs(PdfName.S);
            Info.apply(pdf, doc.metadata());
            byte[] hash = ContentHash.of(doc, options);
            pdf.open();
            Info.fix(writer, doc.metadata(), hash);
            Archive.apply(writer, doc.metadata(), options, com.lowagie.text.Document.getVersion());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(doc.metadata().lang()));
            Structure structure = new Structure(writer, doc.structure());
            FontRegistry fonts = new FontRegistry(hash);
            fonts.reserveCodes(doc);
            FrameWalker walker = new FrameWalker(writer, structure, fonts, options);
            for (int p = 0; p < doc.pages().size(); p++) {
                Frame f = doc.pages().get(p);
                pdf.setPageSize(new Rectangle((float) f.width(), (float) f.height()));
                if (p > 0) {
                    PageTextLayer.empty(writer);
                    pdf.newPage();
                }
                walker.page(writer.getDirectContent(), f);
                writer.setPageEmpty(false);   // a blank frame is a page too (the back of a sheet), not nothing
            }
            outline(writer, writer.getRootOutline(), doc.outline(), first.height());
            fonts.prepare();
            PageTextLayer.empty(writer);
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF writer failed: " + e.getMessage(), e);
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the output stream's failures (a full disk): give them back as they were
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw new IOException("the PDF writer failed: " + e.getMessage(), e);
        }
    }

    private static void outline(PdfWriter writer, PdfOutline parent, List<Outline> items, double pageHeight) {
        for (Outline o : items) {
            PdfDestination dest = new PdfDestination(PdfDestination.XYZ, -1, (float) (pageHeight - o.y()), 0);
            PdfOutline node = new PdfOutline(parent, PdfAction.gotoLocalPage(o.page() + 1, dest, writer), o.title(),
                    false);
            outline(writer, node, o.children(), pageHeight);
        }
    }
}
