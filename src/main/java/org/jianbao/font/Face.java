package org.jianbao.font;

import java.io.IOException;
import java.nio.file.Path;

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
