package org.jianbao.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jianbao.inline.Line;
import org.jianbao.model.Align;
import org.jianbao.model.Color;
import org.jianbao.model.Style;
import org.junit.jupiter.api.Test;

/**
 * Page-level keeps (clreq §3.4; docs/typography.md §4.2): no orphan or widow line, a title kept with at
 * least two lines of its text, a section header never last on a page. Lines are 10 pt high; a
 * page holds ten.
 */
class PageBreakerTest {
    private static final Style LINE = new Style("song", "song-bold", 10, Color.BLACK, 10, Align.JUSTIFY, 0, 0, 0,
            null, false);

    private static List<Slab> paragraph(int lines, String mark) {
        List<Line> ls = new ArrayList<>(Collections.nCopies(lines, new Line(List.of(), 0, false)));
        List<Slab> s = Keeps.paragraph(ls, LINE, 0, false);
        s.set(0, s.get(0).mark(mark));
        return s;
    }

    private static PageBreaker breakPages(Flow flow) {
        return new PageBreaker().run(flow.slabs(), 100, 100);
    }

    @Test
    void firstLineOfAParagraphIsNeverAloneAtTheFootOfAPage() {
        Flow f = new Flow().add(paragraph(9, "a"), 0, 0, false).add(paragraph(5, "b"), 0, 0, false);
        PageBreaker b = breakPages(f);
        // paragraph b would start on line 10 of page 1: it moves to page 2 whole
        assertEquals(1, b.marks().get("b").page());
        assertEquals(9, b.pages().get(0).size());
    }

    @Test
    void lastLineOfAParagraphIsNeverAloneAtTheTopOfAPage() {
        Flow f = new Flow().add(paragraph(11, "a"), 0, 0, false);
        PageBreaker b = breakPages(f);
        // ten would fit, but the eleventh would be a widow: two lines go over
        assertEquals(9, b.pages().get(0).size());
        assertEquals(2, b.pages().get(1).size());
    }

    @Test
    void titleIsKeptWithTwoLinesOfItsText() {
        Flow f = new Flow().add(paragraph(8, "a"), 0, 0, false)
                .add(paragraph(1, "title"), 0, 0, true)
                .add(paragraph(6, "text"), 0, 0, false);
        PageBreaker b = breakPages(f);
        // title on line 9 and one line of text on line 10 would part the title from its second line
        assertEquals(1, b.marks().get("title").page());
        assertEquals(8, b.pages().get(0).size());
    }

    @Test
    void sectionHeaderIsNeverLastOnAPage() {
        Flow f = new Flow().add(paragraph(9, "a"), 0, 0, false)
                .add(paragraph(1, "header"), 0, 0, true)
                .add(paragraph(1, "title"), 0, 0, true)
                .add(paragraph(4, "text"), 0, 0, false);
        PageBreaker b = breakPages(f);
        assertEquals(1, b.marks().get("header").page());
        assertEquals(b.marks().get("header").page(), b.marks().get("title").page());
    }

    @Test
    void spaceBeforeIsDroppedAtTheTopOfAPage() {
        Flow f = new Flow().add(paragraph(10, "a"), 0, 0, false).add(paragraph(3, "b"), 30, 0, false);
        PageBreaker b = breakPages(f);
        assertEquals(0, b.marks().get("b").y(), 1e-9);
    }

    @Test
    void figureThatDoesNotFitFloatsToTheNextPageAndTextFillsThisOne() {
        Slab figure = Slab.of(50, List.of()).asFloat().mark("figure");
        Flow f = new Flow().add(paragraph(6, "a"), 0, 0, false).add(List.of(figure), 0, 0, false)
                .add(paragraph(6, "b"), 0, 0, false);
        PageBreaker b = breakPages(f);
        assertEquals(1, b.marks().get("figure").page());
        assertEquals(0, b.marks().get("figure").y(), 1e-9);
        assertEquals(0, b.marks().get("b").page());
        assertTrue(b.pages().get(0).size() >= 9, "text after the figure fills page 1");
    }
}
