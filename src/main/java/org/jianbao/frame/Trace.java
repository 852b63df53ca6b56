package org.jianbao.frame;

import java.util.Locale;

/**
 * A text trace of a laid-out document, one line per item, for golden tests:
 * {@code p1 text NotoSerifCJKsc-Regular 12 x=79.37 y=702.10 "标题"}. Numbers are rounded to
 * 0.01 pt so that a trace changes only when the layout does.
 */
public final class Trace {
    private Trace() {
    }

    public static String of(Document doc) {
        StringBuilder s = new StringBuilder();
        for (int p = 0; p < doc.pages().size(); p++) {
            Frame f = doc.pages().get(p);
            String page = "p" + (p + 1);
            for (FrameItem item : f.items()) {
                s.append(page).append(' ');
                FrameItem it = item;
                if (item instanceof FrameItem.Marked m) {
                    s.append('<').append(m.tag().isArtifact() ? m.tag().artifactType() : m.tag().role()).append("> ");
                    it = m.item();
                }
                if (it instanceof FrameItem.Rotated r) {
                    s.append("rotated ").append(n(r.degrees())).append(" about x=").append(n(r.cx())).append(" y=")
                            .append(n(r.cy())).append(' ');
                    it = r.item();
                }
                if (it instanceof FrameItem.GlyphRun r) {
                    s.append(r.fakeBold() ? "text* " : "text ").append(r.face().postScriptName()).append(' ')
                            .append(n(r.size())).append(' ')
                            .append(r.color()).append(" x=").append(n(r.glyphs().get(0).x())).append(" y=")
                            .append(n(r.y())).append(" w=").append(n(extent(r))).append(" \"").append(r.text())
                            .append('"');
                } else if (it instanceof FrameItem.Rule r) {
                    s.append("rule x=").append(n(r.x0())).append(" y=").append(n(r.y0())).append(" to x=")
                            .append(n(r.x1())).append(" y=").append(n(r.y1())).append(" t=").append(n(r.thickness()))
                            .append(' ').append(r.color());
                } else if (it instanceof FrameItem.Picture i) {
                    s.append("image x=").append(n(i.x())).append(" y=").append(n(i.y())).append(" w=")
                            .append(n(i.width())).append(" h=").append(n(i.height())).append(' ')
                            .append(i.image().file().getFileName()).append(i.multiply() ? " multiply" : "");
                } else if (it instanceof FrameItem.UriLink u) {
                    s.append("uri x=").append(n(u.x())).append(" y=").append(n(u.y())).append(" w=")
                            .append(n(u.width())).append(" h=").append(n(u.height())).append(' ').append(u.uri());
                } else if (it instanceof FrameItem.Link l) {
                    s.append("link x=").append(n(l.x())).append(" y=").append(n(l.y())).append(" w=")
                            .append(n(l.width())).append(" h=").append(n(l.height())).append(" → p")
                            .append(l.targetPage() + 1);
                }
                s.append('\n');
            }
        }
        for (Outline o : doc.outline()) {
            outline(s, o, 0);
        }
        return s.toString();
    }

    private static void outline(StringBuilder s, Outline o, int depth) {
        s.append("outline ").append("  ".repeat(depth)).append(o.title()).append(" → p").append(o.page() + 1).append('\n');
        o.children().forEach(c -> outline(s, c, depth + 1));
    }

    /** From the first glyph's origin to the last glyph's origin. */
    private static double extent(FrameItem.GlyphRun r) {
        return r.glyphs().get(r.glyphs().size() - 1).x() - r.glyphs().get(0).x();
    }

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }
}
