package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * jianbao's bridge into OpenPDF's font machinery (part of jianbao, not of OpenPDF; it lives in
 * this package only because {@link BaseFont}'s embedding hooks are package-private). A Type 0 font
 * whose character codes are assigned in order of first use, two bytes each; at the end of the
 * document it embeds a font program made by jianbao's own subsetter with exactly those glyphs, its
 * widths, and a ToUnicode map from each code to the text it was written for, so that copying
 * gives back the exact text. All knowledge of the font comes through {@link Program}.
 */
public final class EmbeddedSubsetFont extends BaseFont {

    /** What the bridge needs to know of a font, answered by jianbao's font package. */
    public interface Program {
        String postScriptName();

        boolean isCff();

        /** Glyph id of a code point, 0 when the font has none. */
        int glyph(int codePoint);

        /** Advance of a glyph in thousandths of an em. */
        int width(int glyph);

        /** Font bounding box, ascent, descent, cap height in thousandths of an em. */
        int[] bbox();

        int ascent();

        int descent();

        int capHeight();

        /** A font program holding glyph {@code order.get(i)} as glyph (and CID) {@code i}. */
        byte[] subset(List<Integer> order) throws IOException;
    }

    private final Program program;
    private final String subsetTag;
    /** Code → glyph id in the full font; code 0 is .notdef. */
    private final List<Integer> glyphs = new ArrayList<>();
    /** Glyph id → code + 1 (0: no code yet). */
    private final int[] codeOfGlyph = new int[0x10000];
    /** Code → the text it stands for (null for .notdef). */
    private final List<String> text = new ArrayList<>();
    /** The font file's stream when {@link #prepare} has made it. */
    private volatile PdfStream prepared;

    /** @param subsetTag six capital letters, the same for the same content */
    public EmbeddedSubsetFont(Program program, String subsetTag) {
        this.program = program;
        this.subsetTag = subsetTag;
        fontType = FONT_TYPE_T3;   // FontDetails then hands text to convertToBytes and embedding to writeFont
        compressionLevel = java.util.zip.Deflater.BEST_COMPRESSION;
        encoding = IDENTITY_H;
        embedded = true;
        fontSpecific = false;
        glyphs.add(0);
        codeOfGlyph[0] = 1;
        text.add(null);
    }

    /**
     * Assigns codes ahead of use to the glyphs of {@code codePoints}, in the order of their glyph
     * ids in the font: the subset then keeps the font's own order, in which related glyphs lie
     * together, and compresses about 2 % smaller than in order of first use. A glyph reached by
     * several code points is mapped back to the first of them.
     */
    public void reserve(int[] codePoints) {
        long[] byGlyph = new long[codePoints.length];
        int n = 0;
        for (int i = 0; i < codePoints.length; i++) {
            int g = program.glyph(codePoints[i]) & 0xFFFF;
            byGlyph[n++] = ((long) g << 32) | i;   // glyph id, then position: the first code point wins
        }
        java.util.Arrays.sort(byGlyph, 0, n);
        for (int k = 0; k < n; k++) {
            code(codePoints[(int) byGlyph[k]]);
        }
    }

    /** Each code point as a two-byte code, assigned on first use. */
    @Override
    public byte[] convertToBytes(String s) {
        int[] cps = s.codePoints().toArray();
        byte[] out = new byte[2 * cps.length];
        for (int i = 0; i < cps.length; i++) {
            int code = code(cps[i]);
            out[2 * i] = (byte) (code >> 8);
            out[2 * i + 1] = (byte) code;
        }
        return out;
    }

    @Override
    byte[] convertToBytes(int cp) {
        int code = code(cp);
        return new byte[] {(byte) (code >> 8), (byte) code};
    }

    private int code(int cp) {
        int g = program.glyph(cp) & 0xFFFF;
        int code = codeOfGlyph[g] - 1;
        if (code < 0) {
            code = glyphs.size();
            glyphs.add(g);
            codeOfGlyph[g] = code + 1;
            text.add(new String(Character.toChars(cp)));
        }
        return code;
    }

    @Override
    int getRawWidth(int c, String name) {
        return program.width(program.glyph(c));
    }

    @Override
    public int getWidth(int c) {
        return program.width(program.glyph(c));
    }

    @Override
    public int getWidth(String s) {
        return s.codePoints().map(this::getWidth).sum();
    }

    @Override
    public boolean charExists(int c) {
        return program.glyph(c) != 0;
    }

    /**
     * Makes the font program's stream (subset and compressed) ahead of {@link #writeFont}, once every
     * page is written: the fonts of a document can so be prepared side by side, on several threads.
     */
    public void prepare() throws IOException {
        prepared = fontFileStream();
    }

    private PdfStream fontFileStream() throws IOException {
        byte[] fontProgram = program.subset(glyphs);
        PdfStream stream = new PdfStream(fontProgram);
        if (program.isCff()) {
            stream.put(PdfName.SUBTYPE, new PdfName("CIDFontType0C"));
        } else {
            stream.put(PdfName.LENGTH1, new PdfNumber(fontProgram.length));
        }
        stream.flateCompress(compressionLevel);
        return stream;
    }

    @Override
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        String name = subsetTag + "+" + program.postScriptName();
        boolean cff = program.isCff();
        PdfStream stream = prepared != null ? prepared : fontFileStream();
        PdfIndirectReference fontFile = writer.addToBody(stream).getIndirectReference();

        PdfDictionary descriptor = new PdfDictionary(PdfName.FONTDESCRIPTOR);
        descriptor.put(PdfName.FONTNAME, new PdfName(name));
        descriptor.put(PdfName.FLAGS, new PdfNumber(4));   // symbolic: the glyphs are not the standard Latin set
        int[] bb = program.bbox();
        descriptor.put(PdfName.FONTBBOX, new PdfRectangle(bb[0], bb[1], bb[2], bb[3]));
        descriptor.put(PdfName.ITALICANGLE, new PdfNumber(0));
        descriptor.put(PdfName.ASCENT, new PdfNumber(program.ascent()));
        descriptor.put(PdfName.DESCENT, new PdfNumber(program.descent()));
        descriptor.put(PdfName.CAPHEIGHT, new PdfNumber(program.capHeight()));
        descriptor.put(PdfName.STEMV, new PdfNumber(80));
        descriptor.put(cff ? PdfName.FONTFILE3 : PdfName.FONTFILE2, fontFile);
        PdfIndirectReference descriptorRef = writer.addToBody(descriptor).getIndirectReference();

        PdfDictionary cid = new PdfDictionary(PdfName.FONT);
        cid.put(PdfName.SUBTYPE, cff ? PdfName.CIDFONTTYPE0 : PdfName.CIDFONTTYPE2);
        cid.put(PdfName.BASEFONT, new PdfName(name));
        PdfDictionary info = new PdfDictionary();
        info.put(PdfName.REGISTRY, new PdfString("Adobe"));
        info.put(PdfName.ORDERING, new PdfString("Identity"));
        info.put(PdfName.SUPPLEMENT, new PdfNumber(0));
        cid.put(PdfName.CIDSYSTEMINFO, info);
        cid.put(PdfName.FONTDESCRIPTOR, descriptorRef);
        if (!cff) {
            cid.put(PdfName.CIDTOGIDMAP, PdfName.IDENTITY);
        }
        cid.put(PdfName.DW, new PdfNumber(1000));
        cid.put(PdfName.W, widths());
        PdfIndirectReference cidRef = writer.addToBody(cid).getIndirectReference();

        PdfIndirectReference toUnicode = writer.addToBody(toUnicode()).getIndirectReference();

        PdfDictionary font = new PdfDictionary(PdfName.FONT);
        font.put(PdfName.SUBTYPE, PdfName.TYPE0);
        font.put(PdfName.BASEFONT, new PdfName(name));
        font.put(PdfName.ENCODING, new PdfName(IDENTITY_H));
        PdfArray descendants = new PdfArray();
        descendants.add(cidRef);
        font.put(PdfName.DESCENDANTFONTS, descendants);
        font.put(PdfName.TOUNICODE, toUnicode);
        writer.addToBody(font, ref);
    }

    /** /W: runs of consecutive codes with their widths, leaving out those of the default 1000. */
    private PdfArray widths() {
        PdfArray w = new PdfArray();
        int code = 1;
        while (code < glyphs.size()) {
            if (program.width(glyphs.get(code)) == 1000) {
                code++;
                continue;
            }
            int start = code;
            PdfArray run = new PdfArray();
            while (code < glyphs.size() && program.width(glyphs.get(code)) != 1000) {
                run.add(new PdfNumber(program.width(glyphs.get(code))));
                code++;
            }
            w.add(new PdfNumber(start));
            w.add(run);
        }
        return w;
    }

    /** The ToUnicode CMap: each code to the UTF-16 of its text. */
    private PdfStream toUnicode() {
        StringBuilder s = new StringBuilder();
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        // codes are consecutive from 1: ranges of up to 256 codes sharing their high byte, each with
        // an array of destinations — half the size of one line per code (ISO 32000-1 §9.10.3)
        List<int[]> ranges = new ArrayList<>();
        for (int start = 1; start < text.size(); ) {
            int end = Math.min(text.size() - 1, start | 0xFF);
            ranges.add(new int[] {start, end});
            start = end + 1;
        }
        for (int r = 0; r < ranges.size(); r += 100) {
            List<int[]> block = ranges.subList(r, Math.min(ranges.size(), r + 100));
            s.append(block.size()).append(" beginbfrange\n");
            for (int[] range : block) {
                s.append('<');
                hex4(s, range[0]);
                s.append("> <");
                hex4(s, range[1]);
                s.append("> [");
                for (int code = range[0]; code <= range[1]; code++) {
                    s.append(code > range[0] ? " <" : "<");
                    for (char c : text.get(code).toCharArray()) {
                        hex4(s, c);
                    }
                    s.append('>');
                }
                s.append("]\n");
            }
            s.append("endbfrange\n");
        }
        s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        PdfStream stream = new PdfStream(s.toString().getBytes(StandardCharsets.US_ASCII));
        stream.flateCompress(compressionLevel);
        return stream;
    }

    private static void hex4(StringBuilder s, int v) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            s.append(Character.forDigit((v >> shift) & 0xF, 16));
        }
    }

    @Override
    PdfStream getFullFontStream() {
        return null;
    }

    @Override
    public int getKerning(int char1, int char2) {
        return 0;
    }

    @Override
    public boolean setKerning(int char1, int char2, int kern) {
        return false;
    }

    @Override
    public boolean hasKernPairs() {
        return false;
    }

    @Override
    public float getFontDescriptor(int key, float fontSize) {
        return switch (key) {
            case ASCENT, AWT_ASCENT -> program.ascent() * fontSize / 1000;
            case DESCENT, AWT_DESCENT -> program.descent() * fontSize / 1000;
            case CAPHEIGHT -> program.capHeight() * fontSize / 1000;
            case BBOXLLX -> program.bbox()[0] * fontSize / 1000;
            case BBOXLLY -> program.bbox()[1] * fontSize / 1000;
            case BBOXURX -> program.bbox()[2] * fontSize / 1000;
            case BBOXURY -> program.bbox()[3] * fontSize / 1000;
            default -> 0;
        };
    }

    @Override
    public String getPostscriptFontName() {
        return program.postScriptName();
    }

    @Override
    public void setPostscriptFontName(String name) {
        // the name is the font's own
    }

    @Override
    public String[][] getFullFontName() {
        return new String[][] {{"", "", "", program.postScriptName()}};
    }

    @Override
    public String[][] getAllNameEntries() {
        return new String[][] {{"4", "", "", "", program.postScriptName()}};
    }

    @Override
    public String[][] getFamilyFontName() {
        return getFullFontName();
    }

    @Override
    protected int[] getRawCharBBox(int c, String name) {
        return null;
    }
}
