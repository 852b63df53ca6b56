package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Align;
import org.jianbao.model.Color;
import org.jianbao.model.Delivery;
import org.jianbao.model.Issue;
import org.jianbao.model.Lang;
import org.jianbao.model.Style;

/**
 * The marks of the first page, above the masthead (GB/T 9704-2012 §7.2.1–7.2.2, docs/typography.md
 * §1.4): the secrecy level with its period ({@code 秘密★1年}) and the circulation notice at the top
 * left, in the bold face; the copy number (份号, six digits) at the top right. And the watermark:
 * a light text across the middle of every page, drawn under the content, an artifact.
 */
final class MarksBlock {
    /** The watermark's grey: light enough to read the text over it. */
    static final Color WATERMARK = new Color(0xE4, 0xE4, 0xE4);
    /** The watermark's size, in ems of the body text, and its slope. */
    private static final double WATERMARK_EMS = 5;
    private static final double WATERMARK_DEGREES = 35;

    private final LineSetter setter;
    private final Style style;
    private final double width;

    /** @param editorLine the style the marks follow (its size, its bold face, in black) */
    MarksBlock(LineSetter setter, Style editorLine, double width) {
        this.setter = setter;
        this.style = new Style(editorLine.boldFont(), editorLine.boldFont(), editorLine.size(), Color.BLACK,
                editorLine.lineHeight(), Align.LEFT, 0, 0, 0, null, false);
        this.width = width;
    }

    /** The lines above the masthead, or null when there are none; {@code copy} the copy's number, or null. */
    Slab slab(Issue issue, Integer copy, Tag document) {
        Delivery.Marks m = issue.publication().delivery().marks();
        if (!m.topLine()) {
            return null;
        }
        Lang lang = issue.lang();
        At at = At.of("the marks above the masthead");
        Tag sect = document.add("Sect");
        List<String> left = new ArrayList<>();
        if (m.secrecyLine() != null) {
            left.add(m.secrecyLine());
        }
        if (m.notice() != null) {
            left.add(m.notice());
        }
        List<FrameItem> items = new ArrayList<>();
        double pitch = style.lineHeight();
        for (int i = 0; i < left.size(); i++) {
            Line l = setter.line(left.get(i), style, lang, LineSpec.of(width, Align.LEFT), at);
            for (FrameItem f : GlyphItems.line(l, pitch, style.size(), 0)) {
                items.add(f.moved(0, i * pitch));
            }
        }
        items = Tagging.mark(items, sect.add("P"));
        if (m.copyNumber() && copy != null) {
            Line l = setter.line(String.format("%06d", copy), style, lang, LineSpec.of(width, Align.RIGHT), at);
            items.addAll(Tagging.mark(GlyphItems.line(l, pitch, style.size(), 0), sect.add("P")));
        }
        return Slab.of(Math.max(1, left.size()) * pitch, items);
    }

    /** The watermark of a page of {@code pageW} × {@code pageH} (empty when there is none). */
    List<FrameItem> watermark(Issue issue, double pageW, double pageH, Style body) {
        String text = issue.publication().delivery().marks().watermark();
        if (text == null) {
            return List.of();
        }
        Style big = new Style(style.font(), style.boldFont(), WATERMARK_EMS * body.size(), WATERMARK, 0, Align.LEFT, 0,
                0, 0, null, false);
        Line l = setter.line(text, big, issue.lang(), LineSpec.of(1e4, Align.LEFT), At.of("the watermark"));
        double size = big.size();
        double x = (pageW - l.width()) / 2;
        double baseline = pageH / 2 + GlyphItems.EM_TOP * size / 2;
        List<FrameItem> out = new ArrayList<>();
        for (FrameItem run : GlyphItems.runs(l.glyphs(), baseline, x)) {
            out.add(new FrameItem.Marked(new FrameItem.Rotated(run, WATERMARK_DEGREES, pageW / 2, pageH / 2),
                    Tag.WATERMARK));
        }
        return out;
    }
}
