package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.inline.Run;
import org.jianbao.inline.TextStyle;
import org.jianbao.model.Align;
import org.jianbao.model.Issue;
import org.jianbao.model.Masthead;
import org.jianbao.model.Style;
import org.jianbao.model.StyleSheet;

/**
 * The 报头 on page 1 (docs/typography.md §1.4): the publication's name in large red type, centred; the
 * issue line under it; the editing body on the left and the date on the right; then the full-width
 * red rule (GB/T 9704-2012 §7.2.7 leaves its thickness open; templates use 1.5–2.25 pt).
 */
final class MastheadBlock {
    /** Thick red rule, and for the double form the thin one under it, 2 pt apart. */
    static final double THICK = 2.25;
    static final double THIN = 0.75;
    static final double DOUBLE_GAP = 2;
    /** Largest size tried when a masthead line gives none: 初号 plus a little. */
    private static final double MAX_AUTO_SIZE = 48;

    private final LineSetter setter;
    private final StyleSheet styles;
    private final double width;

    MastheadBlock(LineSetter setter, StyleSheet styles, double width) {
        this.setter = setter;
        this.styles = styles;
        this.width = width;
    }

    /** The masthead as one slab (it never breaks). */
    Slab slab(Issue issue, Tag document) {
        Fonts fonts = setter.fonts();
        Masthead m = issue.publication().masthead();
        Tag sect = document.add("Sect");
        Tag name = sect.add("P").preprinted();   // 套打 paper has the name printed already
        List<FrameItem> items = new ArrayList<>();
        double y = 0;
        for (Masthead.Line ml : m.lines()) {
            double size = ml.size() > 0 ? ml.size() : fit(ml, m, issue, fonts);
            TextStyle ts = new TextStyle(fonts.chain(m.font(), issue.lang()), size, m.color(), issue.lang(), ml.tracking());
            List<Line> lines = setter.lines(List.of(new Run(ml.text(), ts)), LineSpec.of(width, Align.CENTER), 0,
                    At.of("the masthead"));
            double pitch = size * 1.2;
            for (Line l : lines) {
                items.addAll(Tagging.mark(shift(GlyphItems.line(l, pitch, size, 0), y), name));
                y += pitch;
            }
        }
        Style il = styles.issueLine();
        y += il.spaceBefore();
        for (Line l : setter.lines(issue.issueLine(), il, issue.lang(), LineSpec.of(width, il.align()),
                At.of("the issue line"))) {
            items.addAll(Tagging.mark(shift(GlyphItems.line(l, il.lineHeight(), il.size(), 0), y), sect.add("P")));
            y += il.lineHeight();
        }
        Style el = styles.editorLine();
        y += el.spaceBefore();
        Line date = setter.line(issue.dateLine(), el, issue.lang(), LineSpec.of(width, Align.RIGHT), At.of("the date"));
        // the editing body at the left, wrapping short of the date if it is long: nothing of it is lost
        double room = width - setter.natural(issue.dateLine(), el, issue.lang(), At.of("the date")) - el.size();
        List<Line> editor = setter.lines(issue.publication().editor(), el, issue.lang(),
                LineSpec.of(room, Align.LEFT), At.of("the editor line"));
        Tag editorTag = sect.add("P");
        for (int k = 0; k < editor.size(); k++) {
            items.addAll(Tagging.mark(shift(GlyphItems.line(editor.get(k), el.lineHeight(), el.size(), 0),
                    y + k * el.lineHeight()), editorTag));
        }
        items.addAll(Tagging.mark(shift(GlyphItems.line(date, el.lineHeight(), el.size(), 0), y), sect.add("P")));
        y += Math.max(1, editor.size()) * el.lineHeight() + el.spaceAfter();
        items.add(new FrameItem.Marked(new FrameItem.Rule(0, y + THICK / 2, width, y + THICK / 2, THICK, m.color()),
                Tag.PREPRINTED_RULE));
        y += THICK;
        if (m.doubleRule()) {
            y += DOUBLE_GAP;
            items.add(new FrameItem.Marked(new FrameItem.Rule(0, y + THIN / 2, width, y + THIN / 2, THIN, m.color()),
                    Tag.PREPRINTED_RULE));
            y += THIN;
        }
        return Slab.of(y, Tagging.mark(items, Tag.LAYOUT));
    }

    /** The largest size (to 0.5 pt) at which the line fits the text block on one line. */
    private double fit(Masthead.Line ml, Masthead m, Issue issue, Fonts fonts) {
        double natural = 0;
        int n = ml.text().codePointCount(0, ml.text().length());
        var chain = fonts.chain(m.font(), issue.lang());
        for (int i = 0; i < ml.text().length(); ) {
            int cp = ml.text().codePointAt(i);
            var f = chain.faceFor(cp);
            natural += f == null ? 1 : f.advance(cp);
            i += Character.charCount(cp);
        }
        double perPoint = natural + ml.tracking() * Math.max(0, n - 1);
        double size = Math.floor(2 * width / perPoint) / 2;
        return Math.min(MAX_AUTO_SIZE, size);
    }

    private static List<FrameItem> shift(List<FrameItem> items, double dy) {
        List<FrameItem> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(i.moved(0, dy)));
        return out;
    }
}
