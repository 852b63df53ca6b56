package org.jianbao.volume;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Align;
import org.jianbao.model.Color;
import org.jianbao.model.Geometry;
import org.jianbao.model.Issue;
import org.jianbao.model.Section;
import org.jianbao.model.Style;
import org.jianbao.model.StyleSheet;

/**
 * The contents of a bound volume (总目录): under each issue's heading (its issue line and date), its
 * articles grouped by section as in the issue's own contents — the section's name in a left column
 * as wide as the longest name of the volume, the titles beside it — each with its page number in the
 * volume on the right and a link to it. The number column has a fixed width, so the pages come out
 * the same before the numbers are known and after. It runs over as many pages as it needs, breaking
 * between section groups where it can, never after an issue's heading; a page that goes on with an
 * issue's list begins with its heading again, marked {@code （续）}.
 */
final class Contents {
    /** The title of the volume's contents. */
    static final String TITLE = "总目录";
    /** The title is set this much larger than an issue's contents title (四号 → 小二). */
    private static final double TITLE_LARGER = 4;
    /** Width of the page-number column, in ems of the entry size: four digits and room to spare. */
    private static final double NUMBER_COLUMN = 3;
    /** Space before an issue's heading, and between two section groups, in lines of the entries. */
    private static final double ISSUE_GAP = 0.8;
    private static final double GROUP_GAP = 0.3;
    /** The rule under an issue's heading, and the room it takes. */
    private static final double RULE = 0.5;
    private static final double RULE_ROOM = 4;

    /** A place in the volume: a page index (from 0) and y from the page's top. */
    record Place(int page, double y) {
    }

    /**
     * An issue as the contents lists it: where it starts and where its articles do (by section, then
     * article); null places while they are not known.
     */
    record Listed(Issue issue, Place start, List<List<Place>> articles) {
    }

    private final Setter setter;
    private final Geometry g;
    private final StyleSheet st;

    Contents(Setter setter) {
        this.setter = setter;
        this.g = setter.publication().page();
        this.st = setter.publication().styles();
    }

    /** The contents' pages (items placed on their pages), each entry tagged under {@code part}. */
    List<List<FrameItem>> pages(List<Listed> listed, Tag part) {
        List<Row> rows = rows(listed, part);
        List<Row> repeats = new ArrayList<>();
        listed.forEach(l -> repeats.add(heading(l, null)));
        List<List<FrameItem>> pages = new ArrayList<>();
        List<Integer> starts = Row.breaks(rows, g.textHeight(), k -> repeats.get(k).height());
        for (int p = 0; p < starts.size(); p++) {
            int end = p + 1 < starts.size() ? starts.get(p + 1) : rows.size();
            List<FrameItem> items = new ArrayList<>();
            Row first = rows.get(starts.get(p));
            double y = 0;
            if (first.continues()) {
                // a page that begins inside an issue's list says whose it is
                repeats.get(first.issue()).items().forEach(it -> items.add(it.moved(g.left(), g.top())));
                y = repeats.get(first.issue()).height();
            }
            for (int i = starts.get(p); i < end; i++) {
                Row r = rows.get(i);
                y += i == starts.get(p) ? 0 : r.before();
                double top = g.top() + y;
                r.items().forEach(it -> items.add(it.moved(g.left(), top)));
                y += r.height();
            }
            pages.add(items);
        }
        return pages;
    }

