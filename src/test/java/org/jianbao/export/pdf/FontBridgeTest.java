package org.jianbao.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianbao.TestFonts;
import org.jianbao.font.Face;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Metadata;
import org.jianbao.frame.Tag;
import org.jianbao.model.Color;
import org.junit.jupiter.api.Test;

/**
 * Pins the font dictionaries that the OpenPDF bridge ({@code src/bridge}, {@code
 * EmbeddedSubsetFont}) writes. The bridge routes OpenPDF's font dispatch through a font type of
 * OpenPDF's own; if an OpenPDF upgrade changed that dispatch, the fonts would come out as some
 * other kind of font, or without our subset, and these tests fail: a Type 0 font with Identity-H
 * encoding and a ToUnicode map (ISO 32000-1 §9.7, §9.10.3), over a CIDFontType0 with a
 * CIDFontType0C subset for CFF faces, or a CIDFontType2 with an identity CIDToGIDMap and a
 * TrueType subset for TrueType faces.
 */
class FontBridgeTest {
    private static final String TEXT = "简报，“开放”——2020年SIGCOMM。";

    private static COSDictionary onlyFont(Face face) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(face))) {
            PDPage page = pdf.getPage(0);
            COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            assertEquals(1, fonts.size(), "one font for one face");
            COSDictionary font = fonts.getCOSDictionary(fonts.keySet().iterator().next());
            // a deep copy is not needed: the tests read the dictionaries while the document is open
            return resolveAll(font);
        }
    }

    /** The dictionary with its descendant, descriptor and font file dictionaries copied out. */
    private static COSDictionary resolveAll(COSDictionary font) throws IOException {
        COSDictionary copy = new COSDictionary();
        font.forEach(copy::setItem);
        COSDictionary cid = (COSDictionary) ((COSArray) font.getDictionaryObject(COSName.DESCENDANT_FONTS))
                .getObject(0);
        COSDictionary cidCopy = new COSDictionary();
        cid.forEach(cidCopy::setItem);
        COSDictionary desc = cid.getCOSDictionary(COSName.FONT_DESC);
        COSDictionary descCopy = new COSDictionary();
        desc.forEach(descCopy::setItem);
        for (COSName file : List.of(COSName.FONT_FILE2, COSName.FONT_FILE3)) {
            if (desc.getDictionaryObject(file) instanceof COSStream s) {
                COSDictionary fileCopy = new COSDictionary();
                s.forEach(fileCopy::setItem);
                try (var in = s.createInputStream()) {
                    fileCopy.setInt("DecodedLength", in.readAllBytes().length);
                }
                descCopy.setItem(file, fileCopy);
            }
        }
        cidCopy.setItem(COSName.FONT_DESC, descCopy);
        COSArray w = cid.getCOSArray(COSName.W);
        cidCopy.setItem(COSName.W, w);
        copy.setItem(COSName.DESCENDANT_FONTS, cidCopy);
        copy.setBoolean("HasToUnicodeStream", font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream);
        return copy;
    }

    private static byte[] pdf(Face face) throws IOException {
        List<FrameItem.Placed> glyphs = new ArrayList<>();
        double x = 72;
        for (int i = 0; i < TEXT.length(); ) {
            int cp = TEXT.codePointAt(i);
            String s = new String(Character.toChars(cp));
            glyphs.add(new FrameItem.Placed(s, x, 1));
            x += face.advance(cp) * 12;
            i += s.length();
        }
        FrameItem run = new FrameItem.GlyphRun(100, face, 12, Color.BLACK, false, glyphs);
        Document doc = new Document(List.of(new Frame(595, 842, List.of(run))), List.of(),
                new Metadata("t", "a", "s", "k", "zh-CN", LocalDate.of(2024, 1, 1)), Tag.document());
        return new PdfExporter(new PdfOptions(false)).bytes(doc);
    }

    @Test
    void aCffFaceIsEmbeddedAsACidKeyedCffSubsetUnderAType0Font() throws IOException {
        COSDictionary font = onlyFont(TestFonts.face("Noto Serif CJK SC"));
        assertEquals(COSName.TYPE0, font.getCOSName(COSName.SUBTYPE));
        assertEquals(COSName.IDENTITY_H, font.getCOSName(COSName.ENCODING));
        assertTrue(font.getBoolean("HasToUnicodeStream", false), "a ToUnicode map, so copying gives the text");
        assertTrue(font.getCOSName(COSName.BASE_FONT).getName().matches("[A-Z]{6}\\+NotoSerifCJKsc-Regular"),
                font.getCOSName(COSName.BASE_FONT).getName());
        COSDictionary cid = font.getCOSDictionary(COSName.DESCENDANT_FONTS);
        assertEquals(COSName.CID_FONT_TYPE0, cid.getCOSName(COSName.SUBTYPE));
        assertEquals(1000, cid.getInt(COSName.DW));
        assertNotNull(cid.getCOSArray(COSName.W), "explicit widths");
        COSDictionary desc = cid.getCOSDictionary(COSName.FONT_DESC);
        assertEquals(4, desc.getInt(COSName.FLAGS), "symbolic");
        COSDictionary file = desc.getCOSDictionary(COSName.FONT_FILE3);
        assertNotNull(file, "the CFF subset as FontFile3");
        assertEquals("CIDFontType0C", file.getCOSName(COSName.SUBTYPE).getName());
        assertTrue(file.getInt("DecodedLength") < 40_000, "a subset, not the whole face: "
                + file.getInt("DecodedLength") + " bytes");
    }

    @Test
    void aTrueTypeFaceIsEmbeddedAsATrueTypeSubsetWithAnIdentityGlyphMap() throws IOException {
        COSDictionary font = onlyFont(TestFonts.face("LXGW WenKai"));
        assertEquals(COSName.TYPE0, font.getCOSName(COSName.SUBTYPE));
        assertEquals(COSName.IDENTITY_H, font.getCOSName(COSName.ENCODING));
        COSDictionary cid = font.getCOSDictionary(COSName.DESCENDANT_FONTS);
        assertEquals(COSName.CID_FONT_TYPE2, cid.getCOSName(COSName.SUBTYPE));
        assertEquals(COSName.IDENTITY, cid.getCOSName(COSName.CID_TO_GID_MAP));
        COSDictionary file = cid.getCOSDictionary(COSName.FONT_DESC).getCOSDictionary(COSName.FONT_FILE2);
        assertNotNull(file, "the TrueType subset as FontFile2");
        assertTrue(file.getInt("DecodedLength") < 60_000, "a subset, not the whole face: "
                + file.getInt("DecodedLength") + " bytes");
    }

    @Test
    void textShownThroughTheBridgeCopiesBackExactly() throws IOException {
        for (String name : List.of("Noto Serif CJK SC", "LXGW WenKai")) {
            try (PDDocument pdf = Loader.loadPDF(pdf(TestFonts.face(name)))) {
                assertEquals(TEXT, new PDFTextStripper().getText(pdf).strip(), name);
            }
        }
    }
}
