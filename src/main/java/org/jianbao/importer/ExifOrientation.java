package org.jianbao.importer;

/**
 * The orientation a camera recorded in a JPEG's EXIF data (TIFF tag 0x0112, Exif 2.32 §4.6.4): 1 is
 * upright, 6 means the picture is to be turned 90° clockwise to be seen upright, 8 counter-clockwise,
 * 3 turned round; 2, 4, 5, 7 add a mirror. Read from the APP1 segment by hand: the environment's
 * package list offers no plain metadata library (only a whole ImageIO plugin, which would also take
 * over how render reads JPEGs), and one tag of one directory is a few lines.
 */
public final class ExifOrientation {
    private ExifOrientation() {
    }

    /** The orientation, 1 to 8; 1 when the data has none or is not a JPEG. */
    public static int of(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return 1;
        }
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = u16(jpeg, i + 2, false);
            if (marker == 0xDA || marker == 0xD9 || length < 2) {
                return 1;   // image data begins: no EXIF before it
            }
            if (marker == 0xE1 && length >= 8 && i + 4 + 6 <= jpeg.length
                    && new String(jpeg, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif")) {
                int o = orientation(jpeg, i + 10, Math.min(jpeg.length, i + 2 + length));
                return o >= 1 && o <= 8 ? o : 1;
            }
            i += 2 + length;
        }
        return 1;
    }

    /** Tag 0x0112 of IFD0 of the TIFF structure at {@code tiff} (ending before {@code end}). */
    private static int orientation(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = u32(b, tiff + 4, little);
        int at = (int) (tiff + ifd);
        if (ifd < 8 || at + 2 > end) {
            return 1;
        }
        int entries = u16(b, at, little);
        for (int k = 0; k < entries; k++) {
            int e = at + 2 + 12 * k;
            if (e + 12 > end) {
                return 1;
            }
            if (u16(b, e, little) == 0x0112) {
                return u16(b, e + 8, little);   // type SHORT, count 1: the value sits in the entry
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int i, boolean little) {
        int x = b[i] & 0xFF;
        int y = b[i + 1] & 0xFF;
        return little ? x | y << 8 : x << 8 | y;
    }

    private static long u32(byte[] b, int i, boolean little) {
        long hi = u16(b, little ? i + 2 : i, little);
        long lo = u16(b, little ? i : i + 2, little);
        return hi << 16 | lo;
    }
}
