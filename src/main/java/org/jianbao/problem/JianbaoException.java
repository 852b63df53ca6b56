package org.jianbao.problem;

import java.util.List;

/**
 * The project's own error: the input cannot be typeset. It carries every problem found, so one
 * run reports all the mistakes of a file, not only the first.
 */
public final class JianbaoException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public JianbaoException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public JianbaoException(Problem problem) {
        this(List.of(problem));
    }

    /** A problem not tied to a location, e.g. an unwritable output folder. */
    public static JianbaoException of(String message) {
        return new JianbaoException(new Problem(Problem.Severity.ERROR, null, 0, 0, "", message));
    }

    public List<Problem> problems() {
        return problems;
    }
}
