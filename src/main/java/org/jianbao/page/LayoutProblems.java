package org.jianbao.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jianbao.problem.JianbaoException;
import org.jianbao.problem.Problem;

/**
 * Collects the problems of a layout, located where the content was written: characters no font
 * has (errors unless the user allowed them, then set as 〓), content made to fit (warnings), and
 * content that cannot be set at all (errors).
 */
final class LayoutProblems {
    private final Path file;
    private final boolean allowMissing;
    private final List<Problem> list = new ArrayList<>();

    /** @param file the issue file, for problems of parts that have no place of their own */
    LayoutProblems(Path file, boolean allowMissing) {
        this.file = file;
        this.allowMissing = allowMissing;
    }

    void missingGlyph(At at, String message) {
        add(allowMissing ? Problem.Severity.WARNING : Problem.Severity.ERROR, at,
                message + (allowMissing ? " (set as 〓)" : ""));
    }

    /** Content that was made to fit (broken inside a word, scaled down). */
    void warning(At at, String message) {
        add(Problem.Severity.WARNING, at, message);
    }

    /** Content that cannot be set (an unreadable picture). */
    void error(At at, String message) {
        add(Problem.Severity.ERROR, at, message);
    }

    private void add(Problem.Severity s, At at, String message) {
        var o = at.origin();
        Problem p = o == null ? new Problem(s, file, 0, 0, "", message)
                : new Problem(s, o.file(), o.line(), o.column(), o.path(), message);
        if (!list.contains(p)) {
            list.add(p);
        }
    }

    List<Problem> all() {
        return List.copyOf(list);
    }

    void throwIfErrors() {
        if (list.stream().anyMatch(Problem::isError)) {
            throw new JianbaoException(list);
        }
    }
}
