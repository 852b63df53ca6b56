package org.jianbao.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jianbao.Jianbao;
import org.jianbao.TestFonts;
import org.jianbao.RenderOptions;
import org.jianbao.model.Issue;
import org.jianbao.frame.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm in-process render of each sample: descriptor read, layout and PDF written to memory,
 * as a batch process or a server would do it after the first issue. Run with bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
    @Param({"zhejiang-2020-07", "tianjin-2021-08", "tianjin-2023-06", "stress-2024-01"})
    public String sample;

    private Jianbao jianbao;
    private Path descriptor;

    @Setup
    public void setUp() {
        jianbao = TestFonts.jianbao();
        descriptor = TestFonts.home().resolve("issues").resolve(sample + ".json");
    }

    @Benchmark
    public int render() throws IOException {
        Issue issue = jianbao.read(descriptor).issue();
        Document doc = jianbao.layout(issue).document();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 19);
        RenderOptions.asProfile().pdf(issue).write(doc, out);
        return out.size();
    }

    @Benchmark
    public int layoutOnly() {
        return jianbao.layout(jianbao.read(descriptor).issue()).document().pages().size();
    }
}
