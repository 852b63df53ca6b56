package org.jianbao.font;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * An sfnt file (OpenType spec, "Organization of an OpenType font") from its tables: the table
 * directory sorted by tag, each table 4-byte aligned with its checksum, and {@code head}'s
 * checkSumAdjustment set so that the whole file sums to 0xB1B0AFBA.
 */
final class SfntWriter {
    /** sfntVersion of a font with TrueType outlines. */
    static final int TRUETYPE = 0x00010000;
    /** sfntVersion of a font with CFF outlines: 'OTTO'. */
    static final int CFF = 0x4F54544F;

    private SfntWriter() {
    }

    static byte[] write(int sfntVersion, Map<String, byte[]> tablesByTag) {
        TreeMap<String, byte[]> tables = new TreeMap<>(tablesByTag);
        int n = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
        int searchRange = 16 << entrySelector;
        int at = 12 + 16 * n;
        int size = at;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(sfntVersion).putShort((short) n).putShort((short) searchRange)
                .putShort((short) entrySelector).putShort((short) (16 * n - searchRange));
        int headAt = -1;
        for (var e : tables.entrySet()) {
            byte[] t = e.getValue();
            if (e.getKey().equals("head")) {
                t = t.clone();
                ByteBuffer.wrap(t).putInt(8, 0);   // checkSumAdjustment counts as 0 in the sums
                e.setValue(t);
                headAt = at;
            }
            out.put(e.getKey().getBytes(StandardCharsets.US_ASCII));
            out.putInt(checksum(t));
            out.putInt(at);
            out.putInt(t.length);
            out.put(at, t);
            at += (t.length + 3) & ~3;
        }
        byte[] file = out.array();
        if (headAt >= 0) {
            ByteBuffer.wrap(file).putInt(headAt + 8, (int) (0xB1B0AFBAL - (checksum(file) & 0xFFFFFFFFL)));
        }
        return file;
    }

    /** The sum of a table's big-endian 32-bit words, the last padded with zeros. */
    static int checksum(byte[] t) {
        long sum = 0;
        for (int i = 0; i < t.length; i += 4) {
            long v = 0;
            for (int k = 0; k < 4; k++) {
                v = (v << 8) | (i + k < t.length ? t[i + k] & 0xFF : 0);
            }
            sum += v;
        }
        return (int) sum;
    }
}
