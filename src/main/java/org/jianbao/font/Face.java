package org.jianbao.font;

import java.io.IOException;
import java.nio.file.Path;
import org.jianbao.font.cff.CffSubsetter;
import org.jianbao.font.truetype.TrueTypeSubsetter;

/**
 * One font face: its names, where it lives (file and index in a collection) and the metrics the
 * layout needs, in ems. Faces are made by {@link FontLibrary}; two lookups of a name give the same
 * object, so faces can be compared with {@code ==}.
 */
public final class Face {
    private final Path path;
    private final int index;
    private final String fullName;
    private final String postScriptName;
    private final boolean cff;
    private final double unitsPerEm;
    private final double ascender;
    private final double descender;
    private final CmapTable cmap;
    private final HmtxTable hmtx;
    private final TableDirectory dir;
    private final int[] bbox;
    private final int capHeight;
    private final int typoAscender;
    private final int typoDescender;

    Face(Path path, int index, TableDirectory dir) throws IOException {
        this.path = path;
        this.index = index;
        NameTable name = new NameTable(dir.table(NameTable.TAG));
        this.fullName = name.fullName;
        this.postScriptName = name.postScriptName;
        this.cff = dir.has("CFF ");
        this.unitsPerEm = new HeadTable(dir.table(HeadTable.TAG)).unitsPerEm;
        HheaTable hhea = new HheaTable(dir.table(HheaTable.TAG));
        this.ascender = hhea.ascender / unitsPerEm;
        this.descender = -hhea.descender / unitsPerEm;
        this.cmap = new CmapTable(dir.table(CmapTable.TAG));
        this.hmtx = new HmtxTable(dir.table(HmtxTable.TAG), hhea.numberOfHMetrics);
        this.dir = dir;
        java.nio.ByteBuffer head = dir.table(HeadTable.TAG);
        this.bbox = new int[] {head.getShort(36), head.getShort(38), head.getShort(40), head.getShort(42)};
        java.nio.ByteBuffer os2 = dir.has("OS/2") ? dir.table("OS/2") : null;
        this.capHeight = os2 != null && os2.limit() >= 90 ? os2.getShort(88) : (int) (0.7 * unitsPerEm);
        this.typoAscender = os2 != null && os2.limit() >= 72 ? os2.getShort(68) : (int) (0.88 * unitsPerEm);
        this.typoDescender = os2 != null && os2.limit() >= 72 ? os2.getShort(70) : (int) (-0.12 * unitsPerEm);
    }

    /**
     * The typographic ascender and descender (OS/2), in thousandths of an em: for CJK fonts the
     * ideographic em box, 880 and −120, which is what a PDF font descriptor should give.
     */
    public int typoAscender() {
        return (int) Math.round(typoAscender * 1000 / unitsPerEm);
    }

    public int typoDescender() {
        return (int) Math.round(typoDescender * 1000 / unitsPerEm);
    }

    /** The glyph id of {@code cp} (0 when not covered). */
    public int glyph(int cp) {
        return cmap.glyph(cp);
    }

    /** The advance of glyph {@code g} in thousandths of an em, as PDF widths are given. */
    public int glyphWidth(int g) {
        return (int) Math.round(hmtx.advance(g) * 1000 / unitsPerEm);
    }

    /** Font bounding box and cap height in thousandths of an em (PDF font descriptor units). */
    public int[] bbox() {
        int[] b = new int[4];
        for (int i = 0; i < 4; i++) {
            b[i] = (int) Math.round(bbox[i] * 1000 / unitsPerEm);
        }
        return b;
    }

    public int capHeight() {
        return (int) Math.round(capHeight * 1000 / unitsPerEm);
    }

    /**
     * A font program holding only the glyphs of {@code order}, glyph {@code i} of the program being
     * {@code order.get(i)} of this face ({@code order.get(0)} should be 0, .notdef): a CID-keyed CFF
     * for CFF faces (CID {@code i} = glyph {@code i}), a TrueType file for the others; {@code null}
     * when this face's format cannot be subset here (a name-keyed CFF).
     */
    public byte[] subset(java.util.List<Integer> order) throws IOException {
        if (cff) {
            CffSubsetter s = new CffSubsetter(dir.table("CFF "));
            return s.isCidKeyed() ? s.subset(order) : null;
        }
        return new TrueTypeSubsetter(tag -> dir.has(tag) ? dir.table(tag) : null).subset(order);
    }

    /** The face's tables, for the writers of standalone subsets ({@link OpenTypeSubset}). */
    TableDirectory directory() {
        return dir;
    }

    /** The file holding the face. */
    public Path path() {
        return path;
    }

    /** The face's index in its collection (0 for a single-face file). */
    public int index() {
        return index;
    }

    /** Whether the file is a collection, so that writers must name the face by index. */
    public boolean inCollection() {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }

    /** The full name (OpenType name id 4), e.g. "Noto Serif CJK SC Bold". */
    public String fullName() {
        return fullName;
    }

    public String postScriptName() {
        return postScriptName;
    }

    /** Whether the outlines are CFF (PostScript) rather than TrueType. */
    public boolean isCff() {
        return cff;
    }

    /** Whether the face has a glyph for the code point. */
    public boolean covers(int cp) {
        return cmap.glyph(cp) != 0;
    }

    /** The advance width of the code point's glyph, in ems (0 when not covered). */
    public double advance(int cp) {
        int g = cmap.glyph(cp);
        return g == 0 ? 0 : hmtx.advance(g) / unitsPerEm;
    }

    /** Ascender above the baseline, in ems (hhea). */
    public double ascender() {
        return ascender;
    }

    /** Descender below the baseline, in ems, positive (hhea). */
    public double descender() {
        return descender;
    }

    @Override
    public String toString() {
        return fullName;
    }
}
