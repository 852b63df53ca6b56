package org.jianbao.export.ofd;

import java.util.List;
import org.jianbao.frame.Outline;
import org.ofdrw.core.OFDElement;
import org.ofdrw.core.basicStructure.outlines.CT_OutlineElem;
import org.ofdrw.core.basicStructure.outlines.Outlines;

/**
 * Bookmarks as the document's outline (GB/T 33190-2016 图 18 and 图 19): an OutlineElem per
 * bookmark with its title, a click action that goes to its page and height, and its children.
 */
final class OutlineWriter {
    private OutlineWriter() {
    }

    /** The Outlines element, or null when there are no bookmarks. */
    static Outlines of(List<Outline> outline, List<Long> pageIds) {
        if (outline.isEmpty()) {
            return null;
        }
        Outlines out = new Outlines();
        for (Outline o : outline) {
            out.add(element(o, pageIds));
        }
        return out;
    }

    private static CT_OutlineElem element(Outline o, List<Long> pageIds) {
        CT_OutlineElem e = new CT_OutlineElem();
        e.addAttribute("Title", o.title());
        OFDElement actions = OFDElement.getInstance("Actions");
        actions.add(Actions.click(pageIds.get(o.page()), o.y()));
        e.add(actions);
        for (Outline c : o.children()) {
            e.add(element(c, pageIds));
        }
        return e;
    }
}
