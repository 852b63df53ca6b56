package org.jianbao.export.ofd;

import java.util.List;
import org.jianbao.frame.FrameItem;
import org.ofdrw.core.OFDElement;
import org.ofdrw.core.action.CT_Action;
import org.ofdrw.core.action.EventType;

/**
 * Links as actions (GB/T 33190-2016 图 73, event CLICK of 表 52): a page's links are actions of the
 * page, each with its Region (the clickable box) and a URI action or a Goto to a destination
 * (Dest of type XYZ: a page and a height on it). Bookmarks use the same Goto.
 */
final class Actions {
    private Actions() {
    }

    /** A click in the link's box that opens its URI. */
    static CT_Action uri(FrameItem.UriLink u) {
        CT_Action a = click();
        a.add(region(u.x(), u.y(), u.width(), u.height()));
        OFDElement uri = OFDElement.getInstance("URI");
        uri.addAttribute("URI", u.uri());
        a.add(uri);
        return a;
    }

    /** A click in the link's box that goes to its target page and height. */
    static CT_Action goTo(FrameItem.Link l, List<Long> pageIds) {
        CT_Action a = click();
        a.add(region(l.x(), l.y(), l.width(), l.height()));
        a.add(goTo(pageIds.get(l.targetPage()), l.targetY()));
        return a;
    }

    /** A click that goes to the page of id {@code pageId} at height {@code y} (points from the top). */
    static CT_Action click(long pageId, double y) {
        CT_Action a = click();
        a.add(goTo(pageId, y));
        return a;
    }

    private static CT_Action click() {
        CT_Action a = new CT_Action();
        a.addAttribute("Event", EventType.CLICK.toString());
        return a;
    }

    private static OFDElement goTo(long pageId, double y) {
        OFDElement dest = OFDElement.getInstance("Dest");
        dest.addAttribute("Type", "XYZ");
        dest.addAttribute("PageID", Long.toString(pageId));
        dest.addAttribute("Left", "0");
        dest.addAttribute("Top", Mm.text(y));
        OFDElement go = OFDElement.getInstance("Goto");
        go.add(dest);
        return go;
    }

    /** A rectangle as a Region of one closed Area (GB/T 33190-2016 图 49), in page coordinates. */
    private static OFDElement region(double x, double y, double w, double h) {
        OFDElement area = OFDElement.getInstance("Area");
        area.addAttribute("Start", Mm.text(x) + ' ' + Mm.text(y));
        area.add(line(x + w, y));
        area.add(line(x + w, y + h));
        area.add(line(x, y + h));
        area.add(OFDElement.getInstance("Close"));
        OFDElement region = OFDElement.getInstance("Region");
        region.add(area);
        return region;
    }

    private static OFDElement line(double x, double y) {
        OFDElement l = OFDElement.getInstance("Line");
        l.addAttribute("Point1", Mm.text(x) + ' ' + Mm.text(y));
        return l;
    }
}