    private List<Row> rows(List<Listed> listed, Tag part) {
        Style ts = st.contentsTitle();
        Style es = st.contentsEntry();
        Style ss = st.contentsSection();
        double w = g.textWidth();
        double pitch = es.lineHeight();
        double numW = NUMBER_COLUMN * es.size();
        double secW = 0;
        for (Listed l : listed) {
            for (Section s : l.issue().sections()) {
                secW = Math.max(secW, setter.natural(s.name(), ss, s.lang()));
            }
        }
        secW += es.size();
        double entryW = w - secW - numW;
        List<Row> rows = new ArrayList<>();
        double titleSize = ts.size() + TITLE_LARGER;
        Line title = setter.lines(TITLE, ts.font(), titleSize, ts.color(), 0.5, setter.publication().lang(),
                LineSpec.of(w, Align.CENTER)).get(0);
        rows.add(new Row(0, 2 * titleSize + pitch / 2, false,
                marked(Setter.runs(title, 2 * titleSize, 0, 0), part.add("H1"))));
        Tag toc = part.add("TOC");
        for (int k = 0; k < listed.size(); k++) {
            Listed l = listed.get(k);
            Issue issue = l.issue();
            rows.add(heading(l, toc).keep(k == 0).before(k == 0 ? 0 : ISSUE_GAP * pitch).of(k, true));
            boolean firstGroup = true;
            for (int si = 0; si < issue.sections().size(); si++) {
                Section s = issue.sections().get(si);
                for (int ai = 0; ai < s.articles().size(); ai++) {
                    List<FrameItem> items = new ArrayList<>();
                    if (ai == 0) {
                        Line name = setter.lines(s.name(), ss, s.lang(), LineSpec.of(secW, Align.LEFT)).get(0);
                        items.addAll(marked(Setter.runs(name, pitch, 0, 0), toc.add("TOCI")));
                    }
                    Tag entry = toc.add("TOCI").add("Link");
                    List<Line> lines = setter.lines(s.articles().get(ai).title(), es, s.lang(),
                            LineSpec.of(entryW, Align.LEFT));
                    for (int n = 0; n < lines.size(); n++) {
                        items.addAll(Setter.runs(lines.get(n), pitch, secW, n * pitch));
                    }
                    double h = lines.size() * pitch;
                    Place at = l.articles() == null ? null : l.articles().get(si).get(ai);
                    if (at != null) {
                        Line num = setter.lines(Integer.toString(at.page() + 1), es, s.lang(),
                                LineSpec.of(numW, Align.RIGHT)).get(0);
                        items.addAll(Setter.runs(num, pitch, secW + entryW, h - pitch));
                        items.add(new FrameItem.Link(secW, 0, entryW + numW, h, at.page(), at.y()));
                    }
                    // a group stays whole where it can; the first stays with its issue's heading
                    Row row = new Row(0, h, ai > 0 || firstGroup, marked(items, entry));
                    rows.add((ai == 0 && !firstGroup ? row.before(GROUP_GAP * pitch) : row).of(k, false));
                    firstGroup = false;
                }
            }
        }
        return rows;
    }

    /**
     * An issue's heading: its issue line and date, the number of its first page, a rule under it;
     * with no {@code toc} to be listed in, the heading set again at the top of a page the issue's list
     * goes on to ({@code （续）}), page furniture.
     */
    private Row heading(Listed l, Tag toc) {
        Issue issue = l.issue();
        Style ts = st.contentsTitle();
        double pitch = st.contentsEntry().lineHeight();
        double numW = NUMBER_COLUMN * st.contentsEntry().size();
        double w = g.textWidth();
        Style hs = new Style(ts.font(), ts.boldFont(), ts.size(), ts.color(), pitch, Align.LEFT, 0, 0, 0, null, false);
        List<FrameItem> items = new ArrayList<>();
        String text = issue.issueLine() + "　" + issue.dateLine() + (toc == null ? "（续）" : "");
        List<Line> lines = setter.lines(text, hs, issue.lang(), LineSpec.of(w - numW, Align.LEFT));
        for (int n = 0; n < lines.size(); n++) {
            items.addAll(Setter.runs(lines.get(n), pitch, 0, n * pitch));
        }
        double h = lines.size() * pitch;
        if (l.start() != null && toc != null) {
            Line num = setter.lines(Integer.toString(l.start().page() + 1), hs, issue.lang(),
                    LineSpec.of(numW, Align.RIGHT)).get(0);
            items.addAll(Setter.runs(num, pitch, w - numW, h - pitch));
            items.add(new FrameItem.Link(0, 0, w, h, l.start().page(), l.start().y()));
        }
        List<FrameItem> out = marked(items, toc == null ? Tag.PAGINATION : toc.add("TOCI").add("Link"));
        out.add(new FrameItem.Marked(new FrameItem.Rule(0, h + RULE / 2, w, h + RULE / 2, RULE, Color.BLACK),
                Tag.LAYOUT));
        return new Row(0, h + RULE_ROOM, false, out);
    }

    /** The items as content of {@code tag}; items marked already keep their mark. */
    private static List<FrameItem> marked(List<FrameItem> items, Tag tag) {
        List<FrameItem> out = new ArrayList<>();
        items.forEach(i -> out.add(i instanceof FrameItem.Marked ? i : new FrameItem.Marked(i, tag)));
        return out;
    }
}
