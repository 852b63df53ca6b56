package org.jianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.jianbao.problem.Problem;
import org.jianbao.watch.Outcome;

/**
 * Prints what a watch session did, each render's line as {@code render} prints it after the time
 * of day: {@code [14:03:12] issues/a.json → output/a.pdf (230 KB), 7 pages, 41 ms}; problems as
 * {@code file:line:column: error: …} on the error stream, the warnings of a render once while they
 * stay the same from save to save (a line says how many there still are).
 */
final class WatchReport implements Consumer<Outcome> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** At most this many watched files are named; the rest are counted. */
    private static final int NAMED = 6;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean debug;
    /** The warnings of the last render, not printed again while they stay the same. */
    private List<Problem> shown = List.of();

    WatchReport(PrintWriter out, PrintWriter err, boolean debug) {
        this.out = out;
        this.err = err;
        this.debug = debug;
    }

    @Override
    public void accept(Outcome outcome) {
        String at = "[" + LocalTime.now().format(TIME) + "] ";
        if (outcome instanceof Outcome.Rendered r) {
            if (!r.warnings().isEmpty() && r.warnings().equals(shown)) {
                err.println("(the same " + r.warnings().size() + " warning" + (r.warnings().size() == 1 ? "" : "s")
                        + " as before)");
            } else {
                r.warnings().forEach(err::println);
            }
            shown = r.warnings();
            out.printf("%s%s → %s, %d pages, %d ms%n", at, r.descriptor(), sizes(r.files()), r.pages(),
                    r.nanos() / 1_000_000);
        } else if (outcome instanceof Outcome.Previewed p) {
            out.println(at + previewed(p));
        } else if (outcome instanceof Outcome.Refused f) {
            f.problems().forEach(err::println);
            shown = List.of();
            err.println(at + "jianbao: " + (f.pageImages() ? "the page images of " + f.descriptor() + " not drawn"
                    : f.descriptor() + " not rendered") + "; " + (f.environment() ? "free the disk or fix the folder"
                    : "fix the errors above") + " (the last good " + (f.pageImages() ? "images are" : "PDF is")
                    + " kept)");
        } else if (outcome instanceof Outcome.TooLarge t) {
            err.println(at + "jianbao: error: " + t.descriptor() + " needs more memory than the "
                    + t.maxHeapBytes() / (1 << 20) + " MiB allowed; it is far larger than a bulletin (a huge table or"
                    + " text?) — not rendered, the last good PDF is kept");
        } else if (outcome instanceof Outcome.Watching w) {
            out.println(at + "watching " + names(w.files()) + " (Ctrl-C stops)");
        } else if (outcome instanceof Outcome.Broken b) {
            err.println(at + "jianbao: internal error: " + b.bug() + " — please report this with the descriptor that"
                    + " caused it (run with --debug for details); still watching");
            if (debug) {
                b.bug().printStackTrace(err);
            }
        }
        out.flush();
        err.flush();
    }

    private static String previewed(Outcome.Previewed p) {
        StringBuilder s = new StringBuilder();
        if (p.files().isEmpty()) {
            s.append("page images unchanged");
        } else {
            s.append(p.first() == p.last() ? "page image " + p.first() : "page images " + p.first() + "–" + p.last())
                    .append(" → ").append(Shown.path(p.files().get(0)));
            if (p.files().size() > 1) {
                s.append(" … ").append(p.files().get(p.files().size() - 1).getFileName());
            }
        }
        if (!p.removed().isEmpty()) {
            s.append("; removed ").append(p.removed().size()).append(" of pages no longer there");
        }
        return s.append(", ").append(p.nanos() / 1_000_000).append(" ms").toString();
    }

    /** {@code output/a.pdf (230 KB), output/a.ofd (180 KB)}, as {@code render} prints them. */
    private static String sizes(List<Path> files) {
        StringBuilder s = new StringBuilder();
        for (Path f : files) {
            long size;
            try {
                size = Files.size(f);
            } catch (IOException e) {
                size = 0;
            }
            s.append(s.length() == 0 ? "" : ", ").append(f).append(String.format(" (%.0f KB)", size / 1024.0));
        }
        return s.toString();
    }

    private static String names(List<Path> files) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(NAMED, files.size()); i++) {
            s.append(i == 0 ? "" : ", ").append(Shown.path(files.get(i)));
        }
        if (files.size() > NAMED) {
            s.append(" and ").append(files.size() - NAMED).append(" more files");
        }
        return s.toString();
    }
}
