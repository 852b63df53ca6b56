package org.jianbao.font.truetype;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A subset of a TrueType-outline font (OpenType {@code glyf}/{@code loca}): the glyphs given, in
 * the order given (glyph {@code i} of the subset is {@code order.get(i)} of the full font), then
 * the components of composite glyphs, renumbered. The hinting tables are copied; {@code cmap} is
 * left out, since a PDF maps codes to glyph ids itself.
 */
public final class TrueTypeSubsetter {
    private static final String[] COPIED = {"OS/2", "cvt ", "fpgm", "prep", "name"};
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

    /** The tables of the face to subset, by tag; null for a table it does not have. */
    @FunctionalInterface
    public interface Tables {
        ByteBuffer table(String tag) throws IOException;
    }

    private final Tables dir;

    public TrueTypeSubsetter(Tables dir) {
        this.dir = dir;
    }

    public byte[] subset(List<Integer> order) throws IOException {
        ByteBuffer head = required("head");
        ByteBuffer maxp = required("maxp");
        ByteBuffer hhea = required("hhea");
        ByteBuffer hmtx = required("hmtx");
        ByteBuffer loca = required("loca");
        ByteBuffer glyf = required("glyf");
        int numGlyphs = Short.toUnsignedInt(maxp.getShort(4));
        boolean longLoca = head.getShort(50) != 0;
        int hMetrics = Short.toUnsignedInt(hhea.getShort(34));

        // new id of each old glyph: the order given, then components as they are met
        java.util.LinkedHashMap<Integer, Integer> newId = new java.util.LinkedHashMap<>();
        for (int g : order) {
            newId.putIfAbsent(g < 0 || g >= numGlyphs ? 0 : g, newId.size());
        }
        List<Integer> olds = new ArrayList<>(newId.keySet());
        for (int k = 0; k < olds.size(); k++) {
            for (int c : components(glyf, loca, olds.get(k), longLoca)) {
                if (!newId.containsKey(c) && c < numGlyphs) {
                    newId.put(c, newId.size());
                    olds.add(c);
                }
            }
        }
        int count = olds.size();

        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream();
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (count + 1));
        ByteBuffer newHmtx = ByteBuffer.allocate(4 * count);
        for (int g : olds) {
            newLoca.putInt(newGlyf.size());
            int from = loca(loca, g, longLoca);
            int len = loca(loca, g + 1, longLoca) - from;
            byte[] data = new byte[Math.max(0, len)];
            glyf.get(from, data);
            if (len >= 10 && glyf.getShort(from) < 0) {
                renumberComponents(data, newId);
            }
            newGlyf.write(data, 0, data.length);
            while (newGlyf.size() % 4 != 0) {
                newGlyf.write(0);
            }
            int i = Math.min(g, hMetrics - 1);
            newHmtx.putShort(hmtx.getShort(4 * i));
            newHmtx.putShort(g < hMetrics ? hmtx.getShort(4 * g + 2) : hmtx.getShort(4 * hMetrics + 2 * (g - hMetrics)));
        }
        newLoca.putInt(newGlyf.size());

