package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.Tag;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Align;
import org.jianbao.model.Attachments;
import org.jianbao.model.Block;
import org.jianbao.model.Heading;
import org.jianbao.model.Image;
import org.jianbao.model.Lang;
import org.jianbao.model.ListBlock;
import org.jianbao.model.Note;
import org.jianbao.model.Paragraph;
import org.jianbao.model.Quote;
import org.jianbao.model.Signature;
import org.jianbao.model.Span;
import org.jianbao.model.Style;
import org.jianbao.model.StyleSheet;
import org.jianbao.model.Table;
import org.jianbao.text.Numbering;

/**
 * The blocks of an article body → slabs in the flow: paragraphs; headings kept with what follows,
 * numbered 一、（一）1.（1） when asked (GB/T 9704-2012 §7.3.3); lists with hanging markers; block
 * quotes; notes; the attachment list (§7.3.4); the 落款 (§7.3.5); pictures and tables.
 */
final class Blocks {
    private final LineSetter setter;
    private final StyleSheet styles;
    private final double width;
    private final Pictures pictures;
    private final Tables tables;
    /** A nested list or quotation is indented this many characters more than the one it is in. */
    private static final double INDENT_STEP = 2;

    Blocks(LineSetter setter, StyleSheet styles, double width, Pictures pictures, Tables tables) {
        this.setter = setter;
        this.styles = styles;
        this.width = width;
        this.pictures = pictures;
        this.tables = tables;
    }

    /** Adds an article's body to the flow, its structure under {@code art}. */
    void add(List<Block> body, Lang lang, String where, Flow flow, Tag art, java.util.function.Function<Object,
            org.jianbao.model.Origin> origins) {
        int[] counters = new int[5];
        int bi = 0;
        for (Block b : body) {
            bi++;
            At at = new At(origins.apply(b), "block " + bi + " of " + where);
            Style bs = styles.body();
            if (b instanceof Paragraph p) {
                double indent = flushLeft(p, bi == 1, bs, lang, at) ? 0 : bs.indent() * bs.size();
                paragraph(p.spans(), bs, lang, new LineSpec(width, 0, 0, bs.align()), indent, at, flow, false,
                        art.add("P"));
            } else if (b instanceof Heading h) {
                Style s = styles.heading(h.level());
                List<Span> spans = new ArrayList<>(h.spans());
                if (h.numbered()) {
                    counters[h.level()]++;
                    for (int k = h.level() + 1; k < counters.length; k++) {
                        counters[k] = 0;
                    }
                    spans.add(0, new Span(Numbering.heading(h.level(), counters[h.level()]), false));
                }
                // in-article levels 1–4 sit under the section (H1) and the title (H2)
                paragraph(spans, s, lang, new LineSpec(width, 0, 0, s.align()), s.indent() * s.size(), at, flow, true,
                        art.add("H" + (h.level() + 2)));
            } else if (b instanceof ListBlock l) {
                list(l, lang, at, flow, art.add("L"));
            } else if (b instanceof Quote q) {
                Style s = styles.quote();
                double side = 2 * s.size();
                double left = side + q.level() * INDENT_STEP * s.size();
                paragraph(q.spans(), s, lang, new LineSpec(width - side, left, left, s.align()), s.indent() * s.size(),
                        at, flow, false, art.add("BlockQuote").add("P"));
            } else if (b instanceof Note n) {
                Style s = styles.note();
                String label = n.label() + "：";
                double start = s.indent() * s.size();
                List<Span> spans = new ArrayList<>();
                spans.add(new Span(label, false));
                spans.addAll(n.spans());
                paragraph(spans, s, lang, new LineSpec(width, start, start + setter.lead(label, s, lang, at.named("a marker")), s.align()), 0, at,
                        flow, false, art.add("P"));
            } else if (b instanceof Attachments a) {
                attachments(a, lang, at, flow, art.add("L"));
            } else if (b instanceof Signature g) {
                new SignatureBlock(setter, styles.body(), width, pictures.store()).add(g, lang, at, flow, art);
            } else if (b instanceof Image img) {
                Style cs = styles.caption();
                flow.add(pictures.slabs(img, lang, at, art), cs.spaceBefore() + 4, cs.spaceAfter(), false);
            } else if (b instanceof Table t) {
                Style s = styles.table();
                flow.add(tables.slabs(t, lang, at, art), s.spaceBefore(), s.spaceAfter(), false);
            }
        }
    }

    /**
     * Whether a paragraph starts flush left: the writer said so, or it is the 主送 line of a notice —
     * the article's first paragraph, a single line ending in a full-width colon (各会员单位：), which
     * GB/T 9704-2012 §7.3.2 sets flush left (docs/typography.md §4.4).
     */
    private boolean flushLeft(Paragraph p, boolean first, Style s, Lang lang, At at) {
        if (p.indent() != Paragraph.Indent.AUTO) {
            return p.indent() == Paragraph.Indent.NO;
        }
        String t = p.text().strip();
        return first && t.endsWith("：") && setter.natural(p.spans(), s, lang, at) <= width;
    }

    private void paragraph(List<Span> spans, Style s, Lang lang, LineSpec spec, double indent, At at, Flow flow,
                           boolean keepWithNext, Tag tag) {
        List<Line> lines = setter.lines(spans, s, lang, spec, indent, at);
        flow.add(Tagging.slabs(Keeps.paragraph(lines, s, 0, false), tag), s.spaceBefore(), s.spaceAfter(), keepWithNext);
    }


    private void list(ListBlock l, Lang lang, At at, Flow flow, Tag list) {
        Style s = styles.body();
        double start = (s.indent() + l.level() * INDENT_STEP) * s.size();
        for (int i = 0; i < l.items().size(); i++) {
            int n = l.start() + i;
            String marker = switch (l.marker()) {
                case BULLET -> l.level() % 2 == 0 ? "● " : "○ ";
                case NUMBER -> n + ".";
                case PAREN -> "（" + n + "）";
            };
            List<Span> spans = new ArrayList<>();
            spans.add(new Span(marker, false));
            spans.addAll(l.items().get(i));
            paragraph(spans, s, lang, new LineSpec(width, start, start + setter.lead(marker, s, lang, at.named("a marker")), s.align()),
                    0, at.named(at.what() + ", item " + (i + 1)), flow, false, list.add("LI").add("LBody"));
        }
    }

    /**
     * 附件：1.名称 — one line down from the text, two characters in; further items aligned under the
     * first number, wrapped names under the first character of the name (GB/T 9704-2012 §7.3.4).
     */
    private void attachments(Attachments a, Lang lang, At at, Flow flow, Tag list) {
        Style s = styles.body();
        double start = 2 * s.size();
        String label = "附件：";
        double labelW = setter.lead(label, s, lang, at.named("a marker"));
        boolean numbered = a.items().size() > 1;
        for (int i = 0; i < a.items().size(); i++) {
            String number = numbered ? (i + 1) + "." : "";
            String text = (i == 0 ? label : "") + number + a.items().get(i);
            double nameAt = start + labelW + (numbered ? setter.lead(number, s, lang, at.named("a marker")) : 0);
            LineSpec spec = new LineSpec(width, i == 0 ? start : start + labelW, nameAt, Align.JUSTIFY);
            List<Line> lines = setter.lines(text, s, lang, spec, at);
            List<Slab> slabs = Tagging.slabs(Keeps.paragraph(lines, s, 0, false), list.add("LI").add("LBody"));
            flow.add(slabs, i == 0 ? s.lineHeight() : 0, 0, i + 1 < a.items().size());   // the list stays whole
        }
    }
}
