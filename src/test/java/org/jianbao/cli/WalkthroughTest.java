package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianbao.SampleFolder;
import org.jianbao.TestFonts;
import org.jianbao.importer.MemberDocxAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's routine in five commands — init, new, import, watch, render — read from the README
 * itself and run through {@code Main.run} in a temporary folder holding a member company's Word
 * file; {@code watch} runs until its first render and is then stopped. The README's commands and
 * what the program does cannot drift apart: the only liberty taken is the issue files' names,
 * which follow today's date (the README shows them for one year), mapped in the order the
 * commands make them.
 */
class WalkthroughTest {
    private static final String HEADING = "### The routine in five commands";
    /** Option values that are not paths. */
    private static final Set<String> WORDS = Set.of("--name", "--section", "--format", "--at");
    private static final Pattern ISSUE = Pattern.compile(".*/issues/\\d{4}/[^/]+\\.json");
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    /** The commands of the README's walkthrough, each split into its arguments (double quotes kept together). */
    static List<List<String>> readmeCommands() throws Exception {
        String readme = Files.readString(TestFonts.home().resolve("README.md"));
        int at = readme.indexOf(HEADING);
        assertTrue(at >= 0, "the README lost its heading \"" + HEADING + "\"");
        int open = readme.indexOf("```sh\n", at) + "```sh\n".length();
        String block = readme.substring(open, readme.indexOf("```", open));
        List<List<String>> commands = new ArrayList<>();
        for (String line : block.strip().split("\n")) {
            List<String> args = new ArrayList<>();
            Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
            while (m.find()) {
                args.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            assertEquals("jianbao", args.get(0), "each line of the walkthrough is a jianbao command: " + line);
            commands.add(args.subList(1, args.size()));
        }
        return commands;
    }

    @Test
    void theReadmesFiveCommandsMakeAnIssueFromAWordFile() throws Exception {
        List<List<String>> commands = readmeCommands();
        assertEquals(List.of("init", "new", "import", "watch", "render"), commands.stream().map(c -> c.get(0)).toList(),
                "the walkthrough is the routine: init, new, import, watch, render");
        List<String> readmeIssues = commands.stream().flatMap(List::stream).filter(a -> ISSUE.matcher(a).matches())
                .distinct().toList();
        MemberDocxAccess.write(dir.resolve("来稿.docx"));
        List<Path> made = new ArrayList<>();
        String title = null;
        for (List<String> command : commands) {
            String[] args = arguments(command, readmeIssues, made);
            if (command.get(0).equals("watch")) {
                watchUntilFirstRender(args);
            } else {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
                assertEquals(0, code, String.join(" ", command) + "\n" + out + err);
                String all = out + "\n" + err;
                assertFalse(all.contains("Exception"), all);
                Matcher imported = Pattern.compile("Imported 《([^》]+)》").matcher(out.toString());
                if (imported.find()) {
                    title = imported.group(1);
                }
            }
            newIssues(made);
        }
        assertEquals(readmeIssues.size(), made.size(), "the README's issue files and those the commands made: " + made);
        Path issue = made.get(made.size() - 1);
        Path pdf = dir.resolve("简报/pdf").resolve(issue.getFileName().toString().replace(".json", ".pdf"));
        String text = pdfText(pdf);
        assertTrue(title != null && text.contains(squeeze(title)), "the imported article's title is in the PDF");
        assertTrue(text.contains("江苏省信息技术协会工作简报"), "the publication's name, from init, is in the PDF");
        for (String paragraph : paragraphs(issue)) {
            assertTrue(text.contains(squeeze(paragraph)), "missing from the PDF: " + paragraph);
        }
    }

    /** {@code command} with the README's issue names replaced by those made, and paths made absolute in the test's folder. */
    private String[] arguments(List<String> command, List<String> readmeIssues, List<Path> made) {
        List<String> args = new ArrayList<>();
        args.add(command.get(0));
        for (int i = 1; i < command.size(); i++) {
            String a = command.get(i);
            if (a.startsWith("-")) {
                args.add(a);
                if (WORDS.contains(a)) {
                    args.add(command.get(++i));
                }
                continue;
            }
            int n = readmeIssues.indexOf(a);
            assertTrue(n < made.size(), a + " is used before a command made it");
            args.add(n >= 0 ? made.get(n).toString() : dir.resolve(a).toString());
        }
        return args.toArray(String[]::new);
    }

    /** Adds the issue files made since the last look, in name order. */
    private void newIssues(List<Path> made) throws Exception {
        Path issues = dir.resolve("简报/issues");
        if (!Files.isDirectory(issues)) {
            return;
        }
        try (Stream<Path> all = Files.walk(issues)) {
            all.filter(p -> p.toString().endsWith(".json") && !made.contains(p)).sorted().forEach(made::add);
        }
    }

    private void watchUntilFirstRender(String[] args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] code = {-1};
        Thread t = new Thread(() -> code[0] = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true)),
                "walkthrough-watch");
        t.start();
        try {
            SampleFolder.await("watch's first render (PDF and page images)", PATIENCE,
                    () -> out.toString().contains("page images 1–") && out.toString().contains("watching "));
        } finally {
            t.interrupt();
            t.join(PATIENCE.toMillis());
        }
        assertEquals(0, code[0], out + "\n" + err);
        assertTrue(out.toString().contains(".pdf ("), out.toString());
    }

    /** The text of every plain paragraph of the issue's articles. */
    private static List<String> paragraphs(Path issue) throws Exception {
        JsonNode tree = new ObjectMapper().readTree(issue.toFile());
        List<String> texts = new ArrayList<>();
        for (JsonNode section : tree.get("sections")) {
            for (JsonNode article : section.get("articles")) {
                for (JsonNode block : article.path("body")) {
                    // a plain string is a paragraph (docs/descriptor.md, "Blocks"), bold marked with **
                    if (block.isTextual()) {
                        texts.add(block.asText().replace("**", ""));
                    }
                }
            }
        }
        assertFalse(texts.isEmpty(), "the imported article has paragraphs");
        return texts;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return squeeze(new PDFTextStripper().getText(d));
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
