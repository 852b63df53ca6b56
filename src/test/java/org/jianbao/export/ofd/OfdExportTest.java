package org.jianbao.export.ofd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianbao.Jianbao;
import org.jianbao.Samples;
import org.jianbao.TestFonts;
import org.jianbao.font.Face;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Outline;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.outlines.CT_OutlineElem;
import org.ofdrw.core.basicStructure.outlines.Outlines;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.OFDReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample written as OFD and read back with ofdrw's reader, beside the PDF of the same
 * layout: as many pages, the same text, every font an embedded subset of exactly the glyphs
 * drawn, metadata and bookmarks carried over, the same bytes every time, and no more than 1.2
 * times the PDF's size.
 */
class OfdExportTest {

    static List<String> samples() {
        return Samples.NAMES;
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pageCountEqualsThePdfs(String name) throws IOException {
        OfdSamples.Written w = OfdSamples.get(name);
        try (OFDReader reader = new OFDReader(w.ofd()); PDDocument pdf = Loader.loadPDF(w.rendered().pdf().toFile())) {
            assertEquals(pdf.getNumberOfPages(), reader.getNumberOfPages());
            assertEquals(w.rendered().document().pages().size(), reader.getNumberOfPages());
        }
    }

    /** Text fidelity: what the OFD's TextCodes say, in order, against what PDFBox reads from the PDF. */
    @ParameterizedTest
    @MethodSource("samples")
    void textCodesGiveBackThePdfsText(String name) throws IOException {
        OfdSamples.Written w = OfdSamples.get(name);
        String ofd = squeeze(String.join("", OfdContents.pageTexts(w.ofd())));
        String pdf;
        try (PDDocument doc = Loader.loadPDF(w.rendered().pdf().toFile())) {
            pdf = squeeze(new PDFTextStripper().getText(doc));
        }
        double ratio = TextSimilarity.ratio(pdf, ofd);
        assertTrue(ratio >= 0.999, name + ": text fidelity " + ratio);
        assertTrue(ofd.length() > 1000, name + " has text");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyFontIsAnEmbeddedSubsetOfTheGlyphsDrawn(String name) throws IOException {
        OfdSamples.Written w = OfdSamples.get(name);
        Map<Face, Set<Integer>> used = usedGlyphs(w.rendered().document());
        try (OFDReader reader = new OFDReader(w.ofd())) {
            List<CT_Font> fonts = reader.getResMgt().getFonts();
            assertEquals(used.size(), fonts.size(), "one font resource per face");
            for (CT_Font font : fonts) {
                Face face = TestFonts.face(font.getFontName());
                assertNotNull(font.getFontFile(), font.getFontName() + " is not embedded");
                Path file = reader.getResourceLocator().getFile(font.getFontFile());
                byte[] bytes = Files.readAllBytes(file);
                assertTrue(bytes.length * 20L < Files.size(face.path()),
                        font.getFontName() + ": " + bytes.length + " bytes, not a subset of " + Files.size(face.path()));
                int glyphs = used.get(face).size() + 1;   // and .notdef
                if (face.isCff()) {
                    TrueTypeFont otf = new OTFParser().parse(new RandomAccessReadBuffer(bytes));
                    assertEquals(glyphs, otf.getNumberOfGlyphs(), font.getFontName() + " glyph count");
                } else {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                    assertTrue(ttf.getNumberOfGlyphs() >= glyphs, font.getFontName() + " glyph count");
                    assertTrue(ttf.getNumberOfGlyphs() <= glyphs + 20, font.getFontName() + " glyph count");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void ofdIsAtMostOnePointTwoTimesThePdf(String name) throws IOException {
        OfdSamples.Written w = OfdSamples.get(name);
        long pdf = Files.size(w.rendered().pdf());
        assertTrue(w.bytes().length <= 1.2 * pdf, name + ": OFD " + w.bytes().length + " bytes, PDF " + pdf);
    }

    @Test
    void theSameIssueGivesTheSameBytes() throws IOException {
        String name = "tianjin-2023-06";   // pictures, links and bookmarks
        Jianbao jb = org.jianbao.TestFonts.jianbao();
        Document again = jb.layout(jb.read(Samples.descriptor(name)).issue()).document();
        assertArrayEquals(OfdSamples.get(name).bytes(), OfdSamples.write(again));
    }

    /** Deterministic packaging: OFD.xml first, every entry dated the issue date at midnight, nothing else in the headers. */
    @Test
    void zipEntriesAreInFixedOrderAndDatedTheIssueDay() throws IOException {
        OfdSamples.Written w = OfdSamples.get("tianjin-2023-06");
        java.time.LocalDateTime day = w.rendered().document().metadata().date().atStartOfDay();
        List<String> names = new ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(w.bytes()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertEquals(day, e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), e.getName() + " has extra fields");
                boolean picture = e.getName().endsWith(".png") || e.getName().endsWith(".jpg");
                assertEquals(picture ? java.util.zip.ZipEntry.STORED : java.util.zip.ZipEntry.DEFLATED, e.getMethod(),
                        e.getName());
            }
        }
        assertEquals("OFD.xml", names.get(0));
        assertEquals("Doc_0/Document.xml", names.get(1));
    }

    @Test
    void metadataCarriesTitleEditorAndIssueDate() throws Exception {
        OfdSamples.Written w = OfdSamples.get("zhejiang-2020-07");
        var m = w.rendered().document().metadata();
        try (OFDReader reader = new OFDReader(w.ofd())) {
            CT_DocInfo info = reader.getOFDDir().getOfd().getDocBody().getDocInfo();
            assertEquals(m.title(), info.getTile());
            assertEquals(m.author(), info.getAuthor());
            assertEquals(m.date(), info.getCreationDate());
            assertTrue(info.getDocID().matches("[0-9a-f]{32}"), info.getDocID());
        }
    }

    @Test
    void bookmarksBecomeTheOutline() throws Exception {
        OfdSamples.Written w = OfdSamples.get("zhejiang-2020-07");
        List<String> expected = new ArrayList<>();
        w.rendered().document().outline().forEach(o -> titles(o, expected));
        assertFalse(expected.isEmpty());
        try (OFDReader reader = new OFDReader(w.ofd())) {
            Outlines outlines = reader.getDoc(0).getOutlines();
            List<String> found = new ArrayList<>();
            for (CT_OutlineElem e : outlines) {
                titles(e, found);
            }
            assertEquals(expected, found);
        }
    }

    /** Each page's links, as click actions of the page: a URI or a Goto to a page of the document, in the link's box. */
    @ParameterizedTest
    @MethodSource("samples")
    void linksBecomeClickActionsOfTheirPage(String name) throws Exception {
        OfdSamples.Written w = OfdSamples.get(name);
        Document doc = w.rendered().document();
        try (OFDReader reader = new OFDReader(w.ofd())) {
            Set<String> pageIds = new HashSet<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                pageIds.add(reader.getPageObjectId(p).toString());
            }
            for (int p = 0; p < doc.pages().size(); p++) {
                List<FrameItem> links = doc.pages().get(p).items().stream()
                        .map(i -> i instanceof FrameItem.Marked m ? m.item() : i)
                        .filter(i -> i instanceof FrameItem.Link || i instanceof FrameItem.UriLink).toList();
                var actions = reader.getPage(p + 1).getActions();
                List<org.ofdrw.core.action.CT_Action> found = actions == null ? List.of() : actions.getActions();
                assertEquals(links.size(), found.size(), name + " page " + (p + 1));
                for (int k = 0; k < links.size(); k++) {
                    var a = found.get(k);
                    assertEquals(org.ofdrw.core.action.EventType.CLICK, a.getEvent());
                    assertNotNull(a.getRegion(), "a link's box");
                    // by name: ofdrw's getAction() takes the first child, but the schema puts Region first
                    if (links.get(k) instanceof FrameItem.UriLink u) {
                        assertEquals(u.uri(), a.getOFDElement("URI").attributeValue("URI"));
                    } else {
                        var dest = a.getOFDElement("Goto").element("Dest");
                        assertTrue(pageIds.contains(dest.attributeValue("PageID")), "goes to a page of the document");
                    }
                }
            }
        }
    }

    /**
     * The tagged PDF's structure kept as a custom tag: the same tree of roles, and its ObjectRefs
     * lead to text objects whose text, node after node, is the text of the runs tagged with each node.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void structureTreeIsKeptAsACustomTagPointingAtTheObjectsDrawn(String name) throws Exception {
        OfdSamples.Written w = OfdSamples.get(name);
        Document doc = w.rendered().document();
        Map<org.jianbao.frame.Tag, StringBuilder> tagged = new java.util.IdentityHashMap<>();
        for (Frame f : doc.pages()) {
            for (FrameItem item : f.items()) {
                if (item instanceof FrameItem.Marked m && !m.tag().isArtifact() && m.item() instanceof FrameItem.GlyphRun r) {
                    tagged.computeIfAbsent(m.tag(), t -> new StringBuilder()).append(r.text());
                }
            }
        }
        List<String> roles = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        walk(doc.structure(), roles, expected, tagged);

        try (OFDReader reader = new OFDReader(w.ofd())) {
            assertEquals("Tags/CustomTags.xml", reader.getDoc(0).getCustomTags().toString());
            Map<String, String> textOf = new HashMap<>();   // "page id/object id" → text
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                String page = reader.getPageObjectId(p).toString();
                for (var layer : reader.getPage(p).getContent().getLayers()) {
                    for (var block : layer.getPageBlocks()) {
                        StringBuilder t = new StringBuilder();
                        if (block instanceof org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject o) {
                            o.getTextCodes().forEach(c -> t.append(c.getContent()));
                        }
                        textOf.put(page + "/" + ((org.dom4j.Element) block).attributeValue("ID"), t.toString());
                    }
                }
            }
            byte[] index = entry(w.bytes(), "Doc_0/Tags/CustomTags.xml");
            var tag = org.dom4j.DocumentHelper.parseText(new String(index, java.nio.charset.StandardCharsets.UTF_8))
                    .getRootElement().elements().get(0);
            assertEquals("Structure.xml", tag.elementText("FileLoc"));
            var tree = org.dom4j.DocumentHelper.parseText(new String(entry(w.bytes(), "Doc_0/Tags/Structure.xml"),
                    java.nio.charset.StandardCharsets.UTF_8)).getRootElement();
            List<String> foundRoles = new ArrayList<>();
            StringBuilder found = new StringBuilder();
            walk(tree, foundRoles, found, textOf);
            assertEquals(roles, foundRoles);
            assertEquals(expected.toString(), found.toString());
        }
    }

    private static void walk(org.jianbao.frame.Tag t, List<String> roles, StringBuilder text,
                             Map<org.jianbao.frame.Tag, StringBuilder> tagged) {
        roles.add(t.role());
        text.append(tagged.getOrDefault(t, new StringBuilder()));
        t.kids().forEach(k -> walk(k, roles, text, tagged));
    }

    private static void walk(org.dom4j.Element e, List<String> roles, StringBuilder text, Map<String, String> textOf) {
        roles.add(e.getName());
        for (org.dom4j.Element c : e.elements()) {
            if (c.getName().equals("ObjectRef")) {
                String key = c.attributeValue("PageRef") + "/" + c.getTextTrim();
                assertTrue(textOf.containsKey(key), "ObjectRef " + key + " leads to no object");
                text.append(textOf.get(key));
            } else {
                walk(c, roles, text, textOf);
            }
        }
    }

    private static byte[] entry(byte[] zipBytes, String name) throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static void titles(Outline o, List<String> out) {
        out.add(o.title());
        o.children().forEach(c -> titles(c, out));
    }

    private static void titles(CT_OutlineElem e, List<String> out) {
        out.add(e.getTitle());
        e.getOutlineElems().forEach(c -> titles(c, out));
    }

    /** Per face, the glyphs (ids of the full face) its runs draw. */
    private static Map<Face, Set<Integer>> usedGlyphs(Document doc) {
        Map<Face, Set<Integer>> used = new HashMap<>();
        for (Frame f : doc.pages()) {
            for (FrameItem item : f.items()) {
                FrameItem it = item instanceof FrameItem.Marked m ? m.item() : item;
                if (it instanceof FrameItem.GlyphRun r) {
                    Set<Integer> s = used.computeIfAbsent(r.face(), x -> new HashSet<>());
                    r.text().codePoints().map(r.face()::glyph).filter(g -> g != 0).forEach(s::add);
                }
            }
        }
        return used;
    }
}
