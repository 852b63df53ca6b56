package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jianbao.TestIssues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size limits of docs/descriptor.md ("Limits"), with inputs too big to keep in the corpus:
 * generated here, each refused with a message naming the limit, never an out-of-memory crash.
 */
class SizeLimitTest {
    @TempDir
    Path dir;

    private static String run(Path input, Path out) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new String[] {"render", input.toString(), "-o", out.toString()}, new PrintWriter(o, true),
                new PrintWriter(e, true));
        assertEquals(1, code, o + "\n" + e);
        assertFalse(e.toString().contains("Exception"), e.toString());
        return e.toString();
    }

    @Test
    void descriptorLargerThanEightMebibytesIsRefused() throws IOException {
        Path issue = TestIssues.article(dir, null, "[ \"段。\" ]");
        Files.writeString(issue, Files.readString(issue) + " ".repeat(9 << 20));
        assertTrue(run(issue, dir.resolve("out")).contains("larger than 8 MiB"));
    }

    @Test
    void stringLongerThanOneMebibyteIsRefused() throws IOException {
        Path issue = TestIssues.article(dir, null, "[ \"" + "字".repeat((1 << 20) + 10) + "\" ]");
        String m = run(issue, dir.resolve("out"));
        assertTrue(m.contains("a string is longer than 1 MiB") && m.contains("issue.json:1:"), m);
    }

    @Test
    void markdownFileLargerThanEightMebibytesIsRefused() throws IOException {
        Files.writeString(dir.resolve("huge.md"), "段落。\n".repeat(1 << 20));
        Path issue = TestIssues.issue(dir, "[ { \"name\": \"测试\", \"articles\": [ { \"title\": \"标题\","
                + " \"markdownFile\": \"huge.md\" } ] } ]");
        String m = run(issue, dir.resolve("out"));
        assertTrue(m.contains("$.sections[0].articles[0].markdownFile") && m.contains("larger than 8 MiB"), m);
    }
}
