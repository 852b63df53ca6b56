package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;
import org.jianbao.image.ImageFile;
import org.jianbao.image.ImageStore;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Image;
import org.jianbao.model.Lang;
import org.jianbao.model.Style;

/**
 * Images with their captions: scaled to a share of the column, centred, never taller than
 * {@link #MAX_SHARE} of the text block (so a caption and some text fit beside it), the caption
 * set under the picture and kept with it.
 */
final class Pictures {
    /** An image may take at most this share of the text block's height. */
    static final double MAX_SHARE = 0.6;

    private final LineSetter setter;
    private final ImageStore store;
    private final Style caption;
    private final double width;
    private final double pageHeight;

    Pictures(LineSetter setter, ImageStore store, Style caption, double width, double pageHeight) {
        this.setter = setter;
        this.store = store;
        this.caption = caption;
        this.width = width;
        this.pageHeight = pageHeight;
    }

    /** Where pictures are read. */
    ImageStore store() {
        return store;
    }

    List<Slab> slabs(Image img, Lang lang, At at, Tag parent) {
        ImageStore.Source source;
        try {
            source = store.inspect(img.file());
        } catch (ImageStore.Unusable e) {
            return unusable(img, at, e);
        }
        double w = img.width() * width;
        double h = w * source.height() / source.width();
        double maxH = MAX_SHARE * pageHeight;
        if (h > maxH) {
            setter.problems().warning(at, "the image " + img.file().getFileName() + " in " + at.what()
                    + " is taller than " + Math.round(MAX_SHARE * 100) + " % of the text block and was scaled"
                    + " down to fit");
            w *= maxH / h;
            h = maxH;
        }
        ImageFile file;
        try {
            file = store.prepare(img.file(), w);
        } catch (ImageStore.Unusable e) {
            return unusable(img, at, e);
        }
        Tag figure = parent.add("Figure").alt(img.caption() != null ? img.caption() : "图片");
        double x = (width - w) / 2;
        List<Slab> out = new ArrayList<>();
        out.add(Slab.of(h, Tagging.mark(List.of(new FrameItem.Picture(x, 0, w, h, file)), figure)).asFloat());
        if (img.caption() != null) {
            List<Line> lines = setter.lines(img.caption(), caption, lang, LineSpec.of(width, caption.align()),
                    at.named("the caption of " + at.what()));
            List<Slab> cap = Tagging.slabs(Keeps.paragraph(lines, caption, 0, true), parent.add("Caption"));
            for (Slab s : cap) {
                out.add(s.keep(true));
            }
        }
        return out;
    }

    /** Reported; the layout goes on without the picture so that every problem is found. */
    private List<Slab> unusable(Image img, At at, ImageStore.Unusable e) {
        setter.problems().error(at, "the image " + img.file().getFileName() + " " + e.getMessage());
        return List.of();
    }
}
