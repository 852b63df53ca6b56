package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jianbao.TestFonts;
import org.jianbao.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken and hostile descriptors in {@code src/test/resources/hostile/<case>/}: each
 * holds {@code input.json} (and whatever files it refers to) and {@code expect.txt}, whose first
 * line is {@code exit: N} and whose other lines are fragments the output must contain. Every case
 * is checked and rendered: the exit code and messages are as expected, no stack trace is printed,
 * a failed render writes no PDF, and a PDF that is written passes veraPDF (PDF/A-2b, PDF/UA-1).
 */
class HostileInputTest {
    static final Path CORPUS = TestFonts.home().resolve("src/test/resources/hostile");

    @TempDir
    Path out;

    static List<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> Files.exists(p.resolve("expect.txt"))).map(p -> p.getFileName().toString()).sorted()
                    .toList();
        }
    }

    private record Outcome(int code, String text) {
    }

    private static Outcome run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Outcome(code, o + "\n" + e);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void brokenInputGivesItsMessageAndNoPdf(String name) throws IOException {
        Path dir = CORPUS.resolve(name);
        List<String> expect = Files.readAllLines(dir.resolve("expect.txt")).stream().filter(l -> !l.isBlank()).toList();
        int exit = Integer.parseInt(expect.get(0).replace("exit:", "").trim());
        String input = dir.resolve("input.json").toString();
        for (String command : new String[] {"check", "render"}) {
            Outcome o = command.equals("render") ? run(command, input, "-o", out.toString()) : run(command, input);
            assertEquals(exit, o.code(), command + " " + name + ":\n" + o.text());
            for (String fragment : expect.subList(1, expect.size())) {
                if (command.equals("check") || exit == 0 || !fragment.startsWith("check:")) {
                    String f = fragment.startsWith("check:") ? fragment.substring(6).trim() : fragment;
                    assertTrue(o.text().contains(f), command + " " + name + " lacks \"" + f + "\":\n" + o.text());
                }
            }
            assertFalse(o.text().contains("Exception") || o.text().contains("\tat "), "stack trace:\n" + o.text());
        }
        assertEquals(exit == 0, Files.exists(out.resolve("input.pdf")), "PDF written: " + (exit == 0));
        if (exit == 0) {
            // what a hostile input makes must still be an archive file and accessible
            String a = VeraPdf.failures(out.resolve("input.pdf"), PDFAFlavour.PDFA_2_B);
            assertTrue(a.isEmpty(), name + " fails PDF/A-2b: " + a);
            String ua = VeraPdf.failures(out.resolve("input.pdf"), PDFAFlavour.PDFUA_1);
            assertTrue(ua.isEmpty(), name + " fails PDF/UA-1: " + ua);
        }
    }
}
