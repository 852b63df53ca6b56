package org.jianbao.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.font.cff.CffSubsetter;
import org.jianbao.font.truetype.TrueTypeSubsetter;

/**
 * A subset as a standalone OpenType font file, for formats that embed whole font files (OFD
 * embeds OpenType files, GB/T 33190-2016 §11.1 表 44): glyph {@code i} of the file is
 * {@code order.get(i)} of the face, and a {@code cmap} maps each character given to its glyph in
 * the subset, so that a reader finds glyphs from text.
 * <ul>
 * <li>a CFF face gives an 'OTTO' file around the CID-keyed CFF subset of {@link CffSubsetter}
 * (CID {@code i} = glyph {@code i}) with {@code cmap}, {@code head}, {@code hhea}, {@code hmtx},
 * {@code maxp} 0.5, {@code OS/2}, {@code name} and {@code post} 3.0;</li>
 * <li>a TrueType face gives the subset of {@link TrueTypeSubsetter} with a {@code cmap} added
 * (composite glyphs' components follow the glyphs given).</li>
 * </ul>
 */
public final class OpenTypeSubset {
    private OpenTypeSubset() {
    }

    /**
     * @param order   glyph ids of the face, {@code order.get(0)} being 0 (.notdef)
     * @param glyphOf code point → glyph id in the subset (an index into {@code order})
     */
    public static byte[] of(Face face, List<Integer> order, Map<Integer, Integer> glyphOf) throws IOException {
        TableDirectory dir = face.directory();
        Map<String, byte[]> tables = new LinkedHashMap<>();
        int sfntVersion;
        if (face.isCff()) {
            CffSubsetter cff = new CffSubsetter(dir.table("CFF "));
            if (!cff.isCidKeyed()) {
                throw new IOException("the font " + face.fullName() + " is a name-keyed CFF font, which cannot be"
                        + " subset; use a CID-keyed OpenType font or a TrueType font");
            }
            tables.put("CFF ", cff.subset(order));
            tables.put("head", bytes(dir.table("head")));
            tables.put("hhea", hhea(dir.table("hhea"), order.size()));
            tables.put("hmtx", hmtx(dir, order));
            tables.put("maxp", ByteBuffer.allocate(6).putInt(0x00005000).putShort((short) order.size()).array());
            tables.put("post", post(dir.has("post") ? dir.table("post") : null));
            if (dir.has("OS/2")) {
                tables.put("OS/2", bytes(dir.table("OS/2")));
            }
            sfntVersion = SfntWriter.CFF;
        } else {
            byte[] ttf = new TrueTypeSubsetter(tag -> dir.has(tag) ? dir.table(tag) : null).subset(order);
            TableDirectory sub = new TableDirectory(ByteBuffer.wrap(ttf), 0);
            for (String tag : new String[] {"head", "hhea", "hmtx", "maxp", "loca", "glyf", "post", "OS/2", "cvt ",
                    "fpgm", "prep"}) {
                if (sub.has(tag)) {
                    tables.put(tag, bytes(sub.table(tag)));
                }
            }
            sfntVersion = SfntWriter.TRUETYPE;
        }
        tables.put("name", NameTableWriter.write(dir.table("name"), face.fullName(), face.postScriptName()));
        tables.put("cmap", CmapWriter.write(glyphOf));
        if (tables.containsKey("OS/2")) {
            firstAndLastChar(tables.get("OS/2"), glyphOf);
        }
        return SfntWriter.write(sfntVersion, tables);
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.limit()];
        b.get(0, out);
        return out;
    }

    /** {@code hhea} with one long metric per glyph. */
    private static byte[] hhea(ByteBuffer full, int glyphs) {
        byte[] h = bytes(full);
        ByteBuffer.wrap(h).putShort(34, (short) glyphs);
        return h;
    }

    /** Advance and left side bearing of each glyph kept, from the face's {@code hmtx}. */
    private static byte[] hmtx(TableDirectory dir, List<Integer> order) throws IOException {
        ByteBuffer hmtx = dir.table("hmtx");
        int longMetrics = Short.toUnsignedInt(dir.table("hhea").getShort(34));
        int glyphCount = Short.toUnsignedInt(dir.table("maxp").getShort(4));
        ByteBuffer out = ByteBuffer.allocate(4 * order.size());
        for (int g : order) {
            int gid = g < 0 || g >= glyphCount ? 0 : g;
            int advance = hmtx.getShort(4 * Math.min(gid, longMetrics - 1));
            int lsb = gid < longMetrics ? hmtx.getShort(4 * gid + 2)
                    : hmtx.getShort(4 * longMetrics + 2 * (gid - longMetrics));
            out.putShort((short) advance).putShort((short) lsb);
        }
        return out.array();
    }

    /** {@code post} version 3.0: the face's italic angle, underline and pitch, no glyph names. */
    private static byte[] post(ByteBuffer full) {
        ByteBuffer p = ByteBuffer.allocate(32);
        p.putInt(0x00030000);
        if (full != null && full.limit() >= 16) {
            for (int i = 4; i < 16; i++) {
                p.put(i, full.get(i));
            }
        }
        return p.array();
    }

    /** OS/2's usFirstCharIndex and usLastCharIndex for the characters the subset maps. */
    private static void firstAndLastChar(byte[] os2, Map<Integer, Integer> glyphOf) {
        if (os2.length < 68 || glyphOf.isEmpty()) {
            return;
        }
        int first = glyphOf.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
        int last = glyphOf.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        ByteBuffer.wrap(os2).putShort(64, (short) Math.min(first, 0xFFFF)).putShort(66, (short) Math.min(last, 0xFFFF));
    }
}
