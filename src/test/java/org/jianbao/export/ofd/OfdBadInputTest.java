package org.jianbao.export.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Metadata;
import org.jianbao.frame.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the OFD writer cannot write fails with an IOException that says why, never a crash. (A
 * picture reaches it already read and checked by the image store: see ImageStoreTest.)
 */
class OfdBadInputTest {

    @Test
    void aDocumentWithoutDateOrTextIsWrittenWithoutEmptyResources() throws IOException {
        Document blank = new Document(List.of(new Frame(10, 10, List.of())), List.of(),
                new Metadata("", "", "", "", "zh-CN", null), Tag.document());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OfdExporter().write(blank, out);
        assertTrue(out.size() > 0);
        List<String> names = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml"), names,
                "no empty resource files");
        OfdExporter.warmUp();   // the same, to nowhere: must not throw
    }

    @Test
    void aDocumentWithoutPagesIsRefused() {
        Document empty = new Document(List.of(), List.of(),
                new Metadata("t", "a", "s", "", "zh-CN", LocalDate.of(2024, 1, 31)), Tag.document());
        assertThrows(IOException.class, () -> new OfdExporter().write(empty, new ByteArrayOutputStream()));
    }
}
