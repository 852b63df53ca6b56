package org.jianbao.cli;

import java.nio.file.Path;

/** Paths as a user typed them: relative to the current folder when inside it, with forward slashes. */
final class Shown {
    private Shown() {
    }

    static String path(Path p) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(here) && !abs.equals(here) ? here.relativize(abs) : abs).toString().replace('\\', '/');
    }

    static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
