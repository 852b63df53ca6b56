package org.jianbao.export.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import org.jianbao.frame.Metadata;

/**
 * The document information dictionary (title, author, subject, keywords, creator, dates) and the
 * file identifier. The dates are the and the identifier is a hash of the content, so that
 * the same descriptor and fonts always give the same bytes.
 */
final class Info {
    private Info() {
    }

    static void apply(com.lowagie.text.Document pdf, Metadata m) {
        pdf.addTitle(m.title());
        pdf.addAuthor(m.author());
        pdf.addSubject(m.subject());
        pdf.addKeywords(m.keywords());
        pdf.addCreator("jianbao");
    }

    /** After {@code open()}: fixed dates in place of the clock's, and the content-derived /ID. */
    static void fix(PdfWriter writer, Metadata m, byte[] contentHash) {
        PdfDate date = new PdfDate(Dates.calendar(m.date()));
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        byte[] id = java.util.Arrays.copyOf(contentHash, 16);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }
}
