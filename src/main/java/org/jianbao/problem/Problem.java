package org.jianbao.problem;

import java.nio.file.Path;

/**
 * One thing wrong (or doubtful) with the input, located so that a secretariat user can fix it:
 * the file, the line and column, and the JSON path of the value.
 *
 * @param severity error (nothing is written) or warning (printed, rendering goes on)
 * @param file     the descriptor or profile file, or {@code null} when not tied to a file
 * @param line     1-based line, 0 when unknown
 * @param column   1-based column, 0 when unknown
 * @param path     JSON path such as {@code $.sections[0].articles[2].title}, or empty
 * @param message  what is wrong and what to do about it
 */
public record Problem(Severity severity, Path file, int line, int column, String path, String message) {

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    /** A warning not tied to a place in a descriptor (a font file skipped). */
    public static Problem warning(String message) {
        return new Problem(Severity.WARNING, null, 0, 0, "", message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error: $.path: message}, the form compilers use. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file);
            if (line > 0) {
                s.append(':').append(line).append(':').append(column);
            }
            s.append(": ");
        }
        s.append(severity == Severity.ERROR ? "error: " : "warning: ");
        if (path != null && !path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message).toString();
    }

    // Written out rather than generated: a record's own equals and hashCode are bootstrapped on first use,
    // which costs a cold start milliseconds (docs/performance.md). Same values as the generated ones.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Problem o
                && java.util.Objects.equals(severity, o.severity)
                && java.util.Objects.equals(file, o.file)
                && line == o.line
                && column == o.column
                && java.util.Objects.equals(path, o.path)
                && java.util.Objects.equals(message, o.message);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(severity);
        h = 31 * h + java.util.Objects.hashCode(file);
        h = 31 * h + line;
        h = 31 * h + column;
        h = 31 * h + java.util.Objects.hashCode(path);
        h = 31 * h + java.util.Objects.hashCode(message);
        return h;
    }
}
