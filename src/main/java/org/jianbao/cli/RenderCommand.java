package org.jianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jianbao.Jianbao;
import org.jianbao.RenderOptions;
import org.jianbao.frame.Variant;
import org.jianbao.problem.JianbaoException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao render <descriptor.json>... [-o DIR]}. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders each descriptor to DIR/<descriptor-name>.pdf (and .ofd with --format pdf,ofd).")
final class RenderCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "<descriptor.json|folder>",
            description = "issue descriptors, or folders whose *.json files are all rendered in one run")
    List<Path> descriptors;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "output folder (default: output)")
    Path output = Path.of("output");

    @Option(names = "--variant", paramLabel = "normal|overprint|mono",
            description = "overprint (套打): leave out the masthead's name and red rules, for paper printed with them;"
                    + " mono: every colour as black, for an office printer (the file's name says which)")
    Variant variant = Variant.NORMAL;

    @Option(names = "--numbered-copies", paramLabel = "N",
            description = "write N copies, each with its six-digit copy number (份号; profile marks.copyNumber)")
    int copies;

    @Option(names = "--one-file", description = "with --numbered-copies: all the copies in one file")
    boolean oneFile;

    @CommandLine.Mixin
    WriteOptions write = new WriteOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return render(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * The command of {@code args} when they are {@code render}, then only descriptors and the
     * options of this command written out in full ({@code -o DIR}, {@code --output DIR} and the
     * flags), each at most once; {@code null} for anything else, which picocli then parses.
     */
    static RenderCommand plain(String[] args) {
        if (args.length < 2 || !args[0].equals("render")) {
            return null;
        }
        RenderCommand c = new RenderCommand();
        c.descriptors = new java.util.ArrayList<>();
        boolean onlyFiles = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        try {
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (onlyFiles || !a.startsWith("-") || a.equals("-")) {
                    c.descriptors.add(Path.of(a));
                } else if (!seen.add(a.equals("--output") ? "-o" : a)) {
                    return null;   // given twice: picocli says what is wrong
                } else if (a.equals("--")) {
                    onlyFiles = true;
                } else if ((a.equals("-o") || a.equals("--output")) && i + 1 < args.length
                        && !args[i + 1].startsWith("-")) {
                    c.output = Path.of(args[++i]);
                } else if (a.equals("--allow-missing-glyphs")) {
                    c.write.allowMissing = true;
                } else if (a.equals("--no-pdfa")) {
                    c.write.noPdfa = true;
                } else if (a.equals("--debug")) {
                    c.write.debug = true;
                } else {
                    return null;
                }
            }
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        return c.descriptors.isEmpty() ? null : c;
    }

    /** More copies than a secretariat prints of a bulletin: a slip of the keyboard. */
    static final int MAX_COPIES = 9999;

    int render(PrintWriter out, PrintWriter err) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            err.println("jianbao: error: the output folder " + output + " is a file; give a folder with -o");
            return Main.INVALID_INPUT;
        }
        Jianbao jb;
        try {
            jb = Home.jianbao(write.allowMissing);
        } catch (JianbaoException e) {
            e.problems().forEach(err::println);
            return Main.failure(e);
        }
        jb.fontWarnings().forEach(err::println);
        List<Path> all = inputs(err);
        if (all == null || !distinctOutputs(all, err)) {
            return Main.INVALID_INPUT;
        }
        long start = System.nanoTime();
        boolean timing = Boolean.getBoolean("jianbao.timing");
        if (copies < 0 || copies > MAX_COPIES || oneFile && copies == 0) {
            err.println("jianbao: error: --numbered-copies takes 1 to " + MAX_COPIES + (oneFile
                    ? "; --one-file goes with it" : ""));
            return Main.USAGE;
        }
        RenderOptions options = write.options(variant);
        if (timing) {
            err.printf("jianbao: command line and font folder %d ms%n", (start - Main.started) / 1_000_000);
        }
        int code = Main.OK;
        int rendered = 0;
        for (int n = 1; n <= all.size(); n++) {
            Path d = all.get(n - 1);
            String counter = all.size() > 1 ? "[" + n + "/" + all.size() + "] " : "";
            long t0 = System.nanoTime();
            try {
                Jianbao.Rendered r = copies == 0 ? jb.render(d, output, options)
                        : NumberedCopies.render(jb, d, output, options, copies, oneFile);
                r.warnings().forEach(err::println);
                if (timing) {
                    err.printf("jianbao: read %d ms, layout %d ms, write %d ms%n", r.readNanos() / 1_000_000,
                            r.layoutNanos() / 1_000_000, r.writeNanos() / 1_000_000);
                }
                StringBuilder files = new StringBuilder();
                for (Path f : r.files()) {
                    files.append(files.length() == 0 ? "" : ", ").append(f)
                            .append(String.format(" (%.0f KB)", Files.size(f) / 1024.0));
                }
                out.printf("%s%s → %s, %d pages, %d ms%n", counter, d, files, r.pages(),
                        (System.nanoTime() - t0) / 1_000_000);
                rendered++;
            } catch (JianbaoException e) {
                e.problems().forEach(err::println);
                err.println("jianbao: " + d + " not rendered; " + (e.isEnvironment() ? "free the disk or fix the folder"
                        : "fix the errors above") + " (any earlier PDF is unchanged)");
                code = Math.max(code, Main.failure(e));
            } catch (OutOfMemoryError e) {
                // the objects are unreachable now: the next descriptor has the whole heap again
                err.println("jianbao: error: " + d + " needs more memory than the " + Runtime.getRuntime().maxMemory() / (1 << 20)
                        + " MiB allowed; it is far larger than a bulletin (a huge table or text?) — not rendered, any"
                        + " earlier PDF is unchanged");
                code = Math.max(code, Main.INVALID_INPUT);
            } catch (java.io.IOException e) {
                err.println("jianbao: error: " + d + ": " + e.getMessage());
                code = Math.max(code, Main.ENVIRONMENT);
            }
        }
        if (all.size() > 1) {
            out.printf("jianbao: %d of %d rendered in %.1f s%s%n", rendered, all.size(),
                    (System.nanoTime() - start) / 1e9, rendered < all.size() ? "; see the errors above" : "");
        }
        return code;
    }

    /** The descriptors given, folders expanded to their *.json files; null after reporting a folder that cannot be listed. */
    private List<Path> inputs(PrintWriter err) {
        List<Path> all = new ArrayList<>();
        for (Path d : descriptors) {
            if (Files.isDirectory(d)) {
                try (var files = Files.list(d)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                            .forEach(all::add);
                } catch (java.io.IOException e) {
                    err.println("jianbao: error: cannot list the folder " + d + ": " + e.getMessage());
                    return null;
                }
            } else {
                all.add(d);
            }
        }
        return all;
    }

    /** Two inputs that would write one PDF are an error before anything is written. */
    private boolean distinctOutputs(List<Path> all, PrintWriter err) {
        Map<String, Path> byName = new HashMap<>();
        boolean ok = true;
        for (Path d : all) {
            String name = d.getFileName().toString().replaceFirst("\\.json$", "") + ".pdf";
            Path first = byName.putIfAbsent(name, d);
            if (first != null && !first.toAbsolutePath().normalize().equals(d.toAbsolutePath().normalize())) {
                err.println("jianbao: error: " + first + " and " + d + " would both be written to "
                        + output.resolve(name) + "; render them into different folders (-o) or rename one");
                ok = false;
            }
        }
        return ok;
    }
}
