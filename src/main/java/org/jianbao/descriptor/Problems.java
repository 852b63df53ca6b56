package org.jianbao.descriptor;

import java.util.List;
import org.jianbao.problem.Problem;

/** Collects the problems of one read, so that all of them are reported together. */
final class Problems {
    private final java.util.Set<Problem> list = new java.util.LinkedHashSet<>();

    void error(Json.Where at, String path, String message) {
        add(Problem.Severity.ERROR, at, path, message);
    }

    void warn(Json.Where at, String path, String message) {
        add(Problem.Severity.WARNING, at, path, message);
    }

    private void add(Problem.Severity s, Json.Where at, String path, String message) {
        list.add(at == null ? new Problem(s, null, 0, 0, path, message)
                : new Problem(s, at.file(), at.line(), at.column(), path, message));
    }

    /** How many errors so far: compare before and after reading a part to see whether it failed. */
    long errorCount() {
        return list.stream().filter(Problem::isError).count();
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    List<Problem> all() {
        return List.copyOf(list);
    }
}
