package org.jianbao.font;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@code cmap} table (OpenType spec, "cmap — Character to Glyph Index Mapping Table") for a
 * subset: Unicode BMP characters in a format 4 subtable (platform 3, encoding 1), and, when a
 * character lies beyond the BMP, a format 12 subtable of the full repertoire as well (3, 10).
 * Runs of consecutive characters on consecutive glyphs share one segment or group.
 */
final class CmapWriter {
    private CmapWriter() {
    }

    /** @param glyphOf code point → glyph id in the subset (no entry for unmapped characters) */
    static byte[] write(Map<Integer, Integer> glyphOf) {
        TreeMap<Integer, Integer> map = new TreeMap<>(glyphOf);
        map.keySet().removeIf(cp -> cp < 0 || cp > 0x10FFFF);
        byte[] bmp = format4(map.headMap(0x10000));
        boolean full = !map.tailMap(0x10000).isEmpty();
        byte[] groups = full ? format12(map) : null;
        int subtables = full ? 2 : 1;
        int header = 4 + 8 * subtables;
        ByteBuffer out = ByteBuffer.allocate(header + bmp.length + (full ? groups.length : 0));
        out.putShort((short) 0).putShort((short) subtables);
        out.putShort((short) 3).putShort((short) 1).putInt(header);
        if (full) {
            out.putShort((short) 3).putShort((short) 10).putInt(header + bmp.length);
        }
        out.put(bmp);
        if (full) {
            out.put(groups);
        }
        return out.array();
    }

    /** Runs of consecutive code points mapped to consecutive glyphs: {first code point, last, first glyph}. */
    private static List<int[]> runs(SortedMap<Integer, Integer> map) {
        List<int[]> runs = new ArrayList<>();
        int[] run = null;
        for (var e : map.entrySet()) {
            int cp = e.getKey();
            int g = e.getValue();
            if (run != null && cp == run[1] + 1 && g == run[2] + (cp - run[0])) {
                run[1] = cp;
            } else {
                run = new int[] {cp, cp, g};
                runs.add(run);
            }
        }
        return runs;
    }

    /** Format 4: segments with an idDelta each (no glyph id array), then the closing 0xFFFF segment. */
    private static byte[] format4(SortedMap<Integer, Integer> map) {
        List<int[]> segs = runs(map);
        segs.removeIf(s -> s[0] == 0xFFFF);
        if (!segs.isEmpty() && segs.get(segs.size() - 1)[1] == 0xFFFF) {
            segs.get(segs.size() - 1)[1] = 0xFFFE;   // U+FFFF is a noncharacter; the end segment owns it
        }
        segs.add(new int[] {0xFFFF, 0xFFFF, 1});     // maps 0xFFFF to glyph 0 (delta 1)
        int n = segs.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
        int searchRange = 2 << entrySelector;
        int length = 16 + 8 * n;
        ByteBuffer b = ByteBuffer.allocate(length);
        b.putShort((short) 4).putShort((short) length).putShort((short) 0)
                .putShort((short) (2 * n)).putShort((short) searchRange).putShort((short) entrySelector)
                .putShort((short) (2 * n - searchRange));
        segs.forEach(s -> b.putShort((short) s[1]));
        b.putShort((short) 0);                       // reservedPad
        segs.forEach(s -> b.putShort((short) s[0]));
        segs.forEach(s -> b.putShort((short) (s[2] - s[0])));   // idDelta, modulo 65536
        segs.forEach(s -> b.putShort((short) 0));    // idRangeOffset: none
        return b.array();
    }

    /** Format 12: sequential map groups over the whole repertoire. */
    private static byte[] format12(SortedMap<Integer, Integer> map) {
        List<int[]> groups = runs(map);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer b = ByteBuffer.allocate(16 + 12 * groups.size());
        b.putShort((short) 12).putShort((short) 0).putInt(16 + 12 * groups.size()).putInt(0).putInt(groups.size());
        for (int[] g : groups) {
            b.putInt(g[0]).putInt(g[1]).putInt(g[2]);
        }
        out.writeBytes(b.array());
        return out.toByteArray();
    }
}
