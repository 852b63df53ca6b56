package org.jianbao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jianbao.model.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11 item 4: address detection, cleaning and punctuation normalisation are linear in the
 * length of the text. Each input is built to defeat a rule that rescans (an e-mail pattern that
 * starts again at every letter, a bracket matched by searching, a dash chain walked from every
 * dash); 400,000 characters would take hours if any step were quadratic. The timeout is a hang
 * guard, not a measurement: bench/runs.py shows the curve.
 */
class LinearTimeTest {
    private static final int N = 400_000;

    static Stream<String> hostile() {
        return Stream.of("a".repeat(N) + "@", "a@".repeat(N / 2), "a.".repeat(N / 2) + "@x", "(".repeat(N),
                ")".repeat(N), "\"".repeat(N), "'".repeat(N), "“".repeat(N), "”".repeat(N), "中-".repeat(N / 2),
                "评估—".repeat(N / 3), "1-".repeat(N / 2), "1".repeat(N / 2) + "-" + "2".repeat(N / 2),
                ", ".repeat(N / 2), " ".repeat(N), "中 ".repeat(N / 2), "https://" + "(".repeat(N),
                "www." + "a.".repeat(N / 2), "<https://" + "a/".repeat(N / 2) + ">", "中文, ".repeat(N / 4),
                "Hello world ".repeat(N / 12) + "。", "“1-6月”".repeat(N / 6));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void normalisingHostileTextIsLinear(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Links.find(text);
            Normalizer.Result cleaned = Normalizer.normalize(List.of(text));
            Punctuation.Result r = Punctuation.normalise(cleaned.text(), Lang.HANS);
            assertEquals(r.text(), Punctuation.normalise(r.text(), Lang.HANS).text());
        });
    }
}
