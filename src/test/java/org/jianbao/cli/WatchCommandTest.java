package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianbao.SampleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jianbao watch} on a copy of the zhejiang sample, run through {@code Main.run} in a thread
 * and stopped by an interrupt: a saved edit gives a new PDF, a broken save keeps the last good one,
 * and each render prints the line {@code render} prints.
 */
class WatchCommandTest {
    /** Generous: the first render of a cold test JVM on a busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    /** {@code jianbao watch …} running in a thread of the test. */
    private static final class Running implements AutoCloseable {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final Thread thread;
        volatile int code = -1;

        Running(String... args) {
            thread = new Thread(() -> code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true)),
                    "watch-under-test");
            thread.start();
        }

        /** Lines of the output that report a render ({@code … → …pdf …}). */
        long renders() {
            return out.toString().lines().filter(l -> l.contains(".pdf (")).count();
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(PATIENCE.toMillis());
            assertFalse(thread.isAlive(), "watch did not stop when interrupted");
            return code;
        }

        @Override
        public void close() throws InterruptedException {
            if (thread.isAlive()) {
                stop();
            }
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }

    @Test
    void aSavedEditGivesANewPdfAndABrokenSaveKeepsTheLastGoodOne() throws Exception {
        Path issue = SampleFolder.copy(dir.resolve("简报"), "zhejiang-2020-07");
        Path out = dir.resolve("pdf");
        Path pdf = out.resolve("zhejiang-2020-07.pdf");
        String text = Files.readString(issue, StandardCharsets.UTF_8);
        try (Running watch = new Running("watch", issue.toString(), "-o", out.toString())) {
            SampleFolder.await("the first render and the watch begun", PATIENCE,
                    () -> watch.out.toString().contains("watching "));
            assertTrue(Files.isRegularFile(pdf), watch.out + "\n" + watch.err);

            Files.writeString(issue, text.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"监测到的新标题\""),
                    StandardCharsets.UTF_8);
            SampleFolder.await("a second render after the edit", PATIENCE, () -> watch.renders() >= 2);
            assertTrue(pdfText(pdf).contains("监测到的新标题"), "the new PDF lacks the edited title");
            byte[] good = Files.readAllBytes(pdf);

            Files.writeString(issue, "{ \"profile\": \"profiles/zhejiang.json\", \"year\": ", StandardCharsets.UTF_8);
            SampleFolder.await("the broken save reported", PATIENCE, () -> watch.err.toString().contains("not rendered"));
            assertTrue(watch.err.toString().contains("zhejiang-2020-07.json:1:"), watch.err.toString());
            assertTrue(watch.err.toString().contains("(the last good PDF is kept)"), watch.err.toString());
            assertArrayEquals(good, Files.readAllBytes(pdf), "a broken save must keep the last good PDF");

            assertEquals(Main.OK, watch.stop());
            assertTrue(watch.out.toString().endsWith("jianbao watch: stopped" + System.lineSeparator()),
                    watch.out.toString());
            String all = watch.out + "\n" + watch.err;
            assertFalse(all.contains("Exception") || all.contains("\tat "), "a stack trace was printed:\n" + all);
        }
    }

    @Test
    void eachRenderIsReportedAsRenderReportsIt() throws Exception {
        Path issue = SampleFolder.copy(dir.resolve("简报"), "tianjin-2021-08");
        Path out = dir.resolve("pdf");
        StringWriter rendered = new StringWriter();
        assertEquals(0, Main.run(new String[] {"render", issue.toString(), "-o", out.toString()},
                new PrintWriter(rendered, true), new PrintWriter(new StringWriter(), true)));
        try (Running watch = new Running("watch", issue.toString(), "-o", out.toString())) {
            SampleFolder.await("the first render", PATIENCE, () -> watch.renders() >= 1);
            String line = watch.out.toString().lines().filter(l -> l.contains(".pdf (")).findFirst().orElseThrow();
            assertTrue(line.matches("\\[\\d\\d:\\d\\d:\\d\\d] .*"), "a watch line starts with the time: " + line);
            assertEquals(withoutTime(rendered.toString().strip()), withoutTime(line.substring(11)),
                    "watch and render print a render alike");
        }
    }

    @Test
    void warningsThatStayTheSameAreCountedNotRepeated() throws Exception {
        Path issue = SampleFolder.copy(dir.resolve("简报"), "zhejiang-2020-07");
        String text = Files.readString(issue, StandardCharsets.UTF_8);
        // a section with no articles is left out with a warning
        String warned = text.replaceFirst("\"sections\": \\[", "\"sections\": [ { \"name\": \"空栏目\", \"articles\": [] },");
        Files.writeString(issue, warned, StandardCharsets.UTF_8);
        try (Running watch = new Running("watch", issue.toString(), "-o", dir.resolve("pdf").toString())) {
            SampleFolder.await("the first render", PATIENCE, () -> watch.renders() >= 1);
            Files.writeString(issue, warned.replace("\"date\"", " \"date\""), StandardCharsets.UTF_8);
            SampleFolder.await("the second render", PATIENCE, () -> watch.renders() >= 2);
            String err = watch.err.toString();
            assertEquals(1, err.lines().filter(l -> l.contains("空栏目")).count(), err);
            // the sample's own warnings (its text normalised) are counted with the section's
            long first = err.lines().takeWhile(l -> !l.startsWith("(the same")).filter(l -> l.contains(": warning: ")).count();
            assertTrue(err.contains("(the same " + first + " warning" + (first == 1 ? "" : "s") + " as before)"), err);
        }
    }

    private static String withoutTime(String line) {
        return line.replaceFirst(", \\d+ ms$", ", N ms");
    }

    @Test
    void aMissingDescriptorOrAnOutputThatIsAFileExitsOne() throws Exception {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"watch", dir.resolve("nothing.json").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(Main.INVALID_INPUT, code);
        assertTrue(err.toString().contains("nothing.json does not exist"), err.toString());

        Path issue = SampleFolder.copy(dir.resolve("简报"), "tianjin-2021-08");
        Path file = Files.writeString(dir.resolve("a-file"), "");
        err = new StringWriter();
        code = Main.run(new String[] {"watch", issue.toString(), "-o", file.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(Main.INVALID_INPUT, code);
        assertTrue(err.toString().contains("is a file"), err.toString());
    }

    @Test
    void watchHasHelpAndIsListed() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new String[] {"watch", "--help"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true)));
        assertTrue(out.toString().contains("Usage: jianbao watch") && out.toString().contains("--preview"),
                out.toString());
        out = new StringWriter();
        Main.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertTrue(out.toString().contains("  watch "), out.toString());
    }
}
