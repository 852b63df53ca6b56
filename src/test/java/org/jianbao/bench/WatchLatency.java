package org.jianbao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jianbao.RenderOptions;
import org.jianbao.SampleFolder;
import org.jianbao.TestFonts;
import org.jianbao.watch.Outcome;
import org.jianbao.watch.Session;

/**
 * Edit → new PDF, as a user of {@code jianbao watch} waits for it: a running session, a title
 * edited and saved, the time until the new PDF is in the output folder — the watch service's
 * event, the debounce (200 ms of quiet), the read, layout and write. Warm-up edits first, then the
 * measured ones; prints the median, the fastest and the slowest.
 *
 * <pre>bench/jmh.sh is for JMH; this one runs on its own:
 * java -Djianbao.home=. -cp target/test-classes:target/classes:$(cat target/bench.classpath) \
 *     org.jianbao.bench.WatchLatency [sample] [--preview]</pre>
 */
public final class WatchLatency {
    private static final int WARM_UP = 30;
    private static final int MEASURED = 20;

    private WatchLatency() {
    }

    public static void main(String[] args) throws Exception {
        String sample = args.length > 0 && !args[0].startsWith("-") ? args[0] : "zhejiang-2020-07";
        boolean preview = List.of(args).contains("--preview");
        Path folder = Files.createTempDirectory("jianbao-watch-latency");
        Path descriptor = SampleFolder.copy(folder, sample);
        String text = Files.readString(descriptor, StandardCharsets.UTF_8);
        BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
        Session session = new Session(TestFonts.jianbao(), descriptor, folder.resolve("out"),
                RenderOptions.asProfile(), preview ? 100f : null);
        Thread watching = new Thread(() -> {
            try {
                session.run(outcomes::add);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch");
        watching.start();
        awaitDone(outcomes, preview);
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            Thread.sleep(300);   // the session is idle again, as between a user's saves
            String edited = i % 2 == 0 ? text.replaceFirst("\"title\": \"", "\"title\": \"★") : text;
            long t0 = System.nanoTime();
            Files.writeString(descriptor, edited, StandardCharsets.UTF_8);
            awaitDone(outcomes, preview);
            if (i >= WARM_UP) {
                ms.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        session.close();
        watching.join();
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "%s%s: edit → new %s, median %d ms (fastest %d, slowest %d) over %d edits;"
                        + " of which the debounce waits 200 ms%n", sample, preview ? " --preview" : "",
                preview ? "PDF and page images" : "PDF", ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1),
                ms.size());
    }

    /** Waits for the render (and, with preview, the page images) of one change. */
    private static void awaitDone(BlockingQueue<Outcome> outcomes, boolean preview) throws InterruptedException {
        while (true) {
            Outcome o = outcomes.poll(60, TimeUnit.SECONDS);
            if (o == null || o instanceof Outcome.Refused || o instanceof Outcome.Broken) {
                throw new IllegalStateException("the session did not render the edit: " + o);
            }
            if (preview ? o instanceof Outcome.Previewed : o instanceof Outcome.Rendered) {
                return;
            }
        }
    }
}
