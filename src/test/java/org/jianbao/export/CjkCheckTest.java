package org.jianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianbao.Samples;
import org.jianbao.TestFonts;
import org.jianbao.model.PlainText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The independent checker of ../shared/tools (python3 + poppler) on every sample and on the
 * pasted-text cases of issue 10: no line starts
 * or ends with a forbidden mark, no ragged line, every font embedded and subset with ToUnicode,
 * and the descriptor's Chinese text found in the PDF (fidelity ≥ 0.99).
 */
class CjkCheckTest {
    static List<String> samples() {
        List<String> all = new java.util.ArrayList<>(Samples.NAMES);
        all.addAll(Samples.PASTED);
        return all;
    }

    private static final Path CHECKER = TestFonts.home().resolve("../shared/tools/cjkcheck.py").normalize();

    @ParameterizedTest
    @MethodSource("samples")
    void independentCheckerFindsNoViolation(String name) throws IOException, InterruptedException {
        assumeTrue(Files.exists(CHECKER), "the checker is in ../shared/tools (CI has it)");
        Samples.Rendered r = Samples.get(name);
        Path source = Samples.outputFolder().resolve(name.replace("cases/", "pasted/") + ".txt");
        Files.writeString(source, PlainText.of(r.issue()));
        Process p = new ProcessBuilder("python3", CHECKER.toString(), r.pdf().toString(), "--source", source.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals(0, count(out, "line_start"), out);
        assertEquals(0, count(out, "line_end"), out);
        assertEquals(0, count(out, "ragged"), out);
        assertTrue(out.contains("\"all_embedded\": true") && out.contains("\"all_subset\": true")
                && out.contains("\"all_tounicode\": true"), out);
        Matcher m = Pattern.compile("\"cjk_lcs_ratio\": ([0-9.]+)").matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Double.parseDouble(m.group(1)) >= 0.99, "CJK fidelity " + m.group(1));
        Matcher look = Pattern.compile("\"lookalike_codepoints\": (\\d+)").matcher(out);
        assertTrue(look.find() && look.group(1).equals("0"), out);
    }

    /** The "count" of a section of the checker's JSON report. */
    private static int count(String json, String section) {
        Matcher m = Pattern.compile("\"" + section + "\": \\{[^}]*?\"count\": (\\d+)", Pattern.DOTALL).matcher(json);
        assertTrue(m.find(), section + " not in " + json);
        return Integer.parseInt(m.group(1));
    }
}
