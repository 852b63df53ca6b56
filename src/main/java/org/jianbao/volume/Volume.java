package org.jianbao.volume;

import java.util.List;
import org.jianbao.frame.Document;
import org.jianbao.model.Issue;
import org.jianbao.problem.Problem;

/**
 * A bound volume: its pages (cover, contents, the issues), the issues in the order bound, the page
 * index (from 0) on which each begins, and the warnings of reading and layout.
 */
public record Volume(Document document, List<Issue> issues, List<Integer> firstPages, List<Problem> warnings) {
    public Volume {
        issues = List.copyOf(issues);
        firstPages = List.copyOf(firstPages);
        warnings = List.copyOf(warnings);
    }

    /** The first issue bound: its publication sets the volume's pages and how it is written. */
    public Issue first() {
        return issues.get(0);
    }
}
