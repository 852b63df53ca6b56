package org.jianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.jianbao.RenderOptions;
import org.jianbao.Samples;
import org.jianbao.TestFonts;
import org.jianbao.problem.JianbaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the machine fails the writer — a full disk, a process stopped while writing — the user
 * gets the system's reason as an environment failure, and no half-written or hidden file is left.
 */
class OutputFailureTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskComesBackAsTheSystemsReasonNotAsAWrappedInternalError() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")), "a Linux system");
        var s = Samples.get("tianjin-2021-08");
        try (OutputStream full = new FileOutputStream("/dev/full")) {
            IOException e = assertThrows(IOException.class,
                    () -> RenderOptions.asProfile().pdf(s.issue()).write(s.document(), full));
            assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        }
    }

    @Test
    void aFailedExportIsAnEnvironmentFailureAndLeavesNothingBehind() throws IOException {
        var s = Samples.get("tianjin-2021-08");
        Exporter failing = (doc, out) -> out.file(".pdf", o -> {
            o.write(new byte[1000]);
            throw new IOException("No space left on device");
        });
        JianbaoException e = assertThrows(JianbaoException.class,
                () -> TestFonts.jianbao().export(s.document(), List.of(failing), dir, "x"));
        assertTrue(e.isEnvironment());
        assertTrue(e.getMessage().contains("no space left on device") || e.getMessage().contains("No space left"),
                e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no temporary file left");
        }
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreRemovedByTheNextRunIntoTheFolder() throws IOException {
        Path stale = Files.writeString(dir.resolve(FolderOutput.TEMPORARY + "123.part"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(FolderOutput.STALE).minusSeconds(60)));
        Path fresh = Files.writeString(dir.resolve(FolderOutput.TEMPORARY + "456.part"), "being written");
        FolderOutput.write(dir.resolve("a.pdf"), o -> o.write(1));
        assertFalse(Files.exists(stale), "a stale temporary file is removed");
        assertTrue(Files.exists(fresh), "one another run may be writing now is left alone");
    }

    @Test
    void aProcessStoppedWhileWritingLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("slow.pdf");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SlowWriter.class.getName(), target.toString())
                .redirectErrorStream(true).start();
        try {
            long until = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < until && temporaries().isEmpty()) {
                Thread.sleep(20);
            }
            assertFalse(temporaries().isEmpty(), "the writer started");
            p.destroy();   // SIGTERM
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of(), temporaries(), "the shutdown hook removed the temporary file");
        assertFalse(Files.exists(target));
    }

    private List<Path> temporaries() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(FolderOutput.TEMPORARY)).toList();
        }
    }

    /** Writes a file that never finishes, until the process is stopped. */
    public static final class SlowWriter {
        public static void main(String[] args) throws Exception {
            FolderOutput.write(Path.of(args[0]), o -> {
                o.write(new byte[4096]);
                o.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
