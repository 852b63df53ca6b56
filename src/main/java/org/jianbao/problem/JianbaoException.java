package org.jianbao.problem;

import java.util.List;

/**
 * The project's own error: the input cannot be typeset, or (an environment failure) the result
 * cannot be written — a full disk, a folder without write permission. It carries every problem
 * found, so one run reports all the mistakes of a file, not only the first.
 */
public final class JianbaoException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;
    private final boolean environment;

    private JianbaoException(List<Problem> problems, boolean environment) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
        this.environment = environment;
    }

    public JianbaoException(List<Problem> problems) {
        this(problems, false);
    }

    public JianbaoException(Problem problem) {
        this(List.of(problem));
    }

    /** A problem not tied to a location, e.g. an unreadable fonts folder. */
    public static JianbaoException of(String message) {
        return new JianbaoException(new Problem(Problem.Severity.ERROR, null, 0, 0, "", message));
    }

    /** The machine, not the input, is at fault: the disk is full, a folder cannot be written. */
    public static JianbaoException environment(String message) {
        return new JianbaoException(List.of(new Problem(Problem.Severity.ERROR, null, 0, 0, "", message)), true);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether the failure lies in the environment (exit code 4) rather than in the input (1). */
    public boolean isEnvironment() {
        return environment;
    }
}
