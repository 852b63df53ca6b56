package org.jianbao.importer.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What came in, counted by kind (in the order first met), and every warning, in the order found. */
public final class Report {
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /** Counts one more thing of {@code kind}: "paragraph", "heading", "table", "picture", "list", "note". */
    public void count(String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    /** How many things of {@code kind} came in. */
    public int counted(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    public void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    public Map<String, Integer> counts() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** {@code 12 paragraphs, 3 headings, 1 table, 2 pictures}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> parts.add(n + " " + (n == 1 ? k : k + "s")));
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }
}
