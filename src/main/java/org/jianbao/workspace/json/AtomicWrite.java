package org.jianbao.workspace.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: the bytes go to a hidden temporary file in the same folder,
 * which is then moved over the target (on the same file system a move is a rename, so a reader sees
 * the old file or the new one, never half of one). If anything fails, the target is as it was and
 * the temporary file is gone.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /** Writes {@code bytes} to {@code target}, replacing it if it exists. */
    public static void replace(Path target, byte[] bytes) throws IOException {
        write(target, bytes, true);
    }

    /**
     * Writes {@code bytes} to a new file {@code target}; if {@code target} exists (or appears meanwhile)
     * it is left alone and {@link FileAlreadyExistsException} is thrown.
     */
    public static void create(Path target, byte[] bytes) throws IOException {
        write(target, bytes, false);
    }

    private static void write(Path target, byte[] bytes, boolean replace) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!replace && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(bytes);
            }
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            if (replace) {
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                // a hard link is made only if the name is free, in one step; where links are not
                // supported, a plain move that refuses an existing target
                try {
                    Files.createLink(target, tmp);
                } catch (UnsupportedOperationException e) {
                    Files.move(tmp, target);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
