package org.jianbao.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11 item 4: a run of 200,000 letters, digits or address characters is laid out in time
 * linear in its length (it once took more than 300 s). The timeout is a hang guard only;
 * bench/runs.py measures the curve. Every character comes back, and no line is wider than the
 * measure.
 */
class LongRunTest {
    private static final int N = 200_000;

    static Stream<String> runs() {
        return Stream.of("a".repeat(N), "7".repeat(N), "https://example.org/" + "a/".repeat(N / 2),
                "a".repeat(N) + "@example.org", "x@".repeat(N / 2));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void longRunIsLaidOutInLinearTime(String run) {
        String text = "前文" + run + "后文。";
        List<Line> lines = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Compose.lines(text, 36));
        StringBuilder back = new StringBuilder();
        for (Line l : lines) {
            back.append(l.text());
            assertEquals(true, l.width() <= 36 * Compose.EM + 0.01, "overfull line");
        }
        assertEquals(text, back.toString());
    }
}
