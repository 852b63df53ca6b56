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

/** What the OFD writer cannot write fails with an IOException that says why, never a crash. */
class OfdBadInputTest {

    private static Document withPicture(Path file) {
        Frame page = new Frame(595.28, 841.89, List.of(new FrameItem.Picture(100, 100, 200, 100, file)));
        return new Document(List.of(page), List.of(),
                new Metadata("t", "a", "s", "", "zh-CN", LocalDate.of(2024, 1, 31), false), Tag.document());
    }

    @Test
    void aMissingPictureIsNamedInTheMessage(@TempDir Path dir) {
        Path missing = dir.resolve("gone.png");
        IOException e = assertThrows(IOException.class,
                () -> new OfdExporter().write(withPicture(missing), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("gone.png"), e.getMessage());
    }

    @Test
    void aPictureThatIsNeitherPngNorJpegIsRefused(@TempDir Path dir) throws IOException {
        Path gif = dir.resolve("logo.gif");
        Files.write(gif, "GIF89a........".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        IOException e = assertThrows(IOException.class,
                () -> new OfdExporter().write(withPicture(gif), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("neither PNG nor JPEG"), e.getMessage());
    }

    @Test
    void aDocumentWithoutDateOrTextIsWrittenWithoutEmptyResources() throws IOException {
        Document blank = new Document(List.of(new Frame(10, 10, List.of())), List.of(),
                new Metadata("", "", "", "", "zh-CN", null, false), Tag.document());
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
                new Metadata("t", "a", "s", "", "zh-CN", LocalDate.of(2024, 1, 31), false), Tag.document());
        assertThrows(IOException.class, () -> new OfdExporter().write(empty, new ByteArrayOutputStream()));
    }
}
