package org.jianbao.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jianbao.frame.Document;

/**
 * Files in a folder, named {@code <name><suffix>}. Each is written to a hidden temporary file
 * beside its target and moved into place only when complete: a failed export never leaves a
 * half-written file nor touches an existing file of the same name. Nothing is held in memory: a
 * huge issue's PDF goes to the disk as it is written.
 */
public final class FolderOutput implements Output {
    private final Path folder;
    private final String name;
    private final List<Path> written = new ArrayList<>();

    public FolderOutput(Path folder, String name) {
        this.folder = folder;
        this.name = name;
    }

    /**
     * Writes {@code doc} with every exporter into {@code folder} as {@code name} plus their suffixes;
     * returns the files. Every exporter writes its file to a temporary file, and the files are moved
     * into place only when all are complete, so that one that fails writes nothing (the PDF is not
     * replaced when the OFD cannot be made); the folders made for them are removed again.
     */
    public static List<Path> exportAll(Document doc, List<Exporter> exporters, Path folder, String name)
            throws FileFailure {
        Staged staged = new Staged(folder, name);
        boolean done = false;
        try {
            for (Exporter e : exporters) {
                e.export(doc, staged);
            }
            List<Path> files = staged.publish();
            done = true;
            return files;
        } catch (FileFailure e) {
            throw e;
        } catch (IOException e) {
            throw new FileFailure(folder.resolve(name), e);   // an exporter's own failure
        } finally {
            staged.discard(!done);
        }
    }

    /** An output whose files wait as temporary files beside their targets until {@link #publish}. */
    private static final class Staged implements Output {
        private final Path folder;
        private final String name;
        /** Target → its complete temporary file, in the order written. */
        private final Map<Path, Path> files = new LinkedHashMap<>();
        /** The folders made for the files, deepest first: removed again if the export fails. */
        private List<Path> made = List.of();

        Staged(Path folder, String name) {
            this.folder = folder;
            this.name = name;
        }

        @Override
        public void file(String suffix, Content content) throws IOException {
            Path target = folder.resolve(name + suffix);
            Path dir = target.toAbsolutePath().getParent();
            if (files.isEmpty()) {
                made = missing(dir);
            }
            Path tmp;
            try {
                tmp = stage(dir, content);
            } catch (IOException e) {
                throw new FileFailure(target, e);
            }
            Path old = files.put(target, tmp);
            if (old != null) {
                delete(old);
            }
        }

        /** Moves every file into place; returns the targets. */
        List<Path> publish() throws IOException {
            List<Path> out = new ArrayList<>();
            for (var f : files.entrySet()) {
                try {
                    moveIntoPlace(f.getValue(), f.getKey());
                } catch (IOException e) {
                    throw new FileFailure(f.getKey(), e);
                }
                out.add(f.getKey());
            }
            files.clear();
            return out;
        }

        /** Removes the temporary files not moved into place; and, when the export failed, the folders it made. */
        void discard(boolean failed) {
            files.values().forEach(FolderOutput::delete);
            files.clear();
            if (failed) {
                for (Path d : made) {
                    try {
                        Files.deleteIfExists(d);   // only if empty: never anything that was there
                    } catch (IOException ignored) {
                        // a folder that something else has filled meanwhile stays
                    }
                }
            }
        }
    }

    /** Writing one file failed: which file, and why (the cause as the system gave it). */
    public static final class FileFailure extends IOException {
        private final transient Path target;

        FileFailure(Path target, IOException cause) {
            super(target + ": " + cause.getMessage(), cause);
            this.target = target;
        }

        /** The file that could not be written. */
        public Path target() {
            return target;
        }

        /** The system's reason. */
        public IOException reason() {
            return (IOException) getCause();
        }
    }

    /** The folders from {@code dir} up that do not exist yet, deepest first. */
    private static List<Path> missing(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
            out.add(d);
        }
        return out;
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

    /** Temporary files begin with this: short, so that a long final name always leaves room for them. */
    static final String TEMPORARY = ".jianbao-";
    /** A temporary file older than this was left by a run that was killed: the next run removes it. */
    static final Duration STALE = Duration.ofMinutes(10);
    /** Temporary files being written now, removed by the shutdown hook if the process is stopped. */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!WRITING.isEmpty()) {
                // stopped (Ctrl-C, kill) in the middle of writing: say what became of the file
                System.err.println("jianbao: stopped while writing; the unfinished file is removed, any earlier file"
                        + " of that name is unchanged");
            }
            for (Path p : WRITING) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // nothing more can be done while the process ends
                }
            }
        }, "jianbao-temporary-files"));
    }

    /** Writes {@code target} atomically (a temporary file, then a move). */
    public static void write(Path target, Content content) throws IOException {
        Path tmp = stage(target.toAbsolutePath().getParent(), content);
        try {
            moveIntoPlace(tmp, target);
        } finally {
            delete(tmp);
        }
    }

    /**
     * Writes {@code content} to a new temporary file in {@code dir} (made if missing), buffered, and
     * returns it complete; on failure nothing of it is left.
     */
    private static Path stage(Path dir, Content content) throws IOException {
        Files.createDirectories(dir);
        removeStale(dir);
        Path tmp = temporary(dir);
        boolean complete = false;
        try {
            // no CREATE: once the shutdown hook has removed the file, nothing may make it again
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), 1 << 16)) {
                content.writeTo(out);
            }
            readableByAll(tmp);
            complete = true;
            return tmp;
        } finally {
            if (!complete) {
                delete(tmp);
            }
        }
    }

    /** Moves a complete temporary file onto {@code target}, atomically where the file system can. */
    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        WRITING.remove(tmp);
    }

    /** Removes a temporary file (gone already once moved into place). */
    private static void delete(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the temporary file is hidden, and the next run into this folder removes it
        }
        WRITING.remove(tmp);
    }

    /**
     * A new, empty temporary file in {@code dir}, private to its owner, known to the shutdown hook
     * before it exists (so that a process stopped at any moment leaves none behind).
     */
    private static Path temporary(Path dir) throws IOException {
        while (true) {
            Path tmp = dir.resolve(TEMPORARY + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".part");
            WRITING.add(tmp);
            try {
                if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(tmp);
                }
                return tmp;
            } catch (FileAlreadyExistsException e) {
                WRITING.remove(tmp);   // another name, then
            } catch (IOException e) {
                WRITING.remove(tmp);
                throw e;
            }
        }
    }

    /** Removes the temporary files that runs killed while writing (kill -9, a power cut) left in {@code dir}. */
    static void removeStale(Path dir) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, TEMPORARY + "*.part")) {
            for (Path p : ds) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // a folder that cannot be listed will fail the write itself, with a clear message
        }
    }

    /** A temporary file is private to its owner; the finished file is an ordinary one (rw-r--r--). */
    private static void readableByAll(Path p) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
