package org.jianbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Files in a folder, named {@code <name><suffix>}. Each is written to a hidden temporary file
 * beside its target and moved into place only when complete: a failed export never leaves a
 * half-written file nor touches an existing file of the same name.
 */
public final class FolderOutput implements Output {
    private final Path folder;
    private final String name;
    private final List<Path> written = new ArrayList<>();

    public FolderOutput(Path folder, String name) {
        this.folder = folder;
        this.name = name;
    }

    /** The files written so far, in order. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    @Override
    public void file(String suffix, Content content) throws IOException {
        Path target = folder.resolve(name + suffix);
        write(target, content);
        written.add(target);
    }

    /** Writes {@code target} atomically (a temporary file, then a move). */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless
                }
            }
        }
    }

    /** A temporary file is private to its owner; the finished file is an ordinary one (rw-r--r--). */
    private static void readableByAll(Path p) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
