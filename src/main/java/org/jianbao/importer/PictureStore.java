package org.jianbao.importer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.jianbao.workspace.json.AtomicWrite;

/**
 * Saves an article's pictures into the workspace's {@code images/} folder, with the checks render
 * makes (a PNG or JPEG by its content, readable whole, at most {@link #MAX_PIXELS} pixels). A JPEG
 * whose EXIF data says it is turned is turned upright; a GIF, BMP or TIFF is saved as PNG. A picture
 * that fails is left out with a warning. Files are never overwritten, and {@link #rollback} removes
 * everything saved when the import fails later on.
 */
public final class PictureStore {
    /** The renderer's limit (page.Pictures): a decompression bomb, or far beyond print needs. */
    static final long MAX_PIXELS = 100_000_000L;
    /** JPEG quality for a turned photo: visually lossless for print. */
    private static final float QUALITY = 0.92f;

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
     * where it went, or null when it was left out (with a warning).
     */
    public Saved save(byte[] data, String what, Report report) {
        String kind = kind(data);
        try {
            BufferedImage img;
            String ext;
            byte[] out = data;
            if (kind == null) {
                report.warn(what + " is not a picture that can be printed (" + describe(data) + "); it was left out —"
                        + " save it as PNG or JPEG and add it by hand");
                return null;
            }
            img = decode(data, what);
            if (kind.equals("jpeg")) {
                ext = "jpg";
                int o = ExifOrientation.of(data);
                if (o != 1) {
                    img = Orient.upright(img, o);
                    out = jpeg(img);
                    report.warn(what + " was turned upright as its EXIF orientation (" + o + ") says");
                }
            } else if (kind.equals("png")) {
                ext = "png";
            } else {
                ext = "png";
                out = png(img);
                report.warn(what + " was a " + kind.toUpperCase(java.util.Locale.ROOT) + " picture and is saved as PNG");
            }
            return new Saved(relative(write(out, ext)), img.getWidth(), img.getHeight());
        } catch (Unusable e) {
            report.warn(e.getMessage());
            return null;
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

    /** "png", "jpeg", "gif", "bmp", "tiff" by the first bytes, or null for anything else. */
    static String kind(byte[] d) {
        if (starts(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (starts(d, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (starts(d, 'G', 'I', 'F', '8')) {
            return "gif";
        }
        if (starts(d, 'B', 'M')) {
            return "bmp";
        }
        if (starts(d, 'I', 'I', 42, 0) || starts(d, 'M', 'M', 0, 42)) {
            return "tiff";
        }
        return null;
    }

    private static String describe(byte[] d) {
        if (starts(d, 0x01, 0, 0, 0) || starts(d, 0xD7, 0xCD, 0xC6, 0x9A)) {
            return "a Word drawing in EMF or WMF format";
        }
        if (starts(d, '<')) {
            return "an SVG drawing";
        }
        return "an unknown format";
    }

    private static boolean starts(byte[] d, int... sig) {
        if (d.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((d[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decodes the whole picture, after checking its size from the header. */
    private static BufferedImage decode(byte[] data, String what) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Unusable(what + " cannot be read; it was left out");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                long px = (long) r.getWidth(0) * r.getHeight(0);
                if (px <= 0 || px > MAX_PIXELS) {
                    throw new Unusable(what + " has " + r.getWidth(0) + "×" + r.getHeight(0) + " pixels, more than the "
                            + MAX_PIXELS / 1_000_000 + " million allowed; it was left out — scale it down");
                }
                return r.read(0);
            } catch (IOException | RuntimeException e) {
                if (e instanceof Unusable u) {
                    throw u;
                }
                throw new Unusable(what + " is damaged or in a colour model that cannot be printed (" + e.getMessage()
                        + "); it was left out — save it again as an RGB JPEG or PNG");
            } finally {
                r.dispose();
            }
        }
    }

    private static byte[] jpeg(BufferedImage img) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(QUALITY);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** A picture that cannot be used: its message is the warning. */
    private static final class Unusable extends IOException {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }
}
