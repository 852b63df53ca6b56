package org.jianbao.export.pdf;

import com.lowagie.text.pdf.LeanStructureTree;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfWriter;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jianbao.frame.Tag;

/**
 * The logical structure as PDF structure elements (ISO 32000-1 §14.7–14.8), created in reading
 * order before any page is drawn, so that the structure tree's order is the logical order whatever
 * the order of drawing (a figure that floated to a later page stays where it was written). The
 * elements are kept by the bridge's {@link LeanStructureTree} as a few numbers each until the
 * document is closed (a huge table has hundreds of thousands).
 */
final class Structure {
    private final LeanStructureTree tree;
    private final Map<Tag, Integer> elements = new IdentityHashMap<>();

    Structure(PdfWriter writer, Tag root) {
        tree = LeanStructureTree.install(writer);
        build(-1, root);
    }

    private void build(int parent, Tag tag) {
        PdfDictionary a = null;
        if (tag.scope() != null || tag.rowSpan() > 1 || tag.colSpan() > 1) {
            a = new PdfDictionary();
            a.put(PdfName.O, new PdfName("Table"));
            if (tag.scope() != null) {
                a.put(new PdfName("Scope"), new PdfName(tag.scope()));
            }
            if (tag.rowSpan() > 1) {
                a.put(new PdfName("RowSpan"), new PdfNumber(tag.rowSpan()));
            }
            if (tag.colSpan() > 1) {
                a.put(new PdfName("ColSpan"), new PdfNumber(tag.colSpan()));
            }
        }
        int e = tree.add(parent, tag.role(), tag.alt(), tag.lang(), a);
        elements.put(tag, e);
        for (Tag kid : tag.kids()) {
            build(e, kid);
        }
    }

    /** Opens a marked-content sequence of {@code tag}'s element. */
    void begin(PdfContentByte cb, Tag tag) {
        Integer e = elements.get(tag);
        if (e == null) {
            throw new IllegalStateException("content marked with a " + tag.role() + " outside the structure tree");
        }
        tree.begin(cb, e);
    }

    /** Closes the sequence {@link #begin} opened. */
    void end(PdfContentByte cb) {
        tree.end(cb);
    }

    /**
     * Ties an annotation to the structure element of its tag: an object reference (OBJR) among the
     * element's kids, and the annotation's /StructParent entry in the parent tree.
     */
    void annotation(Tag tag, PdfAnnotation a) {
        Integer e = elements.get(tag);
        if (e != null) {
            tree.annotation(e, a);
        }
    }
}
