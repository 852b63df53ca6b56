package org.jianbao.export.ofd;

import org.jianbao.frame.FrameItem;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicType.ST_ID;

/** Rules and pictures as OFD's graphic objects. */
final class Shapes {
    private Shapes() {
    }

    /**
     * A rule as a stroked path (GB/T 33190-2016 §9.1, 表 35; the path in the compact
     * AbbreviatedData form, 表 36): its Boundary the line's box widened by half the thickness, the
     * path relative to it, the stroke as wide as the rule and in its colour (butt caps, the default,
     * as in the PDF).
     */
    static PathObject rule(FrameItem.Rule r, Ids ids) {
        double half = r.thickness() / 2;
        double x = Math.min(r.x0(), r.x1()) - half;
        double y = Math.min(r.y0(), r.y1()) - half;
        double w = Math.abs(r.x1() - r.x0()) + r.thickness();
        double h = Math.abs(r.y1() - r.y0()) + r.thickness();
        PathObject p = new PathObject(new ST_ID(ids.next()));
        p.addAttribute("Boundary", Mm.box(x, y, w, h));
        p.addAttribute("LineWidth", Mm.text(r.thickness()));
        p.add(Colours.element("StrokeColor", r.color()));
        org.ofdrw.core.OFDElement data = org.ofdrw.core.OFDElement.getInstance("AbbreviatedData");
        data.setText("M " + Mm.text(r.x0() - x) + ' ' + Mm.text(r.y0() - y) + " L " + Mm.text(r.x1() - x) + ' '
                + Mm.text(r.y1() - y));
        p.add(data);
        return p;
    }

    /**
     * A picture as an image object (GB/T 33190-2016 §10, 表 43): the image fills the unit square,
     * which the CTM stretches to the picture's box.
     */
    static ImageObject picture(FrameItem.Picture pic, long resourceId, Ids ids) {
        ImageObject img = new ImageObject(ids.next());
        img.addAttribute("Boundary", Mm.box(pic.x(), pic.y(), pic.width(), pic.height()));
        img.addAttribute("CTM", Mm.text(pic.width()) + " 0 0 " + Mm.text(pic.height()) + " 0 0");
        img.addAttribute("ResourceID", Long.toString(resourceId));
        return img;
    }
}
