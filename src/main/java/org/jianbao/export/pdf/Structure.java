package org.jianbao.export.pdf;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jianbao.frame.Tag;

/**
 * The logical structure as PDF structure elements (ISO 32000-1 §14.7–14.8), created in reading
 * order before any page is drawn, so that the structure tree's order is the logical order whatever
 * the order of drawing (a figure that floated to a later page stays where it was written).
 */
final class Structure {
    private final Map<Tag, PdfStructureElement> elements = new IdentityHashMap<>();

    Structure(PdfWriter writer, Tag root) {
        PdfStructureTreeRoot tree = writer.getStructureTreeRoot();
        PdfStructureElement doc = new PdfStructureElement(tree, new PdfName(root.role()));
        elements.put(root, doc);
        for (Tag kid : root.kids()) {
            build(doc, kid);
        }
    }

    private void build(PdfStructureElement parent, Tag tag) {
        PdfStructureElement e = new PdfStructureElement(parent, new PdfName(tag.role()));
        if (tag.alt() != null) {
            e.put(PdfName.ALT, new PdfString(tag.alt(), PdfString.TEXT_UNICODE));
        }
        if (tag.lang() != null) {
            e.put(PdfName.LANG, new PdfString(tag.lang()));
        }
        if (tag.scope() != null || tag.rowSpan() > 1 || tag.colSpan() > 1) {
            PdfDictionary a = new PdfDictionary();
            a.put(PdfName.O, new PdfName("Table"));
            if (tag.scope() != null) {
                a.put(new PdfName("Scope"), new PdfName(tag.scope()));
            }
            if (tag.rowSpan() > 1) {
                a.put(new PdfName("RowSpan"), new com.lowagie.text.pdf.PdfNumber(tag.rowSpan()));
            }
            if (tag.colSpan() > 1) {
                a.put(new PdfName("ColSpan"), new com.lowagie.text.pdf.PdfNumber(tag.colSpan()));
            }
            e.put(PdfName.A, a);
        }
        elements.put(tag, e);
        for (Tag kid : tag.kids()) {
            build(e, kid);
        }
    }

    PdfStructureElement element(Tag tag) {
        return elements.get(tag);
    }

    /**
     * Ties an annotation to the structure element of its tag: an object reference (OBJR) among the
     * element's kids, and the annotation's /StructParent entry in the parent tree.
     */
    void annotation(PdfWriter writer, Tag tag, com.lowagie.text.pdf.PdfAnnotation a) {
        PdfStructureElement e = elements.get(tag);
        if (e == null) {
            return;
        }
        com.lowagie.text.pdf.PdfIndirectReference ref = a.getIndirectReference();
        int key = writer.getStructureTreeRoot().addExistingObject(e.getReference());   // the parent tree points to the element
        a.put(PdfName.STRUCTPARENT, new com.lowagie.text.pdf.PdfNumber(key));
        PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
        objr.put(PdfName.OBJ, ref);
        objr.put(PdfName.PG, writer.getCurrentPage());
        com.lowagie.text.pdf.PdfObject k = e.get(PdfName.K);
        com.lowagie.text.pdf.PdfArray kids;
        if (k == null) {
            kids = new com.lowagie.text.pdf.PdfArray();
        } else if (k.isArray()) {
            kids = (com.lowagie.text.pdf.PdfArray) k;
        } else {
            kids = new com.lowagie.text.pdf.PdfArray();
            kids.add(k);
        }
        kids.add(objr);
        e.put(PdfName.K, kids);
    }
}
