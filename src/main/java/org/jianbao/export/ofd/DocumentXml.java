package org.jianbao.export.ofd;

import java.util.List;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.ofdrw.core.OFDElement;
import org.ofdrw.core.basicStructure.doc.CT_CommonData;
import org.ofdrw.core.basicStructure.outlines.Outlines;
import org.ofdrw.core.basicStructure.pageTree.Page;
import org.ofdrw.core.basicStructure.pageTree.Pages;

/**
 * Document.xml, the document's root (GB/T 33190-2016 §7.5, 表 5): common data (表 6: the last
 * object id, the page size, where the resources are), the page tree (图 12), the outline, and, when
 * there is an outline, view preferences that open it beside the pages with the title in the window
 * (图 10), as the PDF does; and where the structure's custom tag is (§16).
 */
final class DocumentXml {
    private DocumentXml() {
    }

    /**
     * @param pageLocs each page's Content.xml, relative to the document's folder
     * @param maxUnitId the largest object id in the document
     * @param fonts     whether there is a PublicRes.xml (the document draws text)
     * @param images    whether there is a DocumentRes.xml (the document has pictures)
     * @param tagged    whether the structure is kept as a custom tag ({@link StructureTags})
     */
    static OFDElement of(Document doc, List<Long> pageIds, List<String> pageLocs, long maxUnitId, boolean fonts,
                         boolean images, boolean tagged) {
        org.ofdrw.core.basicStructure.doc.Document d = new org.ofdrw.core.basicStructure.doc.Document();
        CT_CommonData common = new CT_CommonData();
        common.add(text("MaxUnitID", Long.toString(maxUnitId)));
        common.add(area("PageArea", doc.pages().get(0)));
        if (fonts) {
            common.add(text("PublicRes", Resources.PUBLIC));
        }
        if (images) {
            common.add(text("DocumentRes", Resources.DOCUMENT));
        }
        d.add(common);
        Pages pages = new Pages();
        for (int p = 0; p < pageIds.size(); p++) {
            Page ref = new Page();
            ref.addAttribute("ID", Long.toString(pageIds.get(p)));
            ref.addAttribute("BaseLoc", pageLocs.get(p));
            pages.add(ref);
        }
        d.add(pages);
        Outlines outlines = OutlineWriter.of(doc.outline(), pageIds);
        if (outlines != null) {
            d.add(outlines);
            OFDElement prefs = OFDElement.getInstance("VPreferences");
            prefs.add(text("PageMode", "UseOutlines"));
            prefs.add(text("TabDisplay", "DocTitle"));
            d.add(prefs);
        }
        if (tagged) {
            d.add(text("CustomTags", StructureTags.INDEX));
        }
        return d;
    }

    /** A page area named {@code name} (PageArea, or a page's Area): the physical box in millimetres (CT_PageArea, 图 7). */
    static OFDElement area(String name, Frame f) {
        OFDElement area = OFDElement.getInstance(name);
        area.add(text("PhysicalBox", Mm.box(0, 0, f.width(), f.height())));
        return area;
    }

    private static OFDElement text(String name, String text) {
        OFDElement e = OFDElement.getInstance(name);
        e.setText(text);
        return e;
    }
}
