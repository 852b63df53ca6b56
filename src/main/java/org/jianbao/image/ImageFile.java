package org.jianbao.image;

import java.nio.file.Path;

/**
 * A picture as read from its file: the bytes as they are (exporters embed them), the format and
 * the size in pixels.
 */
public final class ImageFile {
    private final Path file;
    private final byte[] bytes;
    private final String format;
    private final int width;
    private final int height;

    ImageFile(Path file, byte[] bytes, String format, int width, int height) {
        this.file = file;
        this.bytes = bytes;
        this.format = format;
        this.width = width;
        this.height = height;
    }

    public Path file() {
        return file;
    }

    /** The file's bytes; callers must not change them. */
    public byte[] bytes() {
        return bytes;
    }

    /** "png" or "jpeg". */
    public String format() {
        return format;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public String toString() {
        return file.getFileName() + " (" + format + ", " + width + "×" + height + ")";
    }
}
