package org.jianbao.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jianbao.Samples;
import org.jianbao.TestFonts;
import org.jianbao.frame.Trace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden text traces of the samples' layout: every glyph run, rule, picture and link with its
 * position. A layout change shows up as a readable diff. To accept a deliberate change, run
 * {@code mvn test -Djianbao.updateTraces=true} and review the diff of src/test/resources/traces.
 * A missing trace fails the test: it is never written as a side effect.
 */
class GoldenTraceTest {
    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void layoutMatchesItsGoldenTrace(String name) throws IOException {
        String actual = Trace.of(Samples.get(name).document());
        Path golden = TestFonts.home().resolve("src/test/resources/traces").resolve(name + ".trace");
        if (Boolean.getBoolean("jianbao.updateTraces")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), golden.getFileName() + " is missing: run with -Djianbao.updateTraces=true"
                + " to write it, after looking at the sample's pages");
        String expected = Files.readString(golden);
        if (!expected.equals(actual)) {
            Path got = Samples.outputFolder().resolve(name + ".trace");
            Files.createDirectories(got.getParent());
            Files.writeString(got, actual);
            // the first differing line, readable, instead of two whole traces
            String[] e = expected.split("\n");
            String[] a = actual.split("\n");
            for (int i = 0; i < Math.min(e.length, a.length); i++) {
                assertEquals(e[i], a[i], "line " + (i + 1) + " of " + golden.getFileName() + " (whole trace: " + got + ")");
            }
            assertEquals(e.length, a.length, "trace length of " + golden.getFileName());
        }
    }
}
