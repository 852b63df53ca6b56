package org.jianbao.model;

import java.util.List;

/**
 * A table: header rows repeated on each page it spans, then body rows. Cells covered by a span are
 * left out of their rows, as in HTML.
 */
public record Table(List<Column> columns, List<List<Cell>> header, List<List<Cell>> rows, String caption)
        implements Block {

    /** A column: alignment and width in points (0 = from the content). */
    public record Column(Align align, double width) {
    }

    /** A cell; {@code align} null means the column's alignment. */
    public record Cell(String text, int colspan, int rowspan, Align align) {
    }
}
