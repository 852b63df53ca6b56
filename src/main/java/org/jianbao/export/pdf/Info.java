package org.jianbao.export.pdf;

import org.jianbao.frame.Metadata;

/** The document information dictionary: title, author, subject, keywords, creator. */
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
}
