package org.jianbao.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jianbao.Jianbao;
import org.jianbao.RenderOptions;
import org.jianbao.model.Issue;
import org.jianbao.problem.JianbaoException;
import org.jianbao.problem.Problem;

/**
 * One issue rendered again whenever the files it is made of change, by one {@link Jianbao} whose
 * fonts and pictures stay loaded. After each render, what to watch is worked out again from what
 * was read (a new picture, another Markdown file); after a render that failed, the files watched
 * before stay watched. A failed render writes nothing, so the last good PDF and page images stay.
 */
public final class Session implements AutoCloseable {
    private final Jianbao jianbao;
    private final Path descriptor;
    private final Path output;
    private final String name;
    private final RenderOptions options;
    private final PagePreview preview;
    private final FolderWatch watch;
    /** Set by {@link #close}: a render still running is finishing while the process ends. */
    private volatile boolean closed;

    /**
     * @param previewDpi the resolution of page images to draw beside the PDF, or null for none
     * @throws IOException when the system gives no watch service
     */
    public Session(Jianbao jianbao, Path descriptor, Path output, RenderOptions options, Float previewDpi)
            throws IOException {
        this.jianbao = jianbao;
        this.descriptor = descriptor;
        this.output = output;
        this.name = options.name(descriptor.getFileName().toString().replaceFirst("\\.json$", ""));
        this.options = options;
        this.preview = previewDpi == null ? null : new PagePreview(previewDpi);
        this.watch = new FolderWatch();
    }

    /**
     * Renders, then renders again after each change, until {@link #close} is called or the thread
     * is interrupted; each render's outcomes go to {@code report}.
     */
    public void run(Consumer<Outcome> report) throws InterruptedException {
        renderOnce(report);
        while (watch.awaitChange()) {
            renderOnce(report);
        }
    }

    /** The files watched now. */
    public Set<Path> sources() {
        return watch.files();
    }

    /**
     * One render: the PDF (and the other formats asked for), then the page images if asked for.
     * Once the session is closed, only what was written is reported: a failure then is the process
     * ending under the render (Ctrl-C), not something to fix.
     */
    public void renderOnce(Consumer<Outcome> to) {
        Consumer<Outcome> report = o -> {
            if (!closed || o instanceof Outcome.Rendered || o instanceof Outcome.Previewed) {
                to.accept(o);
            }
        };
        Issue issue = null;
        Set<Path> inputs = new LinkedHashSet<>(watch.files());
        inputs.add(Sources.canonical(descriptor));
        Stamps before = Stamps.of(inputs);   // a save while this render reads is seen after it
        try {
            long t0 = System.nanoTime();
            Jianbao.Read read = jianbao.read(descriptor);
            issue = read.issue();
            Jianbao.Laid laid = jianbao.layout(issue, options.copy());
            List<Path> files = jianbao.export(options.variant().apply(laid.document()), options.exporters(issue), output, name);
            List<Problem> warnings = new ArrayList<>(read.warnings());
            warnings.addAll(laid.warnings());
            report.accept(new Outcome.Rendered(descriptor, files, laid.document().pages().size(), warnings,
                    System.nanoTime() - t0));
            if (preview != null) {
                report.accept(previewed(laid));
            }
        } catch (JianbaoException e) {
            report.accept(new Outcome.Refused(descriptor, false, e.problems(), e.isEnvironment()));
        } catch (OutOfMemoryError e) {
            // the issue's objects are unreachable now: the session has the whole heap again
            report.accept(new Outcome.TooLarge(descriptor, Runtime.getRuntime().maxMemory()));
        } catch (RuntimeException | StackOverflowError e) {
            report.accept(new Outcome.Broken(descriptor, e));
        } catch (Error e) {
            if (!closed) {
                throw e;
            }
            // the process is ending under the render (Ctrl-C): a class that is first loaded now
            // cannot register its shutdown hook, and nothing of this render matters any more
        } finally {
            Set<Path> now = new LinkedHashSet<>(Sources.of(descriptor, issue));
            if (issue == null) {
                now.addAll(watch.files());   // what could not be read may still be made of them
            }
            boolean changed = !now.equals(watch.files());
            watch.watch(now, before);   // again even when unchanged: a folder made since is watched from now on
            if (changed) {
                report.accept(new Outcome.Watching(List.copyOf(now)));
            }
        }
    }

    private Outcome previewed(Jianbao.Laid laid) {
        try {
            return preview.write(jianbao, laid.document(), output, name);
        } catch (JianbaoException e) {
            return new Outcome.Refused(descriptor, true, e.problems(), e.isEnvironment());
        }
    }

    /** Ends the session: {@link #run} returns after the render in progress, if any. */
    @Override
    public void close() {
        closed = true;
        watch.close();
    }
}
