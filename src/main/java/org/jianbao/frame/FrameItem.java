package org.jianbao.frame;

import java.util.List;
import org.jianbao.font.Face;
import org.jianbao.image.ImageFile;
import org.jianbao.model.Color;

/** What a frame holds. */
public sealed interface FrameItem {

    /** The same item moved by (dx, dy). */
    FrameItem moved(double dx, double dy);

    /** One glyph of a run: its text, x of its origin, and horizontal scale (1 = natural). */
    record Placed(String text, double x, double hScale) {
    }

    /**
     * Glyphs of one face, size and colour on one baseline {@code y}; {@code fakeBold} asks for the
     * outlines to be stroked as well as filled (for a face without a bold of its own). The glyphs
     * are kept as {@link Glyphs}, compactly.
     */
    record GlyphRun(double y, Face face, double size, Color color, boolean fakeBold, List<Placed> glyphs)
            implements FrameItem {
        public GlyphRun {
            glyphs = Glyphs.of(glyphs);
        }

        @Override
        public GlyphRun moved(double dx, double dy) {
            return new GlyphRun(y + dy, face, size, color, fakeBold, placed().moved(dx));
        }

        /** The glyphs, with access to each one's text, x and scale without making a {@link Placed}. */
        public Glyphs placed() {
            return (Glyphs) glyphs;
        }

        public String text() {
            return placed().text();
        }
    }

    /** A straight rule from (x0, y0) to (x1, y1), {@code thickness} points wide, centred on that line. */
    record Rule(double x0, double y0, double x1, double y1, double thickness, Color color) implements FrameItem {
        @Override
        public Rule moved(double dx, double dy) {
            return new Rule(x0 + dx, y0 + dy, x1 + dx, y1 + dy, thickness, color);
        }
    }

    /**
     * A picture filling the box whose top-left corner is (x, y); {@code multiply} blends it with what
     * lies under it (a seal: the text under the red shows through, 黑字透红).
     */
    record Picture(double x, double y, double width, double height, ImageFile image, boolean multiply)
            implements FrameItem {
        public Picture(double x, double y, double width, double height, ImageFile image) {
            this(x, y, width, height, image, false);
        }

        @Override
        public Picture moved(double dx, double dy) {
            return new Picture(x + dx, y + dy, width, height, image, multiply);
        }
    }

    /**
     * An item drawn turned by {@code degrees} (anticlockwise, as seen on the page) about the point
     * ({@code cx}, {@code cy}): a watermark across the page.
     */
    record Rotated(FrameItem item, double degrees, double cx, double cy) implements FrameItem {
        @Override
        public Rotated moved(double dx, double dy) {
            return new Rotated(item.moved(dx, dy), degrees, cx + dx, cy + dy);
        }
    }

    /** An item of the logical structure: content of a structure node, or an artifact. */
    record Marked(FrameItem item, Tag tag) implements FrameItem {
        @Override
        public Marked moved(double dx, double dy) {
            return new Marked(item.moved(dx, dy), tag);
        }
    }

    /** A clickable area that opens a URI (a link of a Markdown body). */
    record UriLink(double x, double y, double width, double height, String uri) implements FrameItem {
        @Override
        public UriLink moved(double dx, double dy) {
            return new UriLink(x + dx, y + dy, width, height, uri);
        }
    }

    /** A clickable area that goes to a place in the document (page index from 0, y from the top). */
    record Link(double x, double y, double width, double height, int targetPage, double targetY)
            implements FrameItem {
        @Override
        public Link moved(double dx, double dy) {
            return new Link(x + dx, y + dy, width, height, targetPage, targetY);
        }
    }
}
