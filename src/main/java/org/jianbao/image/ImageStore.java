package org.jianbao.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads and checks picture files, each once while it stays unchanged (same size and modification
 * time), so that a resident process does not read a bulletin's photos again on every render.
 */
public final class ImageStore {
    /** More pixels than this is refused: a decompression bomb, or a photo far beyond print needs. */
    public static final long MAX_PIXELS = 100_000_000L;

    private record Stamp(long size, FileTime modified) {
    }

    private record Entry(Stamp stamp, ImageFile image) {
    }

    private final Map<Path, Entry> cache = new ConcurrentHashMap<>();

    /** A picture file cannot be used; the message says why, after "the image NAME". */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String what) {
            super(what, null, false, false);
        }
    }

    /** The picture in {@code file}, checked: a PNG or JPEG with pixels, not too many, not damaged. */
    public ImageFile read(Path file) throws Unusable {
        Stamp stamp;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            stamp = new Stamp(a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            throw new Unusable("cannot be read: " + e.getMessage());
        }
        Entry e = cache.get(file);
        if (e != null && e.stamp().equals(stamp)) {
            return e.image();
        }
        ImageFile image = decode(file);
        cache.put(file, new Entry(stamp, image));
        return image;
    }

    private static ImageFile decode(Path file) throws Unusable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unusable("cannot be read: " + e.getMessage());
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Unusable("is not a PNG or JPEG image that can be read");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                int w = r.getWidth(0);
                int h = r.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw new Unusable("has no pixels");
                }
                if ((long) w * h > MAX_PIXELS) {
                    throw new Unusable("has " + w + "×" + h + " pixels, more than the " + MAX_PIXELS / 1_000_000
                            + " million allowed; scale it down (300 dpi across the column is about 1,850 pixels)");
                }
                String format = r.getFormatName().toLowerCase(Locale.ROOT);
                try {
                    if (format.equals("png")) {
                        r.read(0);   // the whole picture, so that a damaged file is found now, not while writing
                    }
                } catch (IOException | RuntimeException x) {
                    throw new Unusable("is damaged and cannot be read (" + x.getMessage() + "); save it again as PNG"
                            + " or JPEG");
                }
                return new ImageFile(file, bytes, format.equals("jpg") ? "jpeg" : format, w, h);
            } finally {
                r.dispose();
            }
        } catch (IOException x) {
            throw new Unusable("cannot be read: " + x.getMessage());
        }
    }
}
