package org.jianbao.export.pdf;

import com.lowagie.text.pdf.EmbeddedSubsetFont;
import java.io.IOException;
import java.util.List;
import org.jianbao.font.Face;

/** A face as the PDF font bridge sees it: glyphs, widths, metrics and subsets from the font package. */
final class FontProgram implements EmbeddedSubsetFont.Program {
    private final Face face;

    FontProgram(Face face) {
        this.face = face;
    }

    @Override
    public String postScriptName() {
        String n = face.postScriptName();
        return n == null ? face.fullName().replaceAll("[^A-Za-z0-9-]", "") : n;
    }

    @Override
    public boolean isCff() {
        return face.isCff();
    }

    @Override
    public int glyph(int codePoint) {
        return face.glyph(codePoint);
    }

    @Override
    public int width(int glyph) {
        return face.glyphWidth(glyph);
    }

    @Override
    public int[] bbox() {
        return face.bbox();
    }

    @Override
    public int ascent() {
        return face.typoAscender();
    }

    @Override
    public int descent() {
        return face.typoDescender();
    }

    @Override
    public int capHeight() {
        return face.capHeight();
    }

    @Override
    public byte[] subset(List<Integer> order) throws IOException {
        byte[] b = face.subset(order);
        if (b == null) {
            throw new IOException("the font " + face.fullName() + " is a name-keyed CFF font, which cannot be"
                    + " subset; use a CID-keyed OpenType font or a TrueType font");
        }
        return b;
    }
}
