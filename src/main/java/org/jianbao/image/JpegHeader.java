package org.jianbao.image;

/**
 * What jianbao needs from a JPEG's markers before decoding it: the number of colour components
 * (4 for CMYK and YCCK, which PDF/A with an sRGB output intent cannot show as they are) and the
 * EXIF orientation a phone camera records instead of turning the pixels (EXIF 2.3 tag 0x0112,
 * values 1–8).
 */
record JpegHeader(int components, int orientation) {

    static JpegHeader of(byte[] b) {
        int components = 0;
        int orientation = 1;
        int i = 2;   // after SOI
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xD9 || marker == 0xDA) {
                break;   // end of image, start of scan: no more header markers
            }
            if (marker == 0xFF || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                i++;
                continue;
            }
            int len = u16(b, i + 2);
            int body = i + 4;
            if (len < 2 || body + len - 2 > b.length) {
                break;
            }
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof && len >= 8) {
                components = b[body + 5] & 0xFF;
            } else if (marker == 0xE1 && len >= 16 && ascii(b, body, "Exif\0\0")) {
                orientation = exifOrientation(b, body + 6, body + len - 2);
            }
            i = body + len - 2;
        }
        return new JpegHeader(components, orientation);
    }

    /** Tag 0x0112 of IFD0 of the TIFF structure in [{@code start}, {@code end}), or 1. */
    private static int exifOrientation(byte[] b, int start, int end) {
        if (end - start < 8) {
            return 1;
        }
        boolean little = b[start] == 'I' && b[start + 1] == 'I';
        if (!little && !(b[start] == 'M' && b[start + 1] == 'M')) {
            return 1;
        }
        long ifd = u32(b, start + 4, little);
        if (ifd < 8 || start + ifd + 2 > end) {
            return 1;
        }
        int at = (int) (start + ifd);
        int count = u16(b, at, little);
        for (int k = 0; k < count; k++) {
            int entry = at + 2 + 12 * k;
            if (entry + 12 > end) {
                break;
            }
            if (u16(b, entry, little) == 0x0112) {
                int v = u16(b, entry + 8, little);
                return v >= 1 && v <= 8 ? v : 1;
            }
        }
        return 1;
    }

    private static boolean ascii(byte[] b, int at, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return u16(b, at, false);
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? y << 8 | x : x << 8 | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long hi = u16(b, little ? at + 2 : at, little);
        long lo = u16(b, little ? at : at + 2, little);
        return hi << 16 | lo;
    }
}
