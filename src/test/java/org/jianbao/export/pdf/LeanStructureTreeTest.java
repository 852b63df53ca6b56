package org.jianbao.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.LeanStructureTree;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.Metadata;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the bridge's {@link LeanStructureTree} keeps a node as a few numbers instead of an
 * OpenPDF {@link PdfStructureElement}, and must write exactly what OpenPDF writes — the same
 * objects with the same numbers in the same order, the same marked-content operators — so that
 * the PDFs stay byte for byte what they were. The same structure, marked the same way (a leaf
 * marked once, one marked on two pages, a node with a link annotation, attributes, alternative
 * text, a language, pages with no marks), is written both ways and the files compared.
 */
class LeanStructureTreeTest {
    private static final Metadata META = new Metadata("t", "a", "s", "k", "zh-CN", LocalDate.of(2024, 1, 1));

    /** The operations of one way of keeping the structure. */
    private interface Tree {
        /** Adds a node under {@code parent} (−1: under the root); returns it. */
        int add(int parent, String role, String alt, String lang, PdfDictionary attributes);

        void begin(PdfContentByte cb, int node);

        void end(PdfContentByte cb);

        void annotation(int node, PdfAnnotation a);
    }

    /** OpenPDF's own elements, used as jianbao used them before the lean tree. */
    private static final class OpenPdfTree implements Tree {
        private final PdfWriter writer;
        private final List<PdfStructureElement> nodes = new ArrayList<>();

        OpenPdfTree(PdfWriter writer) {
            this.writer = writer;
        }

        @Override
        public int add(int parent, String role, String alt, String lang, PdfDictionary attributes) {
            PdfStructureElement e = parent < 0 ? new PdfStructureElement(writer.getStructureTreeRoot(), new PdfName(role))
                    : new PdfStructureElement(nodes.get(parent), new PdfName(role));
            if (alt != null) {
                e.put(PdfName.ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
            }
            if (lang != null) {
                e.put(PdfName.LANG, new PdfString(lang));
            }
            if (attributes != null) {
                e.put(PdfName.A, attributes);
            }
            nodes.add(e);
            return nodes.size() - 1;
        }

        @Override
        public void begin(PdfContentByte cb, int node) {
            cb.beginMarkedContentSequence(nodes.get(node));
        }

        @Override
        public void end(PdfContentByte cb) {
            cb.endMarkedContentSequence();
        }

        @Override
        public void annotation(int node, PdfAnnotation a) {
            PdfStructureElement e = nodes.get(node);
            int key = writer.getStructureTreeRoot().addExistingObject(e.getReference());
            a.put(PdfName.STRUCTPARENT, new PdfNumber(key));
            PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
            objr.put(PdfName.OBJ, a.getIndirectReference());
            objr.put(PdfName.PG, writer.getCurrentPage());
            PdfObject k = e.get(PdfName.K);
            PdfArray kids;
            if (k == null) {
                kids = new PdfArray();
            } else if (k.isArray()) {
                kids = (PdfArray) k;
            } else {
                kids = new PdfArray();
                kids.add(k);
            }
            kids.add(objr);
            e.put(PdfName.K, kids);
        }
    }

    private static final class Lean implements Tree {
        private final LeanStructureTree tree;

        Lean(PdfWriter writer) {
            tree = LeanStructureTree.install(writer);
        }

        @Override
        public int add(int parent, String role, String alt, String lang, PdfDictionary attributes) {
            return tree.add(parent, role, alt, lang, attributes);
        }

        @Override
        public void begin(PdfContentByte cb, int node) {
            tree.begin(cb, node);
        }

        @Override
        public void end(PdfContentByte cb) {
            tree.end(cb);
        }

        @Override
        public void annotation(int node, PdfAnnotation a) {
            tree.annotation(node, a);
        }
    }

    private interface Making {
        Tree make(PdfWriter writer);
    }

    private static byte[] pdf(Making making) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(new Rectangle(200, 200), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        writer.setFullCompression();
        writer.setTagged();
        Info.apply(pdf, META);
        pdf.open();
        Info.fix(writer, META, new byte[16]);
        Tree t = making.make(writer);
        int doc = t.add(-1, "Document", null, null, null);
        int sect = t.add(doc, "Sect", null, "zh-TW", null);
        int h1 = t.add(sect, "H1", null, null, null);
        int p = t.add(sect, "P", null, null, null);
        int fig = t.add(sect, "Figure", "图1 会场", null, null);
        int table = t.add(doc, "Table", null, null, null);
        List<Integer> cells = new ArrayList<>();
        for (int r = 0; r < 30; r++) {
            int tr = t.add(table, "TR", null, null, null);
            for (int c = 0; c < 3; c++) {
                PdfDictionary a = null;
                if (r == 0 && c == 0) {
                    a = new PdfDictionary();
                    a.put(PdfName.O, new PdfName("Table"));
                    a.put(new PdfName("RowSpan"), new PdfNumber(2));
                }
                cells.add(t.add(tr, r == 0 ? "TH" : "TD", null, null, a));
            }
        }
        int toc = t.add(doc, "TOC", null, null, null);
        int link = t.add(toc, "Link", null, null, null);
        int empty = t.add(doc, "P", null, null, null);   // never marked
        PdfContentByte cb = writer.getDirectContent();
        mark(t, cb, h1);
        mark(t, cb, p);
        mark(t, cb, link);
        annotate(t, writer, link);
        mark(t, cb, fig);
        for (int i = 0; i < 40; i++) {
            mark(t, cb, cells.get(i));
        }
        mark(t, cb, p);   // the paragraph again, later on the page
        pdf.newPage();
        mark(t, cb, p);   // and on the next page
        for (int i = 40; i < cells.size(); i++) {
            mark(t, cb, cells.get(i));
        }
        annotate(t, writer, sect);   // a link on a node with kids
        pdf.newPage();
        cb.rectangle(0, 0, 10, 10);   // a page without marks
        cb.fill();
        writer.setPageEmpty(false);
        pdf.close();
        assertTrue(empty > 0);
        return out.toByteArray();
    }

    private static void mark(Tree t, PdfContentByte cb, int node) {
        t.begin(cb, node);
        cb.rectangle(1, 1, 2, 2);
        cb.fill();
        t.end(cb);
    }

    private static void annotate(Tree t, PdfWriter writer, int node) {
        PdfAnnotation a = PdfAnnotation.createLink(writer, new Rectangle(10, 10, 50, 20), PdfAnnotation.HIGHLIGHT_INVERT,
                PdfAction.gotoLocalPage(1, new com.lowagie.text.pdf.PdfDestination(
                        com.lowagie.text.pdf.PdfDestination.FIT), writer));
        t.annotation(node, a);
        writer.addAnnotation(a);
    }

    @Test
    void theLeanTreeWritesTheSameBytesAsOpenPdfsStructureElements() throws Exception {
        byte[] openPdf = pdf(OpenPdfTree::new);
        byte[] lean = pdf(Lean::new);
        assertTrue(openPdf.length > 1000);
        assertArrayEquals(openPdf, lean, "the lean structure tree must write what OpenPDF's elements write");
    }
}
