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
}
