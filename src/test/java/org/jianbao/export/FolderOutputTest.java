package org.jianbao.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.Metadata;
import org.jianbao.frame.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the files of an export go to the disk as they are written (a huge issue's PDF is not
 * held in memory), into temporary files that are moved into place only when every file is
 * complete; a failed export leaves no partial file, keeps what was there, and removes the folders
 * it made.
 */
class FolderOutputTest {
    @TempDir
    Path dir;

    private static final Document DOC = new Document(List.of(new Frame(10, 10, List.of())), List.of(),
            new Metadata("", "", "", "", "zh-CN", null), Tag.document());

    private static Exporter writing(String suffix, byte[] bytes) {
        return (doc, out) -> out.file(suffix, o -> o.write(bytes));
    }

    private static final Exporter FAILING = (doc, out) -> out.file(".ofd", o -> {
        o.write(new byte[1000]);
        throw new IOException("No space left on device");
    });

    @Test
    void aFileIsStreamedToATemporaryFileOnDiskNotHeldInMemory() throws IOException {
        byte[] pdf = new byte[300_000];
        pdf[12345] = 7;
        Path[] seen = new Path[1];
        // the second exporter finds the first one's bytes already on disk, in a hidden temporary file
        Exporter looking = (doc, out) -> out.file(".ofd", o -> {
            for (Path t : temporaries(dir)) {   // this file's own, empty so far, and the PDF's
                if (Files.size(t) == pdf.length) {
                    seen[0] = t;
                }
            }
            assertArrayEquals(pdf, Files.readAllBytes(seen[0]));
            o.write(1);
        });
        List<Path> files = FolderOutput.exportAll(DOC, List.of(writing(".pdf", pdf), looking), dir, "x");
        assertEquals(List.of(dir.resolve("x.pdf"), dir.resolve("x.ofd")), files);
        assertArrayEquals(pdf, Files.readAllBytes(dir.resolve("x.pdf")));
        assertFalse(Files.exists(seen[0]), "moved into place");
        assertEquals(List.of(), temporaries(dir));
    }

    @Test
    void aFailedExportKeepsTheEarlierFileAndLeavesNoPartialOne() throws IOException {
        Files.writeString(dir.resolve("x.pdf"), "the earlier PDF");
        assertThrows(IOException.class,
                () -> FolderOutput.exportAll(DOC, List.of(writing(".pdf", new byte[5000]), FAILING), dir, "x"));
        assertEquals("the earlier PDF", Files.readString(dir.resolve("x.pdf")), "not replaced: the OFD failed");
        assertFalse(Files.exists(dir.resolve("x.ofd")));
        assertEquals(List.of(), temporaries(dir), "no temporary file left");
    }

    @Test
    void aFailedExportRemovesTheFoldersItMadeButNotOnesThatWereThere() throws IOException {
        Path made = dir.resolve("new/output");
        assertThrows(IOException.class,
                () -> FolderOutput.exportAll(DOC, List.of(writing(".pdf", new byte[10]), FAILING), made, "x"));
        assertFalse(Files.exists(dir.resolve("new")), "the folders the failed run made are gone");
        assertTrue(Files.isDirectory(dir), "the folder that was there stays");
        FolderOutput.exportAll(DOC, List.of(writing(".pdf", new byte[10])), made, "x");
        assertTrue(Files.isRegularFile(made.resolve("x.pdf")), "a run that succeeds keeps the folders it made");
    }

    private static List<Path> temporaries(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(FolderOutput.TEMPORARY)).toList();
        }
    }
}
