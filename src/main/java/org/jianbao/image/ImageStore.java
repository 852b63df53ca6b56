package org.jianbao.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jianbao.io.InputFiles;

/**
 * Reads, checks and prepares picture files under a memory budget, each once while it stays
 * unchanged (same size and modification time), so that a resident process does not read a
 * bulletin's photos again on every render.
 *
 * <p>Accepted: PNG and JPEG, recognised by their content, of at most {@link #MAX_BYTES} bytes and
 * {@link #MAX_PIXELS} pixels. A picture is decoded whole before anything is written (a damaged
 * file is refused), keeping only as many pixels as print needs: about {@link #PRINT_DPI} dpi at
 * the size it is placed, and never more than {@link #DECODE_PIXELS} at a time. It is embedded as
 * the file's own bytes when it needs no change; a picture that is much larger than print needs, is
 * turned by its EXIF orientation, or is a CMYK JPEG (which PDF/A with an sRGB output intent cannot
 * show) is written again, as PNG for a PNG and as RGB JPEG for a JPEG.
 */
public final class ImageStore {
    /** Larger files are refused: a phone photo is a few megabytes, a scanned page tens at most. */
    public static final long MAX_BYTES = 40L << 20;
    /** More pixels than this is refused: a decompression bomb, or a photo far beyond print needs. */
    public static final long MAX_PIXELS = 64_000_000L;
    /** The most pixels decoded at once (about 100 MiB of memory): larger pictures are read at every other pixel or fewer. */
    static final long DECODE_PIXELS = 24_000_000L;
    /** Resolution kept for print. */
    public static final int PRINT_DPI = 300;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private record Stamp(long size, FileTime modified) {
    }

    /** A file's bytes and header, and the prepared pictures made of it, by pixel width. */
    private record Entry(Stamp stamp, Source source, Map<Integer, ImageFile> prepared) {
    }

    /** A picture file read and its header understood. */
    public record Source(Path file, byte[] bytes, String format, int rawWidth, int rawHeight, int components,
                         int orientation) {
        /** Width as it stands upright. */
        public int width() {
            return orientation >= 5 ? rawHeight : rawWidth;
        }

        public int height() {
            return orientation >= 5 ? rawWidth : rawHeight;
        }
    }

    private final Map<Path, Entry> cache = new ConcurrentHashMap<>();

    /** A picture file cannot be used; the message says why, after "the image NAME". */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String what) {
            super(what, null, false, false);
        }
    }

    /** The picture in {@code file}, read and its header checked (format, size): cheap, nothing decoded. */
    public Source inspect(Path file) throws Unusable {
        return entry(file).source();
    }

    /** The picture of {@code file} ready to embed at {@code widthPt} points wide. */
    public ImageFile prepare(Path file, double widthPt) throws Unusable {
        Entry e = entry(file);
        int target = (int) Math.ceil(widthPt / 72 * PRINT_DPI);
        ImageFile done = e.prepared().get(target);
        if (done == null) {
            done = prepare(e.source(), target);
            e.prepared().put(target, done);
        }
        return done;
    }

    private Entry entry(Path file) throws Unusable {
        Stamp stamp;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            stamp = new Stamp(a.size(), a.lastModifiedTime());
        } catch (IOException x) {
            throw new Unusable("cannot be read: " + InputFiles.describe(x));
        }
        Entry e = cache.get(file);
        if (e == null || !e.stamp().equals(stamp)) {
            e = new Entry(stamp, source(file), new ConcurrentHashMap<>());
            cache.put(file, e);
        }
        return e;
    }

    private static Source source(Path file) throws Unusable {
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, MAX_BYTES);
        } catch (InputFiles.Refused x) {
            throw new Unusable(x.getMessage());
        }
        return source(file, bytes);
    }

    /** The header of a picture's bytes, checked: format by content, size in pixels. */
    static Source source(Path file, byte[] bytes) throws Unusable {
        String format = format(bytes);
        if (format == null) {
            throw new Unusable("is not a PNG or JPEG image that can be read (" + InputFiles.size(bytes.length)
                    + (bytes.length == 0 ? ", empty" : "") + "); save it as PNG or JPEG");
        }
        int[] size = Header.size(bytes, format);
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            throw new Unusable("has no pixels, or a damaged header; save it again as PNG or JPEG");
        }
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new Unusable("has " + size[0] + "×" + size[1] + " pixels, more than the " + MAX_PIXELS / 1_000_000
                    + " million allowed; scale it down (300 dpi across the column is about 1,850 pixels)");
        }
        JpegHeader jpeg = format.equals("jpeg") ? JpegHeader.of(bytes) : new JpegHeader(3, 1);
        return new Source(file, bytes, format, size[0], size[1], jpeg.components(), jpeg.orientation());
    }

    /** "png", "jpeg", or null for anything else (GIF, BMP, TIFF, WebP …), by the file's first bytes. */
    static String format(byte[] b) {
        if (b.length >= 8 && java.util.Arrays.equals(b, 0, 8, PNG_MAGIC, 0, 8)) {
            return "png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        return null;
    }

    private static ImageFile prepare(Source s, int target) throws Unusable {
        // keep every step-th pixel: still at least the target width, never too many pixels at once
        int step = Math.max(1, s.width() / Math.max(1, target));
        long pixels = (long) s.rawWidth() * s.rawHeight();
        while (pixels / ((long) step * step) > DECODE_PIXELS) {
            step++;
        }
        boolean cmyk = s.components() == 4;
        boolean rewrite = step > 1 || s.orientation() > 1 || cmyk;
        BufferedImage img = Pixels.decode(s.bytes(), s.format(), step);   // decoded whole: damage is found now
        if (!rewrite) {
            return new ImageFile(s.file(), s.bytes(), s.format(), s.rawWidth(), s.rawHeight());
        }
        BufferedImage upright = Pixels.upright(img, s.orientation());
        try {
            byte[] bytes = Pixels.encode(upright, s.format());
            return new ImageFile(s.file(), bytes, s.format(), upright.getWidth(), upright.getHeight());
        } catch (IOException x) {
            throw new Unusable("cannot be written again for print (" + x.getMessage() + ")");
        }
    }
}
