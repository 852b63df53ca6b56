package org.jianbao;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jianbao.descriptor.DescriptorReader;
import org.jianbao.export.pdf.PdfExporter;
import org.jianbao.font.FontLibrary;
import org.jianbao.frame.Document;
import org.jianbao.model.Issue;
import org.jianbao.page.Typesetter;

/**
 * The pipeline in one place: descriptor → model → layout → PDF. Fonts come from the {@code fonts/}
 * folder of the jianbao home (the repository root, found from the {@code jianbao.home} system
 * property, the {@code JIANBAO_HOME} variable, or the location of the running jar).
 */
public final class Jianbao {
    private final FontLibrary fonts;
    private final boolean allowMissingGlyphs;
    private Boolean pdfa;

    /**
     * Started once per process: two threads load the line-breaking rules and then the PDF writer,
     * and the word dictionary, while the main thread reads the descriptor.
     */
    private static final List<Thread> WARM_UP = List.of(
            warmUpThread(() -> {
                org.jianbao.inline.InlineLayout.warmUpLines();
                PdfExporter.warmUp();
            }, "jianbao-warm-up"),
            warmUpThread(org.jianbao.inline.InlineLayout::warmUpWords, "jianbao-warm-up-words"));

    private static Thread warmUpThread(Runnable work, String name) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
        return t;
    }

    /**
     * Starts the background warm-up now, if it has not started (the command line calls this first
     * thing, so that the warm-up overlaps with parsing the arguments too).
     */
    public static void warmUp() {
        // initialising this class has started WARM_UP: nothing more to do
    }

    public Jianbao(Path fontsFolder, boolean allowMissingGlyphs) {
        try {
            this.fonts = FontLibrary.of(fontsFolder);
        } catch (IOException e) {
            throw JianbaoException.of("cannot read the fonts folder " + fontsFolder + ": " + e.getMessage()
                    + "; set JIANBAO_HOME to the jianbao folder that holds fonts/");
        }
        this.allowMissingGlyphs = allowMissingGlyphs;
    }

    /** Forces PDF/A-2b on or off whatever the profile says ({@code null}: as the profile says). */
    public Jianbao pdfa(Boolean on) {
        this.pdfa = on;
        return this;
    }

    /** A jianbao reading the bundled fonts. */
    public static Jianbao withBundledFonts() {
        return new Jianbao(home().resolve("fonts"), false);
    }

    /** The jianbao folder (holding {@code fonts/}). */
    public static Path home() {
        String prop = System.getProperty("jianbao.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("JIANBAO_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            Path code = Path.of(Jianbao.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("fonts"))) {
                    return p;
                }
            }
        } catch (Exception e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /** A read descriptor with its warnings. */
    public record Read(Issue issue, List<Problem> warnings) {
    }

    public Read read(Path descriptor) {
        DescriptorReader.Result r = new DescriptorReader(new TreeSet<>(fonts.names())).read(descriptor);
        return new Read(r.issue(), r.warnings());
    }

    /** The laid-out document, and any warnings of layout. */
    public record Laid(Document document, List<Problem> warnings) {
    }

    public Laid layout(Issue issue) {
        Typesetter t = new Typesetter(fonts, allowMissingGlyphs);
        Document d = t.typeset(issue);
        if (pdfa != null) {
            var m = d.metadata();
            d = new Document(d.pages(), d.outline(), new org.jianbao.frame.Metadata(m.title(), m.author(), m.subject(),
                    m.keywords(), m.lang(), m.date(), pdfa), d.structure());
        }
        return new Laid(d, List.copyOf(t.warnings()));
    }

    /**
     * Checks a descriptor without writing anything: its JSON Schema and that of its profile, every
     * rule of the reader, and a layout (characters no font has, content that cannot fit). Returns
     * every problem found, errors and warnings.
     */
    public List<Problem> check(Path descriptor) {
        List<Problem> problems = new ArrayList<>();
        Issue issue = null;
        try {
            Read r = read(descriptor);
            problems.addAll(r.warnings());
            issue = r.issue();
        } catch (JianbaoException e) {
            problems.addAll(e.problems());
        }
        List<Problem> schema = new ArrayList<>(org.jianbao.descriptor.SchemaCheck.check(descriptor,
                org.jianbao.descriptor.SchemaCheck.Kind.ISSUE));
        Path profile = issue == null ? profileOf(descriptor) : null;
        if (issue != null || profile != null) {
            Path p = profile != null ? profile : issue.publication() == null ? null : profileOf(descriptor);
            if (p != null) {
                schema.addAll(org.jianbao.descriptor.SchemaCheck.check(p, org.jianbao.descriptor.SchemaCheck.Kind.PROFILE));
            }
        }
        for (Problem s : schema) {
            // the reader's own message for the same place is the more helpful one
            // (the schema's "one of" reports a wrong block at the block's other fields too: a reader
            // problem at a sibling covers it)
            String parent = s.path().replaceAll("(\\.[^.\\[]+|\\[\\d+])$", "");
            boolean covered = problems.stream().anyMatch(p -> p.isError() && java.util.Objects.equals(p.file(), s.file())
                    && (p.path().startsWith(s.path()) || s.path().startsWith(p.path())
                        || !parent.equals("$") && p.path().startsWith(parent)));
            if (!covered) {
                problems.add(s);
            }
        }
        if (issue != null) {
            try {
                problems.addAll(layout(issue).warnings());
            } catch (JianbaoException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    /** The profile file an issue names, when its "profile" field can be read at all. */
    private static Path profileOf(Path descriptor) {
        try {
            com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(descriptor.toFile()).get("profile");
            if (n == null || !n.isTextual()) {
                return null;
            }
            Path base = descriptor.toAbsolutePath().getParent().normalize();
            Path p = base.resolve(n.asText()).normalize();
            return p.startsWith(base) && Files.isRegularFile(p) ? p : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The outcome of rendering one descriptor. */
    public record Rendered(Path pdf, int pages, List<Problem> warnings) {
    }

    /**
     * Renders {@code descriptor} to {@code outDir/<name>.pdf}. The PDF is written to a temporary
     * file beside the target and moved into place only when complete: a failed run never leaves a
     * half-written file nor touches an existing PDF of the same name.
     */
    public Rendered render(Path descriptor, Path outDir) {
        long t0 = System.nanoTime();
        Read read = read(descriptor);
        long t1 = System.nanoTime();
        Laid laid = layout(read.issue());
        long t2 = System.nanoTime();
        String name = descriptor.getFileName().toString().replaceFirst("\\.json$", "") + ".pdf";
        Path target = outDir.resolve(name);
        write(laid.document(), target);
        if (Boolean.getBoolean("jianbao.timing")) {
            System.err.printf("jianbao: read %d ms, layout %d ms, write %d ms%n", (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        }
        List<Problem> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(laid.warnings());
        return new Rendered(target, laid.document().pages().size(), warnings);
    }

    /** A temporary file is private to its owner; the finished PDF is an ordinary file (rw-r--r--). */
    private static void readableByAll(Path p) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes the PDF atomically (temporary file, then a move). */
    public static void write(Document doc, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                new PdfExporter().write(doc, out);
            }
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw JianbaoException.of("cannot write " + target + ": " + e.getMessage()
                    + "; check that the output folder exists and is writable");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless
                }
            }
        }
    }
}
