package org.jianbao.inline;

import java.util.List;

/**
 * A finished line: glyphs with x positions from the column's left edge.
 *
 * @param width   the width the content occupies, from the first glyph's box to the last
 * @param justified whether glue was stretched or shrunk to fill the measure
 */
public record Line(List<Glyph> glyphs, double width, boolean justified) {

    /** The line's text, for traces and tests. */
    public String text() {
        StringBuilder s = new StringBuilder();
        glyphs.forEach(g -> s.append(g.text()));
        return s.toString();
    }
}
