package org.jianbao.model;

import java.nio.file.Path;

/**
 * Where a part of the issue was written: file, line, column and JSON path, so that a problem
 * found while laying it out can be reported as precisely as one found while reading it.
 */
public record Origin(Path file, int line, int column, String path) {
}
