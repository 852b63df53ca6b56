package org.jianbao.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jianbao.TestFonts;
import org.junit.jupiter.api.Test;

/**
 * Font subsets, re-read with Apache fontbox (as fontbox's own tests do): the glyphs kept draw the
 * same outlines as in the full font, with the same advances, and the subset is a small fraction of
 * the full font.
 */
class SubsetterTest {
    private static final String TEXT = "浙江省软件和信息服务业简报，“中国开放数林指数”——2020年SIGCOMM 6.7%。";

    /**
     * The glyphs of every sample's text (a thousand and more, calling hundreds of subroutines) in
     * order of first use, after .notdef: the order the PDF writer gives.
     */
    private static List<Integer> glyphs(Face f) throws IOException {
        java.util.LinkedHashSet<Integer> g = new java.util.LinkedHashSet<>();
        g.add(0);
        StringBuilder text = new StringBuilder(TEXT);
        try (var files = java.nio.file.Files.list(TestFonts.home().resolve("issues"))) {
            for (var p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                text.append(java.nio.file.Files.readString(p));
            }
        }
        text.codePoints().forEach(cp -> {
            if (f.glyph(cp) != 0) {
                g.add(f.glyph(cp));
            }
        });
        return List.copyOf(g);
    }

    @Test
    void cffSubsetDrawsTheSameGlyphs() throws IOException {
        for (String name : List.of("Noto Serif CJK SC", "Noto Sans CJK SC Bold", "Noto Serif CJK TC")) {
            Face face = TestFonts.face(name);
            List<Integer> gids = glyphs(face);
            byte[] subset = face.subset(gids);
            assertNotNull(subset);
            assertTrue(subset.length < 400 * gids.size(), name + " subset of " + gids.size() + " glyphs is " + subset.length
                    + " bytes");
            CFFCIDFont sub = (CFFCIDFont) new CFFParser().parse(new RandomAccessReadBuffer(subset)).get(0);
            CFFFont full = new CFFParser().parse(new RandomAccessReadBuffer(table(face))).get(0);
            for (int i = 0; i < gids.size(); i++) {
                int gid = gids.get(i);
                // in the subset, CID i is glyph gids[i] of the full font
                Rectangle2D a = sub.getType2CharString(i).getPath().getBounds2D();
                Rectangle2D b = ((CFFCIDFont) full).getType2CharString(gid).getPath().getBounds2D();
                assertEquals(b, a, name + " glyph " + gid);
                assertEquals(((CFFCIDFont) full).getType2CharString(gid).getWidth(), sub.getType2CharString(i).getWidth());
            }
        }
    }

    @Test
    void trueTypeSubsetKeepsGlyphIdsAndOutlines() throws IOException {
        Face face = TestFonts.face("LXGW WenKai");
        List<Integer> gids = glyphs(face);
        byte[] subset = face.subset(gids);
        // as embedded in a PDF: flate-compressed (the full-length loca and hmtx compress to little)
        java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
        try (var d = new java.util.zip.DeflaterOutputStream(z)) {
            d.write(subset);
        }
        assertTrue(z.size() < 400 * gids.size(), "subset of " + gids.size() + " glyphs is " + z.size() + " bytes compressed");
        TrueTypeFont sub = new TTFParser(true).parse(new RandomAccessReadBuffer(subset));
        TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(java.nio.file.Files.readAllBytes(face.path())));
        for (int i = 0; i < gids.size(); i++) {
            int gid = gids.get(i);
            assertEquals(full.getGlyph().getGlyph(gid).getBoundingBox().toString(),
                    sub.getGlyph().getGlyph(i).getBoundingBox().toString(), "glyph " + gid);
            assertEquals(full.getAdvanceWidth(gid), sub.getAdvanceWidth(i));
        }
    }

    private static byte[] table(Face face) throws IOException {
        return FontLibraryTestAccess.cffTable(face);
    }
}
