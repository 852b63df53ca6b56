package org.jianbao.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.jianbao.TestFonts;
import org.jianbao.TestIssues;
import org.jianbao.model.Block;
import org.jianbao.model.ListBlock;
import org.jianbao.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nested Markdown lists and quotations keep their nesting (docs/descriptor.md "Markdown bodies"):
 * a nested list is a list one level deeper, the outer list goes on numbered after it; nothing is
 * run together into one item.
 */
class MarkdownNestingTest {
    @TempDir
    Path dir;

    private List<Block> body(String markdown) {
        String json = markdown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        Path issue = TestIssues.issue(dir, "[ { \"name\": \"测试\", \"articles\": [ { \"title\": \"标题\", \"markdown\": \""
                + json + "\" } ] } ]");
        DescriptorReader.Result r = new DescriptorReader(new TreeSet<>(TestFonts.library().names())).read(issue);
        return r.issue().sections().get(0).articles().get(0).body();
    }

    private static String text(ListBlock l, int item) {
        StringBuilder s = new StringBuilder();
        l.items().get(item).forEach(x -> s.append(x.text()));
        return s.toString();
    }

    @Test
    void aNestedListIsAListOneLevelDeeperAndTheOuterListGoesOnNumbered() {
        List<Block> b = body("1. 甲项\n   - 乙项\n   - 丙项\n2. 丁项\n");
        assertEquals(3, b.size(), b.toString());
        ListBlock outer = (ListBlock) b.get(0);
        ListBlock inner = (ListBlock) b.get(1);
        ListBlock rest = (ListBlock) b.get(2);
        assertEquals(List.of(0, 1, 0), List.of(outer.level(), inner.level(), rest.level()));
        assertEquals("甲项", text(outer, 0));
        assertEquals(List.of("乙项", "丙项"), List.of(text(inner, 0), text(inner, 1)));
        assertEquals(ListBlock.Marker.BULLET, inner.marker());
        assertEquals(2, rest.start(), "the outer list is numbered on");
        assertEquals("丁项", text(rest, 0));
    }

    @Test
    void aQuotationInsideAQuotationIsOneLevelDeeper() {
        List<Block> b = body("> 外层引文。\n> > 内层引文。\n");
        assertEquals(2, b.size(), b.toString());
        assertEquals(0, ((Quote) b.get(0)).level());
        assertEquals(1, ((Quote) b.get(1)).level());
        assertTrue(((Quote) b.get(1)).spans().get(0).text().contains("内层引文"));
    }

    @Test
    void listsDeeperThanFourLevelsAreSetAtTheFourth() {
        List<Block> b = body("- 一\n  - 二\n    - 三\n      - 四\n        - 五\n");
        assertEquals(5, b.size());
        assertEquals(ListBlock.MAX_LEVEL, ((ListBlock) b.get(4)).level());
    }
}
