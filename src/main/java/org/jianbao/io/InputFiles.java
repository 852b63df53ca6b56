package org.jianbao.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Input files, read whole but never more than a cap, and only when they are regular files. */
public final class InputFiles {
    private InputFiles() {
    }

    /** A file that cannot be read as input; the message completes "the file … ". */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * The bytes of {@code file}, which must be a regular file (symbolic links followed) of at most
     * {@code max} bytes. The cap is enforced while reading: a file that grows, or that reports no
     * size, is stopped at {@code max + 1} bytes.
     */
    public static byte[] read(Path file, long max) throws Refused {
        requireRegular(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) {
                throw new Refused("is larger than " + size(max) + "; is this the right file?");
            }
            return b;
        } catch (IOException e) {
            throw new Refused("cannot be read: " + describe(e));
        }
    }

    /** Refuses anything but an existing regular file: a folder, a pipe, a device, a socket. */
    public static void requireRegular(Path file) throws Refused {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Refused("does not exist");
        } catch (IOException e) {
            throw new Refused("cannot be read: " + describe(e));
        }
        if (a.isDirectory()) {
            throw new Refused("is a folder, not a file");
        }
        if (!a.isRegularFile()) {
            throw new Refused("is not a regular file (a pipe, a device or a socket), which cannot be read as input");
        }
    }

    /** What went wrong with a file, in a user's words: "permission denied", "no space left on device". */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** {@code 8 MiB}, {@code 512 KiB}. */
    public static String size(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }
}
