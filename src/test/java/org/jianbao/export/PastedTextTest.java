package org.jianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianbao.Samples;
import org.jianbao.text.Links;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a reader copies from the PDF (issue 10 "Done when"): on every sample and on the pasted-text
 * cases, no ASCII punctuation stands beside a Chinese character — outside addresses, numbers and
 * inline code — and no address keeps the angle brackets it was pasted with. Checked on the text
 * that PDFBox extracts and, when poppler is installed, on pdftotext's.
 */
class PastedTextTest {
    private static final Pattern ASCII_BESIDE_CHINESE = Pattern.compile(
            "[\\p{IsHan}，。、；：？！（）「」『』《》“”][,.;:?!()\\[\\]\"'<>]|[,.;:?!()\\[\\]\"'<>][\\p{IsHan}，。、；：？！（）「」『』《》“”]");
    /** Marks inside numbers and list numbers: 3.14, 1,000, 10:30, 1. */
    private static final Pattern NUMBER = Pattern.compile("\\d[.,:]\\d|(?<![\\d.])\\d{1,2}\\.");
    /** The inline code of a case's Markdown, which keeps its marks by design. */
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    static List<String> documents() {
        List<String> all = new ArrayList<>(Samples.NAMES);
        all.addAll(Samples.PASTED);
        return all;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void noAsciiPunctuationBesideChineseInWhatPdfBoxExtracts(String name) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Samples.get(name).pdf().toFile())) {
            assertClean(name, new PDFTextStripper().getText(pdf));
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void noAsciiPunctuationBesideChineseInWhatPdftotextExtracts(String name) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", Samples.get(name).pdf().toString(), "-").start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("pdftotext (poppler-utils) is not installed");
            return;
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertClean(name, text);
    }

    private static void assertClean(String name, String text) throws IOException {
        assertFalse(text.contains("<http") || text.contains("<www") || text.contains("<mailto"),
                name + ": an address keeps its angle brackets");
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            String masked = mask(name, line);
            Matcher m = ASCII_BESIDE_CHINESE.matcher(masked);
            while (m.find()) {
                found.add(line.substring(Math.max(0, m.start() - 6), Math.min(line.length(), m.end() + 6)));
            }
        }
        assertEquals(List.of(), found, name + ": ASCII punctuation beside Chinese");
    }

    /** The line with its addresses, numbers and inline code blanked out. */
    private static String mask(String name, String line) throws IOException {
        char[] c = line.toCharArray();
        for (Links.Link l : Links.find(line)) {
            java.util.Arrays.fill(c, l.start(), l.end(), 'x');
        }
        Matcher n = NUMBER.matcher(line);
        while (n.find()) {
            java.util.Arrays.fill(c, n.start(), n.end(), '0');
        }
        for (String code : inlineCode(name)) {
            for (int at = line.indexOf(code); at >= 0; at = line.indexOf(code, at + 1)) {
                java.util.Arrays.fill(c, at, at + code.length(), 'x');
            }
        }
        return new String(c);
    }

    private static List<String> inlineCode(String name) throws IOException {
        List<String> out = new ArrayList<>();
        java.nio.file.Path folder = Samples.descriptor(name).getParent();
        try (var files = Files.list(folder)) {
            for (java.nio.file.Path md : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Matcher m = CODE.matcher(Files.readString(md));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
