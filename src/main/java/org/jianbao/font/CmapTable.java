package org.jianbao.font;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * {@code cmap}: character to glyph. Reads the Unicode full-repertoire subtable (format 12) when
 * there is one, else the BMP subtable (format 4); lookups are binary searches in place.
 */
final class CmapTable {
    static final String TAG = "cmap";
    private final ByteBuffer sub;
    private final int format;

    CmapTable(ByteBuffer b) throws IOException {
        int count = Short.toUnsignedInt(b.getShort(2));
        int best = -1;
        int bestRank = -1;
        for (int i = 0; i < count; i++) {
            int platform = Short.toUnsignedInt(b.getShort(4 + 8 * i));
            int encoding = Short.toUnsignedInt(b.getShort(6 + 8 * i));
            int offset = b.getInt(8 + 8 * i);
            int fmt = Short.toUnsignedInt(b.getShort(offset));
            int rank = rank(platform, encoding, fmt);
            if (rank > bestRank) {
                bestRank = rank;
                best = offset;
            }
        }
        if (best < 0 || bestRank <= 0) {
            throw new IOException("no Unicode cmap subtable");
        }
        sub = b.slice(best, b.limit() - best).order(java.nio.ByteOrder.BIG_ENDIAN);
        format = Short.toUnsignedInt(sub.getShort(0));
    }

    private static int rank(int platform, int encoding, int format) {
        boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode) {
            return 0;
        }
        return format == 12 ? 3 : format == 4 ? 2 : 0;
    }

    /** Glyph + 1 of each BMP character looked up so far (0: not yet looked up); filled as text needs it. */
    private final int[] bmp = new int[0x10000];

    /** The glyph for {@code cp}, 0 (.notdef) when the font has none. */
    int glyph(int cp) {
        if (cp >= 0 && cp < 0x10000) {
            int cached = bmp[cp];
            if (cached != 0) {
                return cached - 1;
            }
            int g = format == 12 ? glyph12(cp) : glyph4(cp);
            bmp[cp] = g + 1;
            return g;
        }
        return format == 12 ? glyph12(cp) : glyph4(cp);
    }

    private int glyph12(int cp) {
        int groups = sub.getInt(12);
        int lo = 0;
        int hi = groups - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int g = 16 + 12 * mid;
            int start = sub.getInt(g);
            int end = sub.getInt(g + 4);
            if (cp < start) {
                hi = mid - 1;
            } else if (cp > end) {
                lo = mid + 1;
            } else {
                return sub.getInt(g + 8) + (cp - start);
            }
        }
        return 0;
    }

    private int glyph4(int cp) {
        if (cp > 0xFFFF) {
            return 0;
        }
        int segX2 = Short.toUnsignedInt(sub.getShort(6));
        int ends = 14;
        int starts = ends + segX2 + 2;
        int deltas = starts + segX2;
        int ranges = deltas + segX2;
        int lo = 0;
        int hi = segX2 / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int end = Short.toUnsignedInt(sub.getShort(ends + 2 * mid));
            int start = Short.toUnsignedInt(sub.getShort(starts + 2 * mid));
            if (cp > end) {
                lo = mid + 1;
            } else if (cp < start) {
                hi = mid - 1;
            } else {
                int delta = sub.getShort(deltas + 2 * mid);
                int rangeOffset = Short.toUnsignedInt(sub.getShort(ranges + 2 * mid));
                if (rangeOffset == 0) {
                    return (cp + delta) & 0xFFFF;
                }
                int at = ranges + 2 * mid + rangeOffset + 2 * (cp - start);
                int g = Short.toUnsignedInt(sub.getShort(at));
                return g == 0 ? 0 : (g + delta) & 0xFFFF;
            }
        }
        return 0;
    }
}
