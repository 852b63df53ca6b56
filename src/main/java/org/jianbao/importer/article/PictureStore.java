package org.jianbao.importer.article;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jianbao.image.ImageStore;
import org.jianbao.image.StoredPicture;
import org.jianbao.workspace.json.AtomicWrite;

/**
 * Saves an article's pictures into the workspace's {@code images/} folder, checked and prepared as
 * {@link StoredPicture} says (by content, readable whole, upright, PNG or JPEG). A picture that fails
 * is left out with a warning. Files are never overwritten, and {@link #rollback} removes everything
 * saved when the import fails later on.
 */
public final class PictureStore {
    private final Path folder;
    private final Path issueFolder;
    private final String prefix;
    private final List<Path> written = new ArrayList<>();

    /**
     * @param folder      where pictures go (the workspace's {@code images/})
     * @param issueFolder the issue file's folder: {@code src} paths are relative to it
     * @param prefix      the start of every file name, e.g. {@code 2025-07-理事会}
     */
    public PictureStore(Path folder, Path issueFolder, String prefix) {
        this.folder = folder;
        this.issueFolder = issueFolder;
        this.prefix = prefix;
    }

    /** The files saved so far. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    /** Removes every file saved. */
    public void rollback() {
        for (Path p : written) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // reported by the caller's message; a stray picture harms nothing
            }
        }
        written.clear();
    }

    /** A saved picture: its {@code src} relative to the issue's folder, and its size in pixels (upright). */
    public record Saved(String src, int width, int height) {

        /**
         * The {@code width} to give a picture higher than wide, so that at the default A4 text block (156 ×
         * 225 mm) it takes about half the block's height instead of being scaled down with a warning; null
         * (the default 80 %) for any other.
         */
        public String widthHint() {
            if (height <= width) {
                return null;
            }
            long pct = Math.round(100 * 0.5 * 225 / (156.0 * height / width));
            return pct >= 80 ? null : Math.max(20, pct) + "%";
        }
    }

    /**
     * Saves picture {@code n} of the article ({@code what} names it in warnings, e.g. "picture 2"); returns
     * where it went, or null when it was left out (with a warning). The checks and changes are those of
     * {@link StoredPicture}: what render would refuse is left out here too.
     */
    public Saved save(byte[] data, String what, Report report) {
        StoredPicture p;
        try {
            p = StoredPicture.of(data);
        } catch (ImageStore.Unusable e) {
            report.warn(what + " " + e.getMessage() + "; it was left out — add it by hand once it is fixed");
            return null;
        }
        if (p.change() != null) {
            report.warn(what + " was " + p.change());
        }
        try {
            return new Saved(relative(write(p.bytes(), p.extension())), p.width(), p.height());
        } catch (IOException e) {
            throw new ImportException("cannot save " + what + " into " + folder + ": " + e.getMessage(), e);
        }
    }

    private String relative(Path file) {
        return issueFolder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    private Path write(byte[] bytes, String ext) throws IOException {
        Files.createDirectories(folder);
        for (int n = written.size() + 1; ; n++) {
            Path p = folder.resolve(prefix + "-" + n + "." + ext);
            try {
                AtomicWrite.create(p, bytes);
                written.add(p);
                return p;
            } catch (FileAlreadyExistsException e) {
                // an earlier import of the same name: take the next number
            }
        }
    }
}
