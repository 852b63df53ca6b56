package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jianbao.TestIssues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jianbao fix} (issue 10 item 2): the reader's punctuation corrections written into the
 * files — only the corrected strings change, layout and field order are kept, a second run finds
 * nothing, {@code --dry-run} writes nothing, Markdown syntax and file names are left alone.
 */
class FixCommandTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Outcome(code, o.toString(), e.toString());
    }

    private static final String PASTED = """
            {
              "profile": "profiles/test.json",
              "year": 2024,   "number": 1, "total": 1, "date": "2024-01-31",
              "sections": [ { "name": "通知公告", "articles": [ {
                  "title": "关于开展\\"双软\\"评估(第二批)的通知",
                  "body": [
                    "各会员单位:",
                    "近日 ,2021年度评估结果公布.详见<https://zsia.example.org/a.html>.",
                    { "type": "image", "src": "图(1).png", "caption": "评审会现场(左二为会长)" }
                  ]
              } ] } ]
            }
            """;

    @Test
    void fixCorrectsEveryProseStringAndNothingElse() throws Exception {
        TestIssues.issue(dir, "[]");
        Path issue = dir.resolve("issue.json");
        String before = PASTED;
        Files.copy(org.jianbao.TestFonts.home().resolve("issues/images/zhuolang-queue-system.png"), dir.resolve("图(1).png"));
        Files.writeString(issue, before);
        Outcome o = run("fix", issue.toString());
        assertEquals(0, o.code(), o.err());
        String after = Files.readString(issue);
        assertTrue(after.contains("\"title\": \"关于开展“双软”评估（第二批）的通知\""), after);
        assertTrue(after.contains("\"各会员单位：\""), after);
        assertTrue(after.contains("近日，2021年度评估结果公布。详见https://zsia.example.org/a.html。"), after);
        assertTrue(after.contains("\"caption\": \"评审会现场（左二为会长）\""), after);
        assertTrue(after.contains("\"src\": \"图(1).png\""), "a file name is left as written: " + after);
        assertTrue(after.contains("\"year\": 2024,   \"number\": 1"), "the layout is kept: " + after);
        String[] a = before.split("\n");
        String[] b = after.split("\n");
        assertEquals(a.length, b.length, "no line added or removed");
        assertTrue(run("fix", issue.toString()).out().contains("nothing to correct"), "a second run finds nothing");
        assertEquals(0, run("check", issue.toString()).code());
    }

    @Test
    void aDryRunPrintsTheDiffAndWritesNothing() throws Exception {
        Path issue = dir.resolve("issue.json");
        Files.writeString(issue, PASTED);
        Outcome o = run("fix", "--dry-run", issue.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("-        \"各会员单位:\",") && o.out().contains("+        \"各会员单位：\","), o.out());
        assertTrue(o.out().contains("would be made (nothing written)"), o.out());
        assertEquals(PASTED, Files.readString(issue));
    }

    @Test
    void inMarkdownOnlyTheTextIsCorrected() throws Exception {
        Path md = dir.resolve("article.md");
        String source = "近日,协会发布了报告(全文见[链接](https://a.example.org/x_(1).html)).\n\n代码 `a, b` 保持原样.\n";
        Files.writeString(md, source);
        assertEquals(0, run("fix", md.toString()).code());
        String after = Files.readString(md);
        assertTrue(after.startsWith("近日，协会发布了报告"), after);
        assertTrue(after.contains("(https://a.example.org/x_(1).html)"), "the link's address is syntax: " + after);
        assertTrue(after.contains("`a, b`"), "code is left alone: " + after);
        assertTrue(after.contains("保持原样。"), after);
    }

    @Test
    void whatIsNotATextFileIsRefusedWithItsReason() throws Exception {
        Path bin = dir.resolve("x.md");
        Files.write(bin, new byte[] {(byte) 0xC3, 0x28, 0x41});
        Outcome o = run("fix", bin.toString(), "/dev/null");
        assertEquals(1, o.code());
        assertTrue(o.err().contains("is not UTF-8 text"), o.err());
        assertTrue(o.err().contains("/dev/null: the file is not a regular file"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }
}
