package org.jianbao.volume;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Align;
import org.jianbao.model.Color;
import org.jianbao.model.Geometry;
import org.jianbao.model.Issue;
import org.jianbao.model.Lang;
import org.jianbao.model.Masthead;
import org.jianbao.model.Publication;
import org.jianbao.model.Style;

/**
 * The cover of a bound volume, as a 简报 cover is made: the masthead's name in its red, large and
 * centred in the upper third of the page, its rule under it; the year ({@code 2024年合订本}) and the
 * issues bound under that; the editing body at the foot of the text block. A cover has no folio.
 */
final class Cover {
    /** Where the name's block is centred, as a fraction of the page's height: in its upper third. */
    private static final double NAME_AT = 0.24;
    /** The name of a masthead line that gives no size fills the text block up to this size (more than 初号). */
    private static final double MAX_NAME = 60;
    /** The name's lines, baseline to baseline, in ems (the masthead's pitch). */
    private static final double NAME_PITCH = 1.2;
    /** The year line: 一号 (docs/typography.md §1.5). */
    private static final double YEAR_SIZE = 26;
    /** The line of the issues bound and the editing body: 三号, the size of an issue's issue line. */
    private static final double LINE_SIZE = 16;
    /** The red rule under the name: as thick as the masthead's, and the thin one of a double rule. */
    private static final double THICK = 2.25;
    private static final double THIN = 0.75;

    private final Setter setter;

    Cover(Setter setter) {
        this.setter = setter;
    }

    /** The cover of the volume of {@code year} binding the issues {@code bound} ({@code 第1—12期}). */
    Frame frame(String year, String bound, Tag part) {
        Publication pub = setter.publication();
        Geometry g = pub.page();
        Lang lang = pub.lang();
        Masthead m = pub.masthead();
        double w = g.textWidth();
        List<Line> name = new ArrayList<>();
        List<Double> pitches = new ArrayList<>();
        double height = 0;
        for (Masthead.Line ml : m.lines()) {
            double size = ml.size() > 0 ? ml.size() : fit(ml, m, lang, w);
            for (Line l : setter.lines(ml.text(), m.font(), size, m.color(), ml.tracking(), lang,
                    LineSpec.of(w, Align.CENTER))) {
                name.add(l);
                pitches.add(size * NAME_PITCH);
                height += size * NAME_PITCH;
            }
        }
        List<FrameItem> items = new ArrayList<>();
        Tag title = part.add("P");
        double y = g.pageHeight() * NAME_AT - height / 2;
        for (int i = 0; i < name.size(); i++) {
            items.addAll(marked(Setter.runs(name.get(i), pitches.get(i), g.left(), y), title));
            y += pitches.get(i);
        }
        y += LINE_SIZE / 2;
        items.add(rule(g, y + THICK / 2, THICK, m.color()));
        y += THICK;
        if (m.doubleRule()) {
            y += 2;
            items.add(rule(g, y + THIN / 2, THIN, m.color()));
            y += THIN;
        }
        y += YEAR_SIZE;
        Style titleStyle = pub.styles().articleTitle();
        y = centred(year + "年合订本", titleStyle.font(), YEAR_SIZE, Color.BLACK, y, part, items);
        y += LINE_SIZE / 2;
        centred(bound, pub.styles().issueLine().font(), LINE_SIZE, Color.BLACK, y, part, items);
        Style editor = pub.styles().editorLine();
        centred(pub.editor(), editor.font(), LINE_SIZE, Color.BLACK, g.top() + g.textHeight() - 2 * LINE_SIZE, part,
                items);
        return new Frame(g.pageWidth(), g.pageHeight(), items);
    }

    /**
     * The issues bound, as the cover names them: {@code 第1—12期}, {@code 第1、2、5期}, with the
     * supplements after them ({@code 增刊第1期}).
     */
    static String bound(List<Issue> issues) {
        List<Integer> regular = issues.stream().filter(i -> !i.supplement()).map(Issue::number).sorted().toList();
        List<Integer> supplements = issues.stream().filter(Issue::supplement).map(Issue::number).sorted().toList();
        String r = regular.isEmpty() ? "" : "第" + numbers(regular) + "期";
        String s = supplements.isEmpty() ? "" : "增刊第" + numbers(supplements) + "期";
        return r.isEmpty() || s.isEmpty() ? r + s : r + "　" + s;
    }

    /** {@code 1—12} for a run without gaps, else {@code 1、2、5}. */
    private static String numbers(List<Integer> n) {
        int first = n.get(0);
        int last = n.get(n.size() - 1);
        if (n.size() == 1) {
            return Integer.toString(first);
        }
        if (last - first == n.size() - 1) {
            return first + "—" + last;
        }
        return String.join("、", n.stream().map(String::valueOf).toList());
    }

    /** A centred line in a line of 1.5 times its size from {@code top}; returns the y below it. */
    private double centred(String text, String role, double size, Color color, double top, Tag part,
                           List<FrameItem> items) {
        Geometry g = setter.publication().page();
        double pitch = size * 1.5;
        for (Line l : setter.lines(text, role, size, color, 0, setter.publication().lang(),
                LineSpec.of(g.textWidth(), Align.CENTER))) {
            items.addAll(marked(Setter.runs(l, pitch, g.left(), top), part.add("P")));
            top += pitch;
        }
        return top;
    }

    /** The largest size, to half a point and at most {@link #MAX_NAME}, at which the line fills the text block. */
    private double fit(Masthead.Line ml, Masthead m, Lang lang, double width) {
        double probe = 10;
        double natural = setter.lines(ml.text(), m.font(), probe, m.color(), ml.tracking(), lang,
                LineSpec.of(1e5, Align.LEFT)).get(0).width();
        return Math.min(MAX_NAME, Math.floor(2 * width * probe / natural) / 2);
    }

    private static FrameItem rule(Geometry g, double y, double thickness, Color color) {
        return new FrameItem.Marked(new FrameItem.Rule(g.left(), y, g.left() + g.textWidth(), y, thickness, color),
                Tag.LAYOUT);
    }

    /** The items as content of {@code tag}; items marked already keep their mark. */
    private static List<FrameItem> marked(List<FrameItem> items, Tag tag) {
        List<FrameItem> out = new ArrayList<>();
        items.forEach(i -> out.add(i instanceof FrameItem.Marked ? i : new FrameItem.Marked(i, tag)));
        return out;
    }
}
