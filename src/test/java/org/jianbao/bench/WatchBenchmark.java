package org.jianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jianbao.RenderOptions;
import org.jianbao.SampleFolder;
import org.jianbao.TestFonts;
import org.jianbao.watch.Outcome;
import org.jianbao.watch.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm re-render of {@code jianbao watch}: an article title edited and saved, then what the
 * session does on that change — the descriptor read, laid out, and the PDF written into the
 * output folder (atomically, as the user's viewer sees it) — by the session's own code with its
 * fonts and pictures loaded. The debounce before it (200 ms of quiet, see FolderWatch) is not
 * included; {@link WatchLatency} measures the whole edit → new PDF. Run with
 * {@code bench/jmh.sh WatchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WatchBenchmark {
    @Param({"zhejiang-2020-07", "tianjin-2021-08", "tianjin-2023-06", "stress-2024-01"})
    public String sample;

    /** pdf: the PDF only; preview: the PDF and the page images of the pages that changed. */
    @Param({"pdf"})
    public String mode;

    private Path folder;
    private Path descriptor;
    private String text;
    private Session session;
    private int edits;
    private Outcome last;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("jianbao-watch-bench");
        descriptor = SampleFolder.copy(folder, sample);
        text = Files.readString(descriptor, StandardCharsets.UTF_8);
        session = new Session(TestFonts.jianbao(), descriptor, folder.resolve("out"), RenderOptions.asProfile(),
                mode.equals("preview") ? 100f : null);
    }

    @Benchmark
    public Outcome editAndRender() throws IOException {
        // the first title gets a mark on every other save: the contents and one article change
        String edited = edits++ % 2 == 0 ? text.replaceFirst("\"title\": \"", "\"title\": \"★") : text;
        Files.writeString(descriptor, edited, StandardCharsets.UTF_8);
        session.renderOnce(o -> last = o instanceof Outcome.Watching ? last : o);
        if (!(last instanceof Outcome.Rendered || last instanceof Outcome.Previewed)) {
            throw new IllegalStateException("the edited sample did not render: " + last);
        }
        return last;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        session.close();
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
