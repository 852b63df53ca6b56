package org.jianbao.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jianbao.Jianbao;
import org.jianbao.Samples;
import org.jianbao.TestFonts;
import org.jianbao.frame.Document;
import org.jianbao.frame.Trace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden traces of small layout cases: {@code src/test/resources/cases/<area>-<name>/input.json}
 * laid out and compared with {@code expected.trace} beside it. A case without its expected trace
 * fails; {@code -Djianbao.updateTraces=true} writes the traces on purpose. Each case's PDF is written
 * to target/test-output/cases for looking at.
 */
class CaseTraceTest {
    static final Path CASES = TestFonts.home().resolve("src/test/resources/cases");

    static List<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> Files.exists(p.resolve("input.json"))).map(p -> p.getFileName().toString()).sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void caseMatchesItsGoldenTrace(String name) throws IOException {
        Jianbao jb = TestFonts.jianbao();
        var issue = jb.read(CASES.resolve(name).resolve("input.json")).issue();
        Document doc = jb.layout(issue).document();
        TestFonts.writePdf(issue, doc, Samples.outputFolder().resolve("cases").resolve(name + ".pdf"));
        String actual = Trace.of(doc);
        Path golden = CASES.resolve(name).resolve("expected.trace");
        if (Boolean.getBoolean("jianbao.updateTraces")) {
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), "cases/" + name + " has no expected.trace: lay it out, look at"
                + " target/test-output/cases/" + name + ".pdf, and accept it with -Djianbao.updateTraces=true");
        String[] e = Files.readString(golden).split("\n");
        String[] a = actual.split("\n");
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            assertEquals(e[i], a[i], "line " + (i + 1) + " of cases/" + name + "/expected.trace");
        }
        assertEquals(e.length, a.length, "trace length of cases/" + name);
    }
}
