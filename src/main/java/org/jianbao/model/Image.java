package org.jianbao.model;

import java.nio.file.Path;

/**
 * A picture with its caption.
 *
 * @param file     the PNG or JPEG file
 * @param width    width as a fraction of the column (0–1]
 * @param caption  the caption under it, or null
 */
public record Image(Path file, double width, String caption) implements Block {
}
