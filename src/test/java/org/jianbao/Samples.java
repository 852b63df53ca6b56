package org.jianbao;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jianbao.frame.Document;
import org.jianbao.model.Issue;

/** The sample issues of issues/, read, laid out and rendered once per test run. */
public final class Samples {
    public static final List<String> NAMES = List.of("tianjin-2021-08", "zhejiang-2020-07", "tianjin-2023-06", "stress-2024-01");
    /**
     * Descriptors of text as secretariats paste it (issue 10), from src/test/resources/cases: read
     * with {@link #get} like the samples.
     */
    public static final List<String> PASTED = List.of("cases/text-pasted-hans", "cases/text-pasted-hant");
    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    private Samples() {
    }

    /** A rendered sample: its issue, its layout and its PDF. */
    public record Rendered(Issue issue, Document document, Path pdf) {
    }

    public static Path descriptor(String name) {
        if (name.startsWith("cases/")) {
            return TestFonts.home().resolve("src/test/resources").resolve(name).resolve("input.json");
        }
        return TestFonts.home().resolve("issues").resolve(name + ".json");
    }

    public static Path outputFolder() {
        return TestFonts.home().resolve("target").resolve("test-output");
    }

    public static synchronized Rendered get(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            Jianbao jb = TestFonts.jianbao();
            Issue issue = jb.read(descriptor(n)).issue();
            Document doc = jb.layout(issue).document();
            Path pdf = outputFolder().resolve(n.replace("cases/", "pasted/") + ".pdf");
            TestFonts.writePdf(issue, doc, pdf);
            return new Rendered(issue, doc, pdf);
        });
    }
}
