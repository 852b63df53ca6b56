package org.jianbao.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jianbao.Samples;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;
import org.jianbao.model.Geometry;
import org.jianbao.model.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Page makeup (GB/T 9704-2012 §5.2.3, docs/typography.md §1.1, §4.2): the body's pitch fills the
 * text block with whole lines, body lines stand on that grid on every page, and a page ends within
 * one line of the block's bottom unless what comes next is kept together — a heading with its first
 * lines, a picture, a table row — or is the 版记, which is on a page of its own only when the page
 * before cannot hold it.
 */
class PageMakeupTest {
    static List<String> samples() {
        return Samples.NAMES;
    }

    /** Structure types of what may wait for the next page, leaving more than a line free. */
    private static final Set<String> KEPT = Set.of("H1", "H2", "H3", "H4", "H5", "H6", "Figure", "Caption", "Table",
            "THead", "TBody", "TR", "TH", "TD");

    @ParameterizedTest
    @MethodSource("samples")
    void theBodyPitchDividesTheTextBlock(String name) {
        Issue issue = Samples.get(name).issue();
        Geometry g = issue.publication().page();
        double pitch = issue.publication().styles().body().lineHeight();
        double lines = g.textHeight() / pitch;
        assertEquals(Math.round(lines), lines, 1e-9, name + ": " + lines + " lines of " + pitch + " pt");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pagesEndWithinOneLineOfTheBottomUnlessSomethingKeptComesNext(String name) {
        Samples.Rendered s = Samples.get(name);
        Geometry g = s.issue().publication().page();
        double pitch = s.issue().publication().styles().body().lineHeight();
        double bottom = g.top() + g.textHeight();
        Document doc = s.document();
        List<String> loose = new ArrayList<>();
        for (int p = 0; p + 1 < doc.pages().size(); p++) {
            double free = bottom - lowest(doc.pages().get(p));
            String next = firstRole(doc.pages().get(p + 1));
            boolean endMatterNext = p + 1 == doc.pages().size() - 1 && onlyEndMatter(doc.pages().get(p + 1));
            if (free > 1.3 * pitch && !KEPT.contains(next) && !endMatterNext) {
                loose.add("page " + (p + 1) + " ends " + Math.round(free / pitch * 10) / 10.0 + " lines short before "
                        + next);
            }
        }
        assertEquals(List.of(), loose, name);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void the版记IsAloneOnItsPageOnlyWhenThePageBeforeCannotHoldIt(String name) {
        Samples.Rendered s = Samples.get(name);
        Document doc = s.document();
        Frame last = doc.pages().get(doc.pages().size() - 1);
        if (!onlyEndMatter(last) || doc.pages().size() < 2) {
            return;
        }
        Geometry g = s.issue().publication().page();
        double bottom = g.top() + g.textHeight();
        double free = bottom - lowest(doc.pages().get(doc.pages().size() - 2));
        double height = bottom - highest(last);
        assertTrue(free < height, name + ": the page before had " + free + " pt free for a 版记 of " + height + " pt");
    }

    /** The bottom of the lowest content of a page (not its folio). */
    private static double lowest(Frame f) {
        double low = 0;
        for (FrameItem it : f.items()) {
            if (it instanceof FrameItem.Marked m && m.tag() == Tag.PAGINATION) {
                continue;
            }
            FrameItem i = it instanceof FrameItem.Marked m ? m.item() : it;
            double y = i instanceof FrameItem.GlyphRun r ? r.y() + 0.12 * r.size()
                    : i instanceof FrameItem.Picture p ? p.y() + p.height()
                    : i instanceof FrameItem.Rule r ? Math.max(r.y0(), r.y1()) : 0;
            low = Math.max(low, y);
        }
        return low;
    }

    private static double highest(Frame f) {
        double high = Double.MAX_VALUE;
        for (FrameItem it : f.items()) {
            if (it instanceof FrameItem.Marked m && m.tag() == Tag.PAGINATION) {
                continue;
            }
            FrameItem i = it instanceof FrameItem.Marked m ? m.item() : it;
            if (i instanceof FrameItem.GlyphRun r) {
                high = Math.min(high, r.y() - r.size());
            } else if (i instanceof FrameItem.Rule r) {
                high = Math.min(high, Math.min(r.y0(), r.y1()));
            }
        }
        return high;
    }

    /** The structure type of the first content of a page. */
    private static String firstRole(Frame f) {
        for (FrameItem it : f.items()) {
            if (it instanceof FrameItem.Marked m && !m.tag().isArtifact()) {
                return m.tag().role();
            }
        }
        return "";
    }

    /** Whether a page holds only the 版记 (its 报/送/发 lines, colophon and rules) and the folio. */
    private static boolean onlyEndMatter(Frame f) {
        for (FrameItem it : f.items()) {
            if (it instanceof FrameItem.Marked m && !m.tag().isArtifact() && m.item() instanceof FrameItem.GlyphRun r) {
                Tag sect = m.tag().parent();
                if (sect == null || !isEndMatter(sect)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The 版记's section: its paragraphs are the document's last section. */
    private static boolean isEndMatter(Tag sect) {
        Tag doc = sect.parent();
        return doc != null && doc.kids().get(doc.kids().size() - 1) == sect;
    }
}
