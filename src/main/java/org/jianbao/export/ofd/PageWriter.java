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
 * rules as paths, pictures as image objects), and its links as the page's actions. OFD pages have
 * no marked content: the objects drawn for a structure node are noted in {@link StructureTags}.
 */
final class PageWriter {
    private final Ids ids;
    private final FontResources fonts;
    private final ImageResources images;
    private final List<Long> pageIds;
    private final StructureTags structure;

    PageWriter(Ids ids, FontResources fonts, ImageResources images, List<Long> pageIds, StructureTags structure) {
        this.ids = ids;
        this.fonts = fonts;
        this.images = images;
        this.pageIds = pageIds;
        this.structure = structure;
    }

    /** Page {@code index} ({@code f}); {@code first} gives the document's page size. */
    OFDElement page(Frame f, int index, Frame first) throws IOException {
        Page page = new Page();
        if (f.width() != first.width() || f.height() != first.height()) {
            page.add(DocumentXml.area("Area", f));
        }
        CT_Layer layer = new CT_Layer();
        layer.addAttribute("ID", Long.toString(ids.next()));
        OFDElement actions = OFDElement.getInstance("Actions");
        for (FrameItem item : f.items()) {
            FrameItem it = item instanceof FrameItem.Marked m ? m.item() : item;
            List<? extends OFDElement> drawn = List.of();
            if (it instanceof FrameItem.Rotated t && t.item() instanceof FrameItem.GlyphRun r) {
                drawn = TextObjects.rotated(r, t.degrees(), t.cx(), t.cy(), f.width(), f.height(), fonts.id(r.face()),
                        ids);
            } else if (it instanceof FrameItem.GlyphRun r) {
                drawn = TextObjects.of(r, fonts.id(r.face()), ids);
            } else if (it instanceof FrameItem.Rule r) {
                drawn = List.of(Shapes.rule(r, ids));
            } else if (it instanceof FrameItem.Picture pic) {
                drawn = List.of(Shapes.picture(pic, images.id(pic.image(), ids), ids));
            } else if (it instanceof FrameItem.UriLink u) {
                actions.add(Actions.uri(u));
            } else if (it instanceof FrameItem.Link l) {
                actions.add(Actions.goTo(l, pageIds));
            }
            for (OFDElement o : drawn) {
                layer.add(o);
                if (item instanceof FrameItem.Marked m) {
                    structure.add(m.tag(), pageIds.get(index), Long.parseLong(o.attributeValue("ID")));
                }
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
