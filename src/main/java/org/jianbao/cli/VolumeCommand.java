package org.jianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jianbao.RenderOptions;
import org.jianbao.frame.Variant;
import org.jianbao.problem.JianbaoException;
import org.jianbao.volume.Binder;
import org.jianbao.volume.Volume;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao volume <issue.json|folder>... [-o FILE.pdf] [--year Y] [--format pdf,ofd]}: the year's bound volume. */
@Command(name = "volume", mixinStandardHelpOptions = true,
        description = "Binds a year's issues into one volume (合订本): a cover with the publication's name and the"
                + " year, a contents of every issue and its articles with their pages, then the issues as set"
                + " (mastheads kept), each on a new page, with folios running on through the volume. The issues may"
                + " be given in any order; they are bound by number, supplements (增刊) last.")
final class VolumeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "<issue.json|folder>",
            description = "the issues, or folders whose *.json files (but profile.json) are all issues to bind")
    List<Path> descriptors;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.pdf",
            description = "the file to write (default: output/volume-<year>.pdf; a folder: volume-<year>.pdf in it);"
                    + " an OFD goes beside it with .ofd")
    Path output;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "bind the issues of this year and leave the others out (needed when issues of several"
                    + " years are given)")
    Integer year;

    @CommandLine.Mixin
    WriteOptions write = new WriteOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A workspace's profile (what {@code jianbao init} writes), not an issue, when a folder is given. */
    private static final String PROFILE = "profile.json";
    /** Years a bulletin can have: a year outside is a slip of the keyboard. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2999;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--year " + year + " is not a year of a"
                    + " bulletin; give it in full, e.g. --year 2024");
        }
        long t0 = System.nanoTime();
        List<Path> all = inputs(err);
        if (all == null) {
            return Main.INVALID_INPUT;
        }
        try {
            Binder binder = Binder.withFonts(Home.get().resolve("fonts"), write.allowMissing);
            Volume v = binder.bind(all, year);
            v.warnings().forEach(err::println);
            Path target = target(v.first().year());
            String name = target.getFileName().toString().replaceFirst("(?i)\\.(pdf|ofd)$", "");
            Path folder = target.toAbsolutePath().getParent();
            RenderOptions options = write.options(Variant.NORMAL);
            List<Path> files = binder.export(v, options.exporters(v.first()), folder, name);
            StringBuilder written = new StringBuilder();
            for (Path f : files) {
                written.append(written.length() == 0 ? "" : ", ").append(target.resolveSibling(f.getFileName()))
                        .append(String.format(" (%.0f KB)", Files.size(f) / 1024.0));
            }
            int n = v.issues().size();
            out.printf("%d issue%s of %d → %s, %d pages, %d ms%n", n, n == 1 ? "" : "s", v.first().year(), written,
                    v.document().pages().size(), (System.nanoTime() - t0) / 1_000_000);
            return Main.OK;
        } catch (JianbaoException e) {
            e.problems().forEach(err::println);
            err.println("jianbao: the volume was not written; " + (e.isEnvironment() ? "free the disk or fix the folder"
                    : "fix the errors above") + " (any earlier file is unchanged)");
            return Main.failure(e);
        } catch (IOException e) {
            err.println("jianbao: error: " + e.getMessage());
            return Main.ENVIRONMENT;
        }
    }

    /** The file to write: {@code -o} as given, in a folder it names, or {@code output/volume-<year>.pdf}. */
    private Path target(int y) {
        String file = "volume-" + y + ".pdf";
        if (output == null) {
            return Path.of("output", file);
        }
        return Files.isDirectory(output) ? output.resolve(file) : output;
    }

    /** The issues given, folders expanded to their *.json files; null after reporting what cannot be used. */
    private List<Path> inputs(PrintWriter err) {
        List<Path> all = new ArrayList<>();
        for (Path d : descriptors) {
            if (!Files.isDirectory(d)) {
                all.add(d);
                continue;
            }
            try (var files = Files.list(d)) {
                List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".json")
                        && !p.getFileName().toString().equals(PROFILE) && Files.isRegularFile(p)).sorted().toList();
                if (found.isEmpty()) {
                    err.println("jianbao: error: the folder " + d + " holds no issue (*.json)");
                    return null;
                }
                all.addAll(found);
            } catch (IOException e) {
                err.println("jianbao: error: cannot list the folder " + d + ": " + e.getMessage());
                return null;
            }
        }
        return all;
    }
}
