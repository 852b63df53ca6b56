package org.jianbao.font.cff;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A subset of a CID-keyed CFF font (Technical Notes #5176, #5177): only the glyphs given, in the
 * order given (glyph {@code i} of the subset, CID {@code i}, is {@code order.get(i)} of the full
 * font), their charstrings flattened (no subroutines), only the font DICTs they use. The String
 * INDEX is copied whole (it is small), so every SID stays valid.
 */
public final class CffSubsetter {
    private static final int UNIQUE_ID = 13;
    private static final int XUID = 14;
    private static final int UID_BASE = 1235;

    private final ByteBuffer cff;

    public CffSubsetter(ByteBuffer cff) {
        this.cff = cff;
    }

    /** Whether this is a CID-keyed font, the kind this subsetter handles. */
    public boolean isCidKeyed() {
        return topDict().has(CffDict.ROS);
    }

    private int headerSize() {
        return cff.get(2) & 0xFF;
    }

    private CffIndex nameIndex() {
        return new CffIndex(cff, headerSize());
    }

    private CffIndex topIndex() {
        return new CffIndex(cff, nameIndex().end);
    }

    private CffDict topDict() {
        return new CffDict(topIndex().get(0));
    }

    public byte[] subset(List<Integer> order) {
        CffIndex names = nameIndex();
        CffIndex tops = topIndex();
        CffDict top = new CffDict(tops.get(0));
        CffIndex strings = new CffIndex(cff, tops.end);
        CffIndex gsubrIndex = new CffIndex(cff, strings.end);
        CffIndex charStrings = new CffIndex(cff, top.integer(CffDict.CHARSTRINGS, 0, -1));
        CffIndex fdArray = new CffIndex(cff, top.integer(CffDict.FD_ARRAY, 0, -1));
        int fdSelect = top.integer(CffDict.FD_SELECT, 0, -1);

        List<byte[]> gsubrs = gsubrIndex.asList();
        List<Integer> glyphs = new ArrayList<>();
        for (int g : order) {
            glyphs.add(g < 0 || g >= charStrings.count ? 0 : g);   // an id outside the font draws .notdef
        }

        // font DICTs, their Private DICTs and local subroutines, as the glyphs need them
        Map<Integer, CffDict> fontDicts = new HashMap<>();
        Map<Integer, CffDict> privates = new HashMap<>();
        Map<Integer, List<byte[]>> locals = new HashMap<>();
        Map<Integer, Integer> fdOf = new HashMap<>();
        for (int g : new TreeSet<>(glyphs)) {
            int fd = fd(fdSelect, g);
            fdOf.put(g, fd);
            if (!fontDicts.containsKey(fd)) {
                CffDict fontDict = new CffDict(fdArray.get(fd));
                fontDicts.put(fd, fontDict);
                int size = fontDict.integer(CffDict.PRIVATE, 0, 0);
                int offset = fontDict.integer(CffDict.PRIVATE, 1, 0);
                byte[] p = new byte[size];
                cff.get(offset, p);
                CffDict priv = new CffDict(p);
                privates.put(fd, priv);
                locals.put(fd, priv.has(CffDict.SUBRS)
                        ? new CffIndex(cff, offset + priv.integer(CffDict.SUBRS, 0, 0)).asList() : List.of());
                priv.entries.remove(CffDict.SUBRS);
            }
        }
        // every glyph flattened: no subroutines are left to keep
        Type2Charstrings flattener = new Type2Charstrings(gsubrs);
        List<byte[]> newCharStrings = new ArrayList<>(glyphs.size());
        for (int g : glyphs) {
            newCharStrings.add(flattener.flatten(charStrings.get(g), locals.get(fdOf.get(g))));
        }
        List<Integer> fds = new ArrayList<>(new TreeSet<>(fontDicts.keySet()));
        Map<Integer, Integer> newFd = new HashMap<>();
        for (int i = 0; i < fds.size(); i++) {
            newFd.put(fds.get(i), i);
        }
        return write(names, top, strings, glyphs, fdOf, newFd, newCharStrings, fds, fontDicts, privates);
    }

    private byte[] write(CffIndex names, CffDict top, CffIndex strings, List<Integer> glyphs,
                         Map<Integer, Integer> fdOf, Map<Integer, Integer> newFd, List<byte[]> charStrings,
                         List<Integer> fds, Map<Integer, CffDict> fontDicts, Map<Integer, CffDict> privates) {
        byte[] nameBytes = raw(headerSize(), names.end);
        byte[] stringBytes = raw(topIndex().end, strings.end);
        byte[] gsubrBytes = CffIndex.write(List.of());
        // charset format 2, one range: glyph i has CID i
        ByteArrayOutputStream charset = new ByteArrayOutputStream();
        charset.write(2);
        if (glyphs.size() > 1) {
            charset.write(0);
            charset.write(1);
            charset.write((glyphs.size() - 2) >> 8);
            charset.write(glyphs.size() - 2);
        }
        ByteArrayOutputStream select = new ByteArrayOutputStream();
        select.write(0);
        for (int g : glyphs) {
            select.write(newFd.get(fdOf.get(g)));
        }
        byte[] charStringBytes = CffIndex.write(charStrings);

        // Private DICTs, without subroutines
        List<byte[]> privateBlocks = new ArrayList<>();
        List<Integer> privateSizes = new ArrayList<>();
        for (int fd : fds) {
            byte[] dict = privates.get(fd).write(Map.of());
            privateBlocks.add(dict);
            privateSizes.add(dict.length);
        }

        // offsets: every offset is written as a 5-byte integer, so sizes do not depend on them
        Map<Integer, int[]> topRepl = new java.util.LinkedHashMap<>();
        for (int op : new int[] {CffDict.CHARSET, CffDict.FD_SELECT, CffDict.CHARSTRINGS, CffDict.FD_ARRAY}) {
            topRepl.put(op, new int[] {0});
        }
        top.entries.remove(UNIQUE_ID);
        top.entries.remove(XUID);
        top.entries.remove(UID_BASE);
        topRepl.put(CffDict.CID_COUNT, new int[] {glyphs.size()});
        int topSize = CffIndex.write(List.of(top.write(topRepl))).length;
        int pos = 4 + nameBytes.length + topSize + stringBytes.length + gsubrBytes.length;
        int charsetAt = pos;
        pos += charset.size();
        int selectAt = pos;
        pos += select.size();
        int charStringsAt = pos;
        pos += charStringBytes.length;
        int fdArrayAt = pos;
        List<byte[]> fontDictBytes = new ArrayList<>();
        for (int i = 0; i < fds.size(); i++) {
            fontDictBytes.add(fontDicts.get(fds.get(i)).write(Map.of(CffDict.PRIVATE, new int[] {0, 0})));
        }
        pos += CffIndex.write(fontDictBytes).length;
        fontDictBytes.clear();
        for (int i = 0; i < fds.size(); i++) {
            fontDictBytes.add(fontDicts.get(fds.get(i)).write(Map.of(CffDict.PRIVATE, new int[] {privateSizes.get(i), pos})));
            pos += privateBlocks.get(i).length;
        }
        topRepl.put(CffDict.CID_COUNT, new int[] {glyphs.size()});
        topRepl.put(CffDict.CHARSET, new int[] {charsetAt});
        topRepl.put(CffDict.FD_SELECT, new int[] {selectAt});
        topRepl.put(CffDict.CHARSTRINGS, new int[] {charStringsAt});
        topRepl.put(CffDict.FD_ARRAY, new int[] {fdArrayAt});

        ByteArrayOutputStream out = new ByteArrayOutputStream(pos);
        out.write(cff.get(0));
        out.write(cff.get(1));
        out.write(4);
        out.write(4);
        out.write(nameBytes, 0, nameBytes.length);
        byte[] topBytes = CffIndex.write(List.of(top.write(topRepl)));
        out.write(topBytes, 0, topBytes.length);
        out.write(stringBytes, 0, stringBytes.length);
        out.write(gsubrBytes, 0, gsubrBytes.length);
        writeTo(charset, out);
        writeTo(select, out);
        out.write(charStringBytes, 0, charStringBytes.length);
        byte[] fdArrayBytes = CffIndex.write(fontDictBytes);
        out.write(fdArrayBytes, 0, fdArrayBytes.length);
        for (byte[] b : privateBlocks) {
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    private static void writeTo(ByteArrayOutputStream src, ByteArrayOutputStream dst) {
        byte[] b = src.toByteArray();
        dst.write(b, 0, b.length);
    }

    private byte[] raw(int from, int to) {
        byte[] b = new byte[to - from];
        cff.get(from, b);
        return b;
    }

    private static List<byte[]> items(CffIndex index) {
        List<byte[]> out = new ArrayList<>(index.count);
        for (int i = 0; i < index.count; i++) {
            out.add(index.get(i));
        }
        return out;
    }




    /** The font DICT of glyph {@code g} from FDSelect format 0 or 3. */
    private int fd(int at, int g) {
        int format = cff.get(at) & 0xFF;
        if (format == 0) {
            return cff.get(at + 1 + g) & 0xFF;
        }
        if (format != 3) {
            throw new IllegalArgumentException("FDSelect format " + format);
        }
        int ranges = Short.toUnsignedInt(cff.getShort(at + 1));
        int lo = 0;
        int hi = ranges - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int r = at + 3 + 3 * mid;
            int first = Short.toUnsignedInt(cff.getShort(r));
            int next = mid + 1 < ranges ? Short.toUnsignedInt(cff.getShort(r + 3))
                    : Short.toUnsignedInt(cff.getShort(at + 3 + 3 * ranges));
            if (g < first) {
                hi = mid - 1;
            } else if (g >= next) {
                lo = mid + 1;
            } else {
                return cff.get(r + 2) & 0xFF;
            }
        }
        throw new IllegalArgumentException("glyph " + g + " has no font DICT");
    }
}
