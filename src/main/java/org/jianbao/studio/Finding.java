package org.jianbao.studio;

import java.nio.file.Path;

/**
 * One problem the typesetter found, as the studio shows it: the studio's own copy of the
 * engine's problem record, so that only {@link Pipeline} knows the engine's types.
 *
 * @param error   an error (the issue cannot be printed) or a warning
 * @param file    the issue or profile file it is in, or {@code null}
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param path    JSON path such as {@code $.sections[0].articles[2].title}, or empty
 * @param message what is wrong and what to do
 */
public record Finding(boolean error, Path file, int line, int column, String path, String message) {
    public Finding {
        path = path == null ? "" : path;
        message = message == null ? "" : message;
    }

    /** A problem not tied to a file or a field. */
    static Finding general(String message) {
        return new Finding(true, null, 0, 0, "", message);
    }
}