        TreeMap<String, byte[]> tables = new TreeMap<>();
        byte[] h = bytes(head);
        h[50] = 0;
        h[51] = 1;                                   // indexToLocFormat: long
        h[8] = h[9] = h[10] = h[11] = 0;             // checkSumAdjustment, set below
        tables.put("head", h);
        byte[] hh = bytes(hhea);
        hh[34] = (byte) (count >> 8);
        hh[35] = (byte) count;
        tables.put("hhea", hh);
        byte[] mp = bytes(maxp);
        mp[4] = (byte) (count >> 8);
        mp[5] = (byte) count;
        tables.put("maxp", mp);
        tables.put("hmtx", newHmtx.array());
        tables.put("loca", newLoca.array());
        tables.put("glyf", newGlyf.toByteArray());
        // post version 3: no glyph names
        tables.put("post", post(dir.table("post")));
        for (String tag : COPIED) {
            ByteBuffer t = dir.table(tag);
            if (t != null) {
                tables.put(tag, bytes(t));
            }
        }
        return assemble(tables);
    }

    /** The glyph ids a composite glyph is made of (none for a simple glyph). */
    private ByteBuffer required(String tag) throws IOException {
        ByteBuffer t = dir.table(tag);
        if (t == null) {
            throw new IOException("no '" + tag + "' table");
        }
        return t;
    }

    private static List<Integer> components(ByteBuffer glyf, ByteBuffer loca, int g, boolean longLoca) {
        List<Integer> out = new ArrayList<>();
        int from = loca(loca, g, longLoca);
        int to = loca(loca, g + 1, longLoca);
        if (to - from < 10 || glyf.getShort(from) >= 0) {
            return out;
        }
        int p = from + 10;
        int flags;
        do {
            flags = Short.toUnsignedInt(glyf.getShort(p));
            out.add(Short.toUnsignedInt(glyf.getShort(p + 2)));
            p += next(flags);
        } while ((flags & MORE_COMPONENTS) != 0 && p + 4 <= to);
        return out;
    }

    /** The size of a component record with these flags. */
    private static int next(int flags) {
        return 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2)
                + ((flags & WE_HAVE_A_SCALE) != 0 ? 2 : (flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0 ? 4
                : (flags & WE_HAVE_A_TWO_BY_TWO) != 0 ? 8 : 0);
    }

    private static void renumberComponents(byte[] data, java.util.Map<Integer, Integer> newId) {
        ByteBuffer b = ByteBuffer.wrap(data);
        int p = 10;
        int flags;
        do {
            flags = Short.toUnsignedInt(b.getShort(p));
            int old = Short.toUnsignedInt(b.getShort(p + 2));
            b.putShort(p + 2, (short) (int) newId.getOrDefault(old, 0));
            p += next(flags);
        } while ((flags & MORE_COMPONENTS) != 0 && p + 4 <= data.length);
    }

    private static int loca(ByteBuffer loca, int g, boolean longLoca) {
        return longLoca ? loca.getInt(4 * g) : 2 * Short.toUnsignedInt(loca.getShort(2 * g));
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.limit()];
        b.get(0, out);
        return out;
    }

    private static byte[] post(ByteBuffer old) {
        ByteBuffer p = ByteBuffer.allocate(32);
        p.putInt(0x00030000);
        if (old != null && old.limit() >= 32) {
            for (int i = 4; i < 32; i++) {
                p.put(i, old.get(i));
            }
        }
        return p.array();
    }

    /** An sfnt file from its tables: directory, 4-byte aligned tables, checksums, head's adjustment. */
    private static byte[] assemble(TreeMap<String, byte[]> tables) {
        int n = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
        int searchRange = 16 << entrySelector;
        int offset = 12 + 16 * n;
        ByteBuffer out = ByteBuffer.allocate(offset + tables.values().stream().mapToInt(t -> (t.length + 3) & ~3).sum());
        out.putInt(0x00010000).putShort((short) n).putShort((short) searchRange).putShort((short) entrySelector)
                .putShort((short) (n * 16 - searchRange));
        List<Integer> starts = new ArrayList<>();
        int at = offset;
        for (var e : tables.entrySet()) {
            byte[] t = e.getValue();
            out.put(e.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.putInt(checksum(t));
            out.putInt(at);
            out.putInt(t.length);
            starts.add(at);
            at += (t.length + 3) & ~3;
        }
        int i = 0;
        int headAt = -1;
        for (var e : tables.entrySet()) {
            out.put(starts.get(i), e.getValue());
            if (e.getKey().equals("head")) {
                headAt = starts.get(i);
            }
            i++;
        }
        byte[] file = out.array();
        int adjustment = (int) (0xB1B0AFBAL - (checksum(file) & 0xFFFFFFFFL));
        ByteBuffer.wrap(file).putInt(headAt + 8, adjustment);
        return file;
    }

    private static int checksum(byte[] t) {
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
