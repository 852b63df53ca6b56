package org.jianbao.page;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jianbao.JianbaoException;
import org.jianbao.Problem;
import org.jianbao.frame.FrameItem;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Image;
import org.jianbao.model.Lang;
import org.jianbao.model.Span;
import org.jianbao.model.Style;

/**
 * Images with their captions: scaled to a share of the column, centred, never taller than
 * {@link #MAX_SHARE} of the text block (so a caption and some text fit beside it), the caption
 * set under the picture and kept with it.
 */
final class Pictures {
    /** An image may take at most this share of the text block's height. */
    static final double MAX_SHARE = 0.6;
    /** More pixels than this is refused: a decompression bomb, or a photo far beyond print needs. */
    static final long MAX_PIXELS = 100_000_000L;

    private final Setter setter;
    private final Style caption;
    private final double width;
    private final double pageHeight;
    private final Path source;

    Pictures(Setter setter, Style caption, double width, double pageHeight, Path source) {
        this.setter = setter;
        this.caption = caption;
        this.width = width;
        this.pageHeight = pageHeight;
        this.source = source;
    }

    List<Slab> slabs(Image img, Lang lang, String where, org.jianbao.frame.Tag parent) {
        int[] px;
        try {
            px = pixels(img.file());
        } catch (Unreadable e) {
            return List.of();   // reported; the layout goes on so that every problem is found
        }
        org.jianbao.frame.Tag figure = parent.add("Figure").alt(img.caption() != null ? img.caption() : "图片");
        double w = img.width() * width;
        double h = w * px[1] / px[0];
        double maxH = MAX_SHARE * pageHeight;
        if (h > maxH) {
            setter.warning("the image " + img.file().getFileName() + " in " + where + " is taller than "
                    + Math.round(MAX_SHARE * 100) + " % of the text block and was scaled down to fit");
            w *= maxH / h;
            h = maxH;
        }
        double x = (width - w) / 2;
        List<Slab> out = new ArrayList<>();
        out.add(Slab.of(h, Tagging.mark(List.of(new FrameItem.Picture(x, 0, w, h, img.file())), figure)).asFloat());
        if (img.caption() != null) {
            List<Line> lines = setter.lines(List.of(new Span(img.caption(), false)), caption, lang,
                    LineSpec.of(width, caption.align()), 0, "the caption of " + where);
            List<Slab> cap = Tagging.slabs(Setter.slabs(lines, caption, 0, true), parent.add("Caption"));
            for (int i = 0; i < cap.size(); i++) {
                out.add(cap.get(i).keep(true));
            }
        }
        return out;
    }

    /** Width and height in pixels, read from the file's header without decoding it. */
    private int[] pixels(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw fail(file, "is not a PNG or JPEG image that can be read");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                int w = r.getWidth(0);
                int h = r.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw fail(file, "has no pixels");
                }
                if ((long) w * h > MAX_PIXELS) {
                    throw fail(file, "has " + w + "×" + h + " pixels, more than the " + MAX_PIXELS / 1_000_000
                            + " million allowed; scale it down (300 dpi across the column is about 1,850 pixels)");
                }
                try {
                    if (r.getFormatName().equalsIgnoreCase("png")) {
                        r.read(0);   // the whole picture, so that a damaged file is found now, not while writing
                    }
                } catch (IOException | RuntimeException e) {
                    throw fail(file, "is damaged and cannot be read (" + e.getMessage() + "); save it again as PNG"
                            + " or JPEG");
                }
                return new int[] {w, h};
            } finally {
                r.dispose();
            }
        } catch (IOException e) {
            throw fail(file, "cannot be read: " + e.getMessage());
        }
    }

    private RuntimeException fail(Path file, String what) {
        setter.error("the image " + file.getFileName() + " " + what);
        return new Unreadable();
    }

    /** Thrown after the problem is reported, to skip the picture. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false);
        }
    }
}
