package org.jianbao.export.ofd;

import java.io.IOException;
import java.util.List;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.ofdrw.core.OFDElement;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;

/**
 * One frame as a page's Content.xml (GB/T 33190-2016 §7.7, 表 12): its size when it is not the
 * document's, one layer holding the frame's items in drawing order (glyph runs as text objects,
 * rules as paths, pictures as image objects), and its links as the page's actions. Structure tags
 * are unwrapped: OFD pages have no marked content.
 */
final class PageWriter {
    private final Ids ids;
    private final FontResources fonts;
    private final ImageResources images;
    private final List<Long> pageIds;

    PageWriter(Ids ids, FontResources fonts, ImageResources images, List<Long> pageIds) {
        this.ids = ids;
        this.fonts = fonts;
        this.images = images;
        this.pageIds = pageIds;
    }

    OFDElement page(Frame f, Frame first) throws IOException {
        Page page = new Page();
        if (f.width() != first.width() || f.height() != first.height()) {
            page.add(DocumentXml.area("Area", f));
        }
        CT_Layer layer = new CT_Layer();
        layer.addAttribute("ID", Long.toString(ids.next()));
        OFDElement actions = OFDElement.getInstance("Actions");
        for (FrameItem item : f.items()) {
            FrameItem it = item instanceof FrameItem.Marked m ? m.item() : item;
            if (it instanceof FrameItem.GlyphRun r) {
                TextObjects.of(r, fonts.id(r.face()), ids).forEach(layer::add);
            } else if (it instanceof FrameItem.Rule r) {
                layer.add(Shapes.rule(r, ids));
            } else if (it instanceof FrameItem.Picture pic) {
                layer.add(Shapes.picture(pic, images.id(pic.file(), ids), ids));
            } else if (it instanceof FrameItem.UriLink u) {
                actions.add(Actions.uri(u));
            } else if (it instanceof FrameItem.Link l) {
                actions.add(Actions.goTo(l, pageIds));
            }
        }
        Content content = new Content();
        content.add(layer);
        page.add(content);
        if (!actions.elements().isEmpty()) {
            page.add(actions);
        }
        return page;
    }
}
