package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jianbao.TestFonts;
import org.jianbao.TestIssues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile files that cannot live in the corpus of {@code src/test/resources/hostile}: symbolic
 * links out of a bulletin's folder, pipes, devices, colliding outputs, option values, a workspace.
 * Each is refused with its message and exit code (or, for a workspace, allowed), never a hang, a
 * stack trace, or a file read from outside.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String text) {
    }

    private static Outcome run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        String text = o + "\n" + e;
        assertFalse(text.contains("Exception") || text.contains("\tat "), "stack trace:\n" + text);
        return new Outcome(code, text);
    }

    private static final String SECRET = "SECRET-OUTSIDE-THE-BULLETIN";

    /** A bulletin folder {@code dir/b} and, beside it, a folder {@code dir/outside} it must not reach. */
    private Path bulletin(String articleJson) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), SECRET + "\n");
        Files.copy(TestFonts.home().resolve("issues/images/zhuolang-queue-system.png"), outside.resolve("x.png"));
        Files.writeString(outside.resolve("test.json"), TestIssues.PROFILE);
        Path b = Files.createDirectories(dir.resolve("b"));
        return TestIssues.issue(b, "[ { \"name\": \"测试\", \"articles\": [ " + articleJson + " ] } ]");
    }

    private void assertRefusedEverywhere(Path issue, String message) {
        for (String command : List.of("check", "render", "text")) {
            Outcome o = command.equals("render") ? run(command, issue.toString(), "-o", dir.resolve("out").toString())
                    : run(command, issue.toString());
            assertEquals(1, o.code(), command + ":\n" + o.text());
            assertTrue(o.text().contains(message), command + " lacks \"" + message + "\":\n" + o.text());
            assertFalse(o.text().contains(SECRET), command + " printed a file from outside:\n" + o.text());
        }
        assertFalse(Files.exists(dir.resolve("out/issue.pdf")), "no PDF");
    }

    @Test
    void aMarkdownFileThatIsASymbolicLinkOutOfTheFolderIsRefused() throws IOException {
        Path issue = bulletin("{ \"title\": \"标题\", \"markdownFile\": \"article.md\" }");
        Files.createSymbolicLink(issue.resolveSibling("article.md"), dir.resolve("outside/secret.md"));
        assertRefusedEverywhere(issue, "\"article.md\" leads outside the descriptor's folder through a symbolic link");
    }

    @Test
    void aSymbolicLinkToASystemFileIsRefused() throws IOException {
        assumeTrue(Files.isRegularFile(Path.of("/etc/passwd")), "a Unix system");
        Path issue = bulletin("{ \"title\": \"标题\", \"markdownFile\": \"passwd.md\" }");
        Files.createSymbolicLink(issue.resolveSibling("passwd.md"), Path.of("/etc/passwd"));
        assertRefusedEverywhere(issue, "through a symbolic link");
        assertFalse(run("text", issue.toString()).text().contains("root:"), "/etc/passwd typeset");
    }

    @Test
    void aPictureThatIsASymbolicLinkOutOfTheFolderIsRefused() throws IOException {
        Path issue = bulletin("{ \"title\": \"标题\", \"body\": [ { \"type\": \"image\", \"src\": \"x.png\" } ] }");
        Files.createSymbolicLink(issue.resolveSibling("x.png"), dir.resolve("outside/x.png"));
        assertRefusedEverywhere(issue, "\"x.png\" leads outside the descriptor's folder through a symbolic link");
    }

    @Test
    void aFolderThatIsASymbolicLinkOutOfTheFolderIsRefused() throws IOException {
        Path issue = bulletin("{ \"title\": \"标题\", \"body\": [ { \"type\": \"image\", \"src\": \"pics/x.png\" } ] }");
        Files.createSymbolicLink(issue.resolveSibling("pics"), Path.of("../outside"));
        assertRefusedEverywhere(issue, "\"pics/x.png\" leads outside the descriptor's folder through a symbolic link");
    }

    @Test
    void aMarkdownPictureThroughALinkedFolderIsRefused() throws IOException {
        Path issue = bulletin("{ \"title\": \"标题\", \"markdown\": \"正文。\\n\\n![图](pics/x.png)\\n\" }");
        Files.createSymbolicLink(issue.resolveSibling("pics"), Path.of("../outside"));
        assertRefusedEverywhere(issue, "through a symbolic link");
    }

    @Test
    void aProfileThatIsASymbolicLinkOutOfTheFolderIsRefused() throws IOException {
        Path issue = bulletin("{ \"title\": \"标题\", \"body\": [ \"正文。\" ] }");
        Path profile = issue.resolveSibling("profiles/test.json");
        Files.delete(profile);
        Files.createSymbolicLink(profile, dir.resolve("outside/test.json"));
        assertRefusedEverywhere(issue, "\"profiles/test.json\" leads outside the descriptor's folder");
    }

    @Test
    void aLinkThatStaysInsideTheFolderIsFollowed() throws IOException {
        Path issue = bulletin("{ \"title\": \"标题\", \"body\": [ { \"type\": \"image\", \"src\": \"pics/x.png\" } ] }");
        Path real = Files.createDirectories(issue.resolveSibling("real"));
        Files.copy(dir.resolve("outside/x.png"), real.resolve("x.png"));
        Files.createSymbolicLink(issue.resolveSibling("pics"), Path.of("real"));
        assertEquals(0, run("render", issue.toString(), "-o", dir.resolve("out").toString()).code());
    }

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is available");
    }

    @Test
    void aMarkdownFileThatIsAPipeIsRefusedWithoutWaiting() throws Exception {
        Path issue = bulletin("{ \"title\": \"标题\", \"markdownFile\": \"article.md\" }");
        mkfifo(issue.resolveSibling("article.md"));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertRefusedEverywhere(issue,
                "the Markdown file \"article.md\" is not a regular file"));
    }

    @Test
    void aDescriptorThatIsAPipeIsRefusedWithoutWaiting() throws Exception {
        Path fifo = dir.resolve("issue.json");
        mkfifo(fifo);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Outcome o = run("check", fifo.toString());
            assertEquals(1, o.code(), o.text());
            assertTrue(o.text().contains("is not a regular file"), o.text());
        });
    }

    @Test
    void aDeviceGivenAsTheDescriptorIsRefusedAtOnce() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix system");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Outcome o = run("render", "/dev/zero", "-o", dir.resolve("out").toString());
            assertEquals(1, o.code(), o.text());
            assertTrue(o.text().contains("/dev/zero: error: the file is not a regular file"), o.text());
        });
    }

    @Test
    void twoInputsWritingOnePdfAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path a = TestIssues.article(dir.resolve("a"), null, "[ \"甲。\" ]");
        Path b = TestIssues.article(dir.resolve("b"), null, "[ \"乙。\" ]");
        Outcome o = run("render", a.toString(), b.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, o.code(), o.text());
        assertTrue(o.text().contains("would both be written to"), o.text());
        assertFalse(Files.exists(dir.resolve("out/issue.pdf")), "nothing written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "5-2", "99999999999", "2", "1-x"})
    void aPageRangeThatNamesNoPageIsAUsageError(String pages) {
        Path issue = TestIssues.article(dir, null, "[ \"正文。\" ]");
        Outcome o = run("preview", issue.toString(), "--pages", pages, "-o", dir.resolve("out").toString());
        assertEquals(2, o.code(), o.text());
        assertTrue(o.text().contains("--pages"), o.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "0", "Infinity", "-5"})
    void aResolutionOutOfRangeIsAUsageError(String dpi) {
        Path issue = TestIssues.article(dir, null, "[ \"正文。\" ]");
        Outcome o = run("preview", issue.toString(), "--dpi", dpi, "-o", dir.resolve("out").toString());
        assertEquals(2, o.code(), o.text());
        assertTrue(o.text().contains("--dpi must be between 10 and 600"), o.text());
    }

    @Test
    void previewWritesOnlyThePagesAskedFor() throws IOException {
        Path issue = TestIssues.article(dir, null, "[ " + "\"段落。\", ".repeat(120) + "\"完。\" ]");
        Outcome o = run("preview", issue.toString(), "--pages", "2", "-o", dir.resolve("out").toString());
        assertEquals(0, o.code(), o.text());
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("issue-p2.png", "issue-sheet.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anIssueOfAWorkspaceMayNameTheWorkspacesProfileAndPictures() throws IOException {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(ws.resolve("profile.json"), TestIssues.PROFILE);
        Files.createDirectories(ws.resolve("images"));
        Files.copy(TestFonts.home().resolve("issues/images/zhuolang-queue-system.png"), ws.resolve("images/q.png"));
        Path issues = Files.createDirectories(ws.resolve("issues/2025"));
        Path issue = issues.resolve("2025-03.json");
        Files.writeString(issue, "{ \"profile\": \"../../profile.json\", \"year\": 2025, \"number\": 3, \"total\": 3,"
                + " \"date\": \"2025-03-31\", \"sections\": [ { \"name\": \"测试\", \"articles\": [ { \"title\": \"标题\","
                + " \"body\": [ \"正文。\", { \"type\": \"image\", \"src\": \"../../images/q.png\" } ] } ] } ] }");
        Outcome ok = run("render", issue.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, ok.code(), ok.text());
        Files.writeString(dir.resolve("outside.png"), "x");
        Files.writeString(issue, Files.readString(issue).replace("../../images/q.png", "../../../outside.png"));
        Outcome out = run("check", issue.toString());
        assertEquals(1, out.code(), out.text());
        assertTrue(out.text().contains("points outside the workspace"), out.text());
    }

    @Test
    void aLongChineseNameRendersWhenThePdfsOwnNameFits() throws IOException {
        Path issue = TestIssues.article(dir, null, "[ \"正文。\" ]");
        // 82 characters of three bytes: 246 bytes of the 255 a name may have, with ".json"
        Path named = Files.move(issue, issue.resolveSibling("江苏省信息技术协会".repeat(9) + "简.json"));
        Outcome o = run("render", named.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, o.code(), o.text());
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsAnEnvironmentFailure() throws IOException {
        Path issue = TestIssues.article(dir, null, "[ \"正文。\" ]");
        Files.writeString(dir.resolve("a-file"), "");
        Outcome o = run("render", issue.toString(), "-o", dir.resolve("a-file/sub").toString());
        assertEquals(4, o.code(), o.text());
        assertTrue(o.text().contains("cannot write") && o.text().contains("any earlier PDF is unchanged"), o.text());
        String pdf = issue.getFileName().toString().replaceFirst("\\.json$", ".pdf");
        assertTrue(o.text().contains("cannot write " + dir.resolve("a-file/sub").resolve(pdf) + ": "),
                "the message names the file that could not be written: " + o.text());
    }
}
