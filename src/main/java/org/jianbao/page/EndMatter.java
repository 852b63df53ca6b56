package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Align;
import org.jianbao.model.Colophon;
import org.jianbao.model.Distribution;
import org.jianbao.model.Issue;
import org.jianbao.model.Lang;
import org.jianbao.model.Style;
import org.jianbao.unit.Units;

/**
 * The 版记 (报尾) at the foot of the last page, GB/T 9704-2012 §7.4 (docs/typography.md §1.3–1.4):
 * 报：/送：/发： lines set one character in from either side with their continuation lines aligned
 * after the colon, then the editorial office and 共印N份; rules of 0.35 mm above and below and
 * 0.25 mm between, the last one on the text block's bottom edge.
 */
final class EndMatter {
    static final double THICK = Units.mm(0.35);
    static final double THIN = Units.mm(0.25);
    /** Space between a rule and the text next to it, in lines. */
    private static final double PAD = 0.15;
    private static final At AT = At.of("the 版记");

    private final LineSetter setter;
    private final Style style;
    private final double width;

    EndMatter(LineSetter setter, Style style, double width) {
        this.setter = setter;
        this.style = style;
        this.width = width;
    }

    /** The block as one slab, or null when the profile has nothing to put there. */
    Slab slab(Issue issue, Tag document) {
        List<Distribution> dist = issue.publication().distribution();
        List<String> colophon = colophonLines(issue.publication().colophon());
        Integer copies = issue.publication().copies();
        if (dist.isEmpty() && colophon.isEmpty() && copies == null) {
            return null;
        }
        Lang lang = issue.lang();
        Tag sect = document.add("Sect");
        double em = style.size();
        double pitch = style.lineHeight();
        double pad = PAD * pitch;
        List<FrameItem> items = new ArrayList<>();
        double y = THICK / 2;
        items.add(rule(y, THICK));
        y += THICK / 2 + pad;
        for (Distribution d : dist) {
            String label = d.label() + "：";
            // where the recipients begin: after the colon's blank half, as in the first line itself
            double labelW = setter.lead(label, style, lang, AT);
            String text = label + String.join("、", d.recipients());
            LineSpec spec = new LineSpec(width - em, em, em + labelW, Align.JUSTIFY);
            Tag p = sect.add("P");
            for (Line l : setter.lines(text, style, lang, spec, AT)) {
                items.addAll(Tagging.mark(at(l, y), p));
                y += pitch;
            }
        }
        boolean tail = !colophon.isEmpty() || copies != null;
        if (tail) {
            if (!dist.isEmpty()) {
                y += pad;
                items.add(rule(y + THIN / 2, THIN));
                y += THIN + pad;
            }
            String copiesText = copies == null ? null : "共印" + copies + "份";
            for (int i = 0; i < colophon.size(); i++) {
                // a field longer than its line (a long website) wraps: nothing of it is lost
                List<Line> lines = setter.lines(colophon.get(i), style, lang,
                        new LineSpec(width - em, em, em, Align.LEFT), AT);
                Tag p = sect.add("P");
                for (int k = 0; k < lines.size(); k++) {
                    Line l = lines.get(k);
                    items.addAll(Tagging.mark(at(l, y), p));
                    boolean last = i == colophon.size() - 1 && k == lines.size() - 1;
                    if (last && copiesText != null
                            && l.width() + setter.natural(copiesText, style, lang, AT) + 3 * em <= width) {
                        items.addAll(Tagging.mark(at(right(copiesText, lang), y), sect.add("P")));
                        copiesText = null;
                    }
                    y += pitch;
                }
            }
            if (copiesText != null) {
                items.addAll(Tagging.mark(at(right(copiesText, lang), y), sect.add("P")));
                y += pitch;
            }
        }
        y += pad;
        items.add(rule(y + THICK / 2, THICK));
        y += THICK;
        return Slab.of(y, Tagging.mark(items, Tag.LAYOUT));
    }

    /** The colophon's fields as lines: 编辑部地址；邮编 电话；E-mail 网址; then any extra lines. */
    static List<String> colophonLines(Colophon c) {
        List<String> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        if (c.address() != null) {
            out.add("编辑部地址：" + c.address());
        }
        List<String> contact = new ArrayList<>();
        if (c.postcode() != null) {
            contact.add("邮编：" + c.postcode());
        }
        if (c.phone() != null) {
            contact.add("电话：" + c.phone());
        }
        if (!contact.isEmpty()) {
            out.add(String.join("　", contact));
        }
        List<String> net = new ArrayList<>();
        if (c.email() != null) {
            net.add("E-mail：" + c.email());
        }
        if (c.website() != null) {
            net.add("网址：" + c.website());
        }
        if (!net.isEmpty()) {
            out.add(String.join("　", net));
        }
        out.addAll(c.lines());
        return out;
    }

    private Line right(String text, Lang lang) {
        return setter.line(text, style, lang, new LineSpec(width - style.size(), 0, 0, Align.RIGHT), AT);
    }

    private List<FrameItem> at(Line l, double y) {
        List<FrameItem> out = new ArrayList<>();
        for (FrameItem f : GlyphItems.line(l, style.lineHeight(), style.size(), 0)) {
            out.add(f.moved(0, y));
        }
        return out;
    }

    private FrameItem rule(double y, double t) {
        return new FrameItem.Rule(0, y, width, y, t, org.jianbao.model.Color.BLACK);
    }
}
