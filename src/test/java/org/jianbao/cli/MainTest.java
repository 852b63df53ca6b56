package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jianbao.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, one-line messages, and never a damaged or half-written PDF. */
class MainTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    /**
     * A wrong option or value (exit 2) is one line of reason, picocli's suggestion where it has one,
     * and where the options are listed — not the whole usage text after it.
     */
    @Test
    void aWrongOptionIsItsReasonAndAPointerNotTheWholeUsage() {
        Outcome pages = run("preview", Samples.descriptor("tianjin-2021-08").toString(), "--pages", "0");
        assertEquals(2, pages.code(), pages.err());
        assertEquals(List.of("jianbao: error: --pages 0 names no page: pages count from 1, and a range goes up (2-5)",
                "`jianbao preview --help` lists what it takes"), pages.err().lines().toList());
        Outcome typo = run("render", "--formt", "pdf", "x.json");
        assertEquals(2, typo.code(), typo.err());
        assertTrue(typo.err().contains("Unknown option: '--formt'") && typo.err().contains("--format")
                && !typo.err().contains("Usage:"), typo.err());
    }

    @Test
    void renderWritesThePdfAndExitsZero() {
        Outcome o = run("render", Samples.descriptor("tianjin-2021-08").toString(), "-o", dir.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.exists(dir.resolve("tianjin-2021-08.pdf")));
        assertTrue(o.out().contains("pages"), o.out());
    }

    @Test
    void invalidDescriptorExitsOneWithALocatedMessageAndWritesNothing() throws IOException {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{ \"profile\": \"none.json\", \"year\": \"2024\" }");
        Outcome o = run("render", bad.toString(), "-o", dir.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("broken.json:1:"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        assertFalse(Files.exists(dir.resolve("broken.pdf")));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "temporary file left behind");
        }
    }

    @Test
    void brokenCopyRenderedOverAGoodPdfLeavesItByteIdentical() throws IOException {
        Path issues = Samples.descriptor("tianjin-2021-08").getParent();
        Path copy = issues.resolve("tianjin-2021-08.json");
        assertEquals(0, run("render", copy.toString(), "-o", dir.toString()).code());
        byte[] good = Files.readAllBytes(dir.resolve("tianjin-2021-08.pdf"));
        Path work = dir.resolve("work");
        Files.createDirectories(work.resolve("profiles"));
        Files.copy(issues.resolve("profiles/tianjin.json"), work.resolve("profiles/tianjin.json"));
        Files.writeString(work.resolve("tianjin-2021-08.json"),
                Files.readString(copy).replace("\"year\": 2021", "\"year\": \"2021\""));
        Outcome o = run("render", work.resolve("tianjin-2021-08.json").toString(), "-o", dir.toString());
        assertEquals(1, o.code());
        assertArrayEquals(good, Files.readAllBytes(dir.resolve("tianjin-2021-08.pdf")));
    }

    @Test
    void missingArgumentIsAUsageErrorExitingTwo() {
        assertEquals(2, run("render").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void versionAndHelpExitZero() {
        Outcome v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("jianbao"), v.out());
        assertEquals(0, run("render", "--help").code());
    }

    @Test
    void textPrintsTheIssueInReadingOrder() {
        Outcome o = run("text", Samples.descriptor("zhejiang-2020-07").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().indexOf("行业要闻") < o.out().indexOf("7月“双软评估”统计"));
    }

    @Test
    void previewWritesTheRequestedPagesAndAContactSheet() throws IOException {
        Outcome o = run("preview", Samples.descriptor("tianjin-2021-08").toString(), "--pages", "1-2", "--dpi", "40",
                "-o", dir.toString());
        assertEquals(0, o.code(), o.err());
        for (String f : new String[] {"tianjin-2021-08-p1.png", "tianjin-2021-08-p2.png", "tianjin-2021-08-sheet.png"}) {
            var img = javax.imageio.ImageIO.read(dir.resolve(f).toFile());
            assertTrue(img.getWidth() > 100, f);
        }
        assertFalse(Files.exists(dir.resolve("tianjin-2021-08-p3.png")));
        assertEquals(2, run("preview", Samples.descriptor("tianjin-2021-08").toString(), "--pages", "x").code());
    }
}
