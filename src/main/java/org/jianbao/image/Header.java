package org.jianbao.image;

/** A picture's size in pixels, read from its header: nothing is decoded. */
final class Header {
    private Header() {
    }

    /** {width, height} as stored (before any EXIF turn), or null when the header cannot be found. */
    static int[] size(byte[] b, String format) {
        return format.equals("png") ? png(b) : jpeg(b);
    }

    /** The IHDR chunk, which PNG requires first (ISO/IEC 15948 §11.2.2). */
    private static int[] png(byte[] b) {
        if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            return null;
        }
        return new int[] {int32(b, 16), int32(b, 20)};
    }

    /** The first start-of-frame marker (ITU T.81 §B.2.2). */
    private static int[] jpeg(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                i++;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return null;
            }
            int len = (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof && i + 9 <= b.length) {
                int h = (b[i + 5] & 0xFF) << 8 | (b[i + 6] & 0xFF);
                int w = (b[i + 7] & 0xFF) << 8 | (b[i + 8] & 0xFF);
                return new int[] {w, h};
            }
            i += 2 + len;
        }
        return null;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
