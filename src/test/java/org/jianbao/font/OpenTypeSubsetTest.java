package org.jianbao.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jianbao.TestFonts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Standalone OpenType subsets (what an OFD embeds), read back by two independent parsers, Apache
 * fontbox and the JDK's font loader: the file is a valid font of exactly the glyphs asked for
 * plus .notdef, each keeps the face's advance, its cmap leads every character to its glyph, and
 * it is a small fraction of the face.
 */
class OpenTypeSubsetTest {
    private static final String TEXT = "浙江省软件和信息服务业简报，“中国开放数林指数”——2020年SIGCOMM 6.7%。𠀀";

    private record Subset(Face face, List<Integer> order, Map<Integer, Integer> glyphOf, byte[] file) {
    }

    private static Subset subset(String name) throws IOException {
        Face face = TestFonts.face(name);
        TreeSet<Integer> used = new TreeSet<>();
        TEXT.codePoints().filter(face::covers).forEach(cp -> used.add(face.glyph(cp)));
        List<Integer> order = new ArrayList<>();
        order.add(0);
        order.addAll(used);
        Map<Integer, Integer> glyphOf = new TreeMap<>();
        TEXT.codePoints().filter(face::covers).forEach(cp -> glyphOf.put(cp, order.indexOf(face.glyph(cp))));
        return new Subset(face, order, glyphOf, OpenTypeSubset.of(face, order, glyphOf));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Noto Serif CJK SC", "Noto Sans CJK SC Bold"})
    void cffFaceGivesAnOttoFontOfTheGlyphsAskedFor(String name) throws IOException {
        Subset s = subset(name);
        assertEquals("OTTO", new String(s.file(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        OpenTypeFont otf = new OTFParser().parse(new RandomAccessReadBuffer(s.file()));
        assertTrue(otf.isPostScript());
        assertEquals(s.order().size(), otf.getNumberOfGlyphs());
        CFFCIDFont cff = (CFFCIDFont) otf.getCFF().getFont();
        assertEquals(s.order().size(), cff.getNumCharStrings(), "CFF charstrings");
        checkMetricsAndCmap(s, otf);
        assertTrue(s.file().length < 400 * s.order().size(), s.file().length + " bytes for " + s.order().size() + " glyphs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LXGW WenKai"})
    void trueTypeFaceGivesATrueTypeFontWithACmap(String name) throws IOException {
        Subset s = subset(name);
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(s.file()));
        assertTrue(ttf.getNumberOfGlyphs() >= s.order().size(), "components come after the glyphs asked for");
        checkMetricsAndCmap(s, ttf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Noto Serif CJK SC", "LXGW WenKai"})
    void theJdkLoadsTheSubsetAndFindsItsCharacters(String name) throws Exception {
        Subset s = subset(name);
        java.awt.Font f = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(s.file()));
        assertEquals(s.face().fullName(), f.getFontName(java.util.Locale.US));
        for (int cp : s.glyphOf().keySet()) {
            assertTrue(f.canDisplay(cp), name + " subset cannot show U+" + Integer.toHexString(cp));
        }
        assertTrue(!f.canDisplay('丁'), "a character left out is not in the subset");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Noto Serif CJK SC", "LXGW WenKai"})
    void charactersBeyondTheBmpAreMappedThroughAFullRepertoireSubtable(String name) throws IOException {
        Face face = TestFonts.face(name);
        int astral = java.util.stream.IntStream.range(0x20000, 0x2FFFF).filter(face::covers).findFirst().orElse(-1);
        org.junit.jupiter.api.Assumptions.assumeTrue(astral > 0, name + " has no character beyond the BMP");
        List<Integer> order = List.of(0, face.glyph('中'), face.glyph(astral));
        Map<Integer, Integer> glyphOf = Map.of((int) '中', 1, astral, 2);
        byte[] file = OpenTypeSubset.of(face, order, glyphOf);
        TrueTypeFont font = face.isCff() ? new OTFParser().parse(new RandomAccessReadBuffer(file))
                : new TTFParser().parse(new RandomAccessReadBuffer(file));
        assertEquals(2, font.getUnicodeCmapLookup().getGlyphId(astral), "U+" + Integer.toHexString(astral));
        assertEquals(1, font.getUnicodeCmapLookup().getGlyphId('中'));
    }

    private static void checkMetricsAndCmap(Subset s, TrueTypeFont font) throws IOException {
        var cmap = font.getUnicodeCmapLookup();
        for (var e : s.glyphOf().entrySet()) {
            int cp = e.getKey();
            int g = e.getValue();
            assertEquals(g, cmap.getGlyphId(cp), "cmap of U+" + Integer.toHexString(cp));
            int fullAdvance = (int) Math.round(s.face().advance(cp) * font.getUnitsPerEm());
            assertEquals(fullAdvance, font.getAdvanceWidth(g), "advance of U+" + Integer.toHexString(cp));
        }
        assertEquals(0, cmap.getGlyphId('丁'));
        assertEquals(s.face().postScriptName(), font.getNaming().getPostScriptName());
    }
}
