package org.jianbao.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.jianbao.TestFonts;
import org.jianbao.problem.JianbaoException;
import org.jianbao.TestIssues;
import org.jianbao.model.Paragraph;
import org.jianbao.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A block's text may be a list of runs, so that italic (set in 楷体) can be written outside Markdown. */
class RunsTest {
    @TempDir
    Path dir;

    private static org.jianbao.model.Block first(Path issue) {
        return new DescriptorReader(new TreeSet<>(TestFonts.library().names())).read(issue).issue().sections().get(0)
                .articles().get(0).body().get(0);
    }

    @Test
    void runsGiveBoldAndItalicSpansAndFollowTheSchema() {
        Path issue = TestIssues.article(dir, null, """
                [ { "type": "paragraph", "text": [ "发布了", { "text": "Digital Jiangsu", "italic": true },
                    { "text": "行动计划", "bold": true }, "。" ] },
                  { "type": "list", "items": [ [ "甲", { "text": "乙", "italic": true } ], "丙" ] } ]""");
        Paragraph p = (Paragraph) first(issue);
        assertEquals(List.of(new Span("发布了", false, false, null), new Span("Digital Jiangsu", false, true, null),
                new Span("行动计划", true, false, null), new Span("。", false, false, null)), p.spans());
        assertEquals(List.of(), SchemaCheck.check(issue, SchemaCheck.Kind.ISSUE));
    }

    @Test
    void aRunWithoutTextAndRunsWithoutAnyTextAreErrors() {
        Path issue = TestIssues.article(dir, null, "[ { \"type\": \"paragraph\", \"text\": [ { \"italic\": true } ] } ]");
        JianbaoException e = assertThrows(JianbaoException.class,
                () -> new DescriptorReader(new TreeSet<>(TestFonts.library().names())).read(issue));
        assertTrue(e.getMessage().contains("text[0]"), e.getMessage());
        Path blank = TestIssues.article(dir, null, "[ { \"type\": \"paragraph\", \"text\": [ \"  \" ] } ]");
        e = assertThrows(JianbaoException.class,
                () -> new DescriptorReader(new TreeSet<>(TestFonts.library().names())).read(blank));
        assertTrue(e.getMessage().contains("holds only spaces"), e.getMessage());
        Path bare = TestIssues.article(dir, null, "[ [ \"a bare list of runs is not a block\" ] ]");
        assertTrue(!SchemaCheck.check(bare, SchemaCheck.Kind.ISSUE).isEmpty());
    }
}
