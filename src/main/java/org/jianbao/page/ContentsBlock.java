package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Align;
import org.jianbao.model.Issue;
import org.jianbao.model.Section;
import org.jianbao.model.Style;
import org.jianbao.model.StyleSheet;

/**
 * The contents list (本期目录) under the masthead, grouped by section: the section's name in a
 * left column, its articles' titles beside it, each with its page number on the right and a link
 * to the article. It is set twice: without page numbers for the page breaker to find the articles'
 * pages, then with them (the number column has a fixed width, so filling it in changes nothing
 * else).
 */
final class ContentsBlock {
    /** Width of the page-number column, in ems of the entry size. */
    private static final double NUMBER_COLUMN = 2.5;
    /** The widest a section name's column grows, in characters of its own size. */
    private static final double SECTION_COLUMN = 5;
    /** Space between two sections' groups, in lines. */
    private static final double GROUP_GAP = 0.35;
    private static final double RULE = 0.75;

    private final LineSetter setter;
    private final StyleSheet styles;
    private final double width;
    private final double top;
    private final int firstFolio;

    /**
     * @param top        the text block's top margin, to turn marks into page positions for links
     * @param firstFolio the number of the issue's first page (1, or more in a bound volume)
     */
    ContentsBlock(LineSetter setter, StyleSheet styles, double width, double top, int firstFolio) {
        this.setter = setter;
        this.styles = styles;
        this.width = width;
        this.top = top;
        this.firstFolio = firstFolio;
    }

    /** The list as slabs, its structure the children of {@code toc}; page numbers from {@code marks}. */
    List<Slab> slabs(Issue issue, String title, Map<String, PageBreaker.Mark> marks, Tag toc) {
        Style ts = styles.contentsTitle();
        Style ss = styles.contentsSection();
        Style es = styles.contentsEntry();
        List<Slab> out = new ArrayList<>();
        At at = At.of("the contents");
        List<Line> head = setter.lines(title, ts, issue.lang(), LineSpec.of(width, ts.align()),
                At.of("the contents title"));
        for (Line l : head) {
            out.add(Slab.of(ts.lineHeight(), Tagging.mark(GlyphItems.line(l, ts.lineHeight(), ts.size(), 0), toc.add("TOCI")))
                    .keep(!out.isEmpty()));
        }
        // the section column as wide as the longest name, up to a few characters: a longer name wraps
        // in the column rather than narrowing every title beside it
        double secW = 0;
        for (Section s : issue.sections()) {
            secW = Math.max(secW, setter.natural(s.name(), ss, s.lang(), at));
        }
        secW = Math.min(secW, SECTION_COLUMN * ss.size()) + es.size();
        double numW = NUMBER_COLUMN * es.size();
        double entryW = width - secW - numW;
        double pitch = es.lineHeight();
        boolean firstEntry = true;
        for (int si = 0; si < issue.sections().size(); si++) {
            Section s = issue.sections().get(si);
            for (int ai = 0; ai < s.articles().size(); ai++) {
                List<FrameItem> items = new ArrayList<>();
                double nameH = 0;
                if (ai == 0) {
                    // a name longer than the column wraps in it, never into the titles
                    List<Line> name = setter.lines(s.name(), ss, s.lang(), LineSpec.of(secW - es.size(), Align.LEFT),
                            at);
                    Tag nameTag = toc.add("TOCI");
                    for (int k = 0; k < name.size(); k++) {
                        for (FrameItem f : GlyphItems.line(name.get(k), pitch, ss.size(), 0)) {
                            items.add(Tagging.mark(f.moved(0, k * pitch), nameTag));
                        }
                    }
                    nameH = name.size() * pitch;
                }
                Tag entry = toc.add("TOCI").add("Link");
                // titles break as titles do: between words, and not before a last line of a character or two
                List<Line> lines = setter.title(s.articles().get(ai).title(), es, s.lang(),
                        LineSpec.of(entryW, Align.LEFT), at);
                for (int k = 0; k < lines.size(); k++) {
                    for (FrameItem f : GlyphItems.line(lines.get(k), pitch, es.size(), secW)) {
                        items.add(f.moved(0, k * pitch));
                    }
                }
                double h = Math.max(lines.size() * pitch, nameH);
                PageBreaker.Mark m = marks.get(Marks.article(si, ai));
                String number = m == null ? "" : Integer.toString(m.page() + firstFolio);
                if (!number.isEmpty()) {
                    Line num = setter.line(number, es, s.lang(), LineSpec.of(numW, Align.RIGHT), at);
                    for (FrameItem f : GlyphItems.line(num, pitch, es.size(), secW + entryW)) {
                        items.add(f.moved(0, h - pitch));
                    }
                    items.add(new FrameItem.Link(secW, 0, entryW + numW, h, m.page(), top + m.y()));
                }
                // A contents list too long for page 1 flows on from under the masthead: a section's name
                // stays with its first two titles, its last title with the one before (no title alone
                // at the top of a page), and the list breaks anywhere else rather than leave half a page
                boolean keep = firstEntry || ai == 1 || ai > 0 && ai == s.articles().size() - 1;
                Slab slab = Slab.of(h, Tagging.mark(items, entry)).keep(keep);
                if (ai == 0 && !firstEntry) {
                    slab = slab.before(GROUP_GAP * pitch);
                }
                out.add(slab);
                firstEntry = false;
            }
        }
        out.add(Slab.of(RULE + 2, Tagging.mark(List.of(new FrameItem.Rule(0, 2 + RULE / 2, width, 2 + RULE / 2, RULE,
                ss.color())), Tag.LAYOUT)).keep(true));
        return out;
    }
}
