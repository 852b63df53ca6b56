package org.jianbao.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A picture as it is stored in a workspace's {@code images/} when it arrives inside a Word file or
 * an upload: checked as a render checks it (by content, size, decoded whole), turned upright by its
 * EXIF orientation (so that every program shows it the same way), a CMYK JPEG converted to RGB, and
 * a GIF, BMP or TIFF — formats Word accepts but a bulletin does not — converted to PNG. A PNG or
 * JPEG that needs none of this is stored as its own bytes.
 *
 * @param bytes     what to store
 * @param extension {@code png} or {@code jpg}
 * @param width     upright width in pixels
 * @param height    upright height in pixels
 * @param change    what was done to the picture, for the report, or null when nothing was
 */
public record StoredPicture(byte[] bytes, String extension, int width, int height, String change) {

    /** The picture of {@code data} as it should be stored. */
    public static StoredPicture of(byte[] data) throws ImageStore.Unusable {
        String format = ImageStore.format(data);
        if (format == null) {
            return converted(data);
        }
        ImageStore.Source s = ImageStore.source(null, data);
        boolean cmyk = s.components() == 4;
        int step = 1;
        while ((long) s.rawWidth() * s.rawHeight() / ((long) step * step) > ImageStore.DECODE_PIXELS) {
            step++;
        }
        BufferedImage img = Pixels.decode(data, format, step);   // decoded whole: damage is found now
        String ext = format.equals("png") ? "png" : "jpg";
        if (s.orientation() == 1 && !cmyk) {
            return new StoredPicture(data, ext, s.width(), s.height(), null);
        }
        BufferedImage upright = Pixels.upright(img, s.orientation());
        String change = s.orientation() != 1 ? "turned upright as its EXIF orientation (" + s.orientation() + ") says"
                : "converted from CMYK to RGB";
        return new StoredPicture(encode(upright, format), ext, upright.getWidth(), upright.getHeight(), change);
    }

    /** The EXIF orientation of a JPEG (1–8), 1 for anything else. */
    public static int orientation(byte[] data) {
        return "jpeg".equals(ImageStore.format(data)) ? JpegHeader.of(data).orientation() : 1;
    }

    /** A GIF, BMP or TIFF as PNG; anything else is refused. */
    private static StoredPicture converted(byte[] data) throws ImageStore.Unusable {
        String kind = otherKind(data);
        if (kind == null) {
            throw new ImageStore.Unusable("is not a picture that can be printed (" + describe(data) + "); save it as"
                    + " PNG or JPEG");
        }
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            img = null;
        }
        if (img == null) {
            throw new ImageStore.Unusable("is a damaged " + kind + " picture; save it again as PNG or JPEG");
        }
        if ((long) img.getWidth() * img.getHeight() > ImageStore.MAX_PIXELS) {
            throw new ImageStore.Unusable("has " + img.getWidth() + "×" + img.getHeight() + " pixels, more than the "
                    + ImageStore.MAX_PIXELS / 1_000_000 + " million allowed; scale it down");
        }
        return new StoredPicture(encode(img, "png"), "png", img.getWidth(), img.getHeight(),
                "converted from " + kind + " to PNG");
    }

    private static byte[] encode(BufferedImage img, String format) throws ImageStore.Unusable {
        try {
            return Pixels.encode(img, format);
        } catch (IOException e) {
            throw new ImageStore.Unusable("cannot be written again (" + e.getMessage() + ")");
        }
    }

    /** GIF, BMP or TIFF by their first bytes, or null. */
    private static String otherKind(byte[] d) {
        if (starts(d, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (starts(d, 'B', 'M')) {
            return "BMP";
        }
        if (starts(d, 'I', 'I', 42, 0) || starts(d, 'M', 'M', 0, 42)) {
            return "TIFF";
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
}
