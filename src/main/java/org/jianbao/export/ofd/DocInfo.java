package org.jianbao.export.ofd;

import java.time.LocalDate;
import org.jianbao.frame.Metadata;
import org.ofdrw.core.OFDElement;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;

/**
 * The document's metadata in OFD.xml (GB/T 33190-2016 表 4): an identifier made from the
 * package's content (32 hexadecimal digits, as the standard's UUID form has), title, author (the
 * editor), subject, keywords, the issue date as creation date, and the creator. Nothing comes from
 * the clock or a random source.
 */
final class DocInfo {
    private DocInfo() {
    }

    static CT_DocInfo of(Metadata m, byte[] contentHash) {
        CT_DocInfo info = new CT_DocInfo();
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            id.append(String.format("%02x", contentHash[i] & 0xFF));
        }
        text(info, "DocID", id.toString());
        text(info, "Title", m.title());
        text(info, "Author", m.author());
        text(info, "Subject", m.subject());
        LocalDate date = m.date();
        if (date != null) {
            text(info, "CreationDate", date.toString());
        }
        if (m.keywords() != null && !m.keywords().isBlank()) {
            OFDElement keywords = OFDElement.getInstance("Keywords");
            for (String k : m.keywords().split("[；;]")) {
                if (!k.isBlank()) {
                    OFDElement kw = OFDElement.getInstance("Keyword");
                    kw.setText(k.strip());
                    keywords.add(kw);
                }
            }
            info.add(keywords);
        }
        text(info, "Creator", "jianbao");
        return info;
    }

    private static void text(OFDElement parent, String name, String value) {
        if (value != null && !value.isBlank()) {
            OFDElement e = OFDElement.getInstance(name);
            e.setText(value);
            parent.add(e);
        }
    }
}
