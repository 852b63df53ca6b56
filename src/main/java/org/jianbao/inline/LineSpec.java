package org.jianbao.inline;

import org.jianbao.model.Align;

/**
 * The measure of a paragraph's lines: the first line and the others may start at different
 * offsets (hanging indents of 版记 entries) and so have different widths.
 *
 * @param width       the column width
 * @param firstIndent where the first line starts, from the column's left edge
 * @param restIndent  where the other lines start
 * @param align       how lines are set
 */
public record LineSpec(double width, double firstIndent, double restIndent, Align align) {

    public static LineSpec of(double width, Align align) {
        return new LineSpec(width, 0, 0, align);
    }

    double offset(int line) {
        return line == 0 ? firstIndent : restIndent;
    }

    double measure(int line) {
        return width - offset(line);
    }

    // Written out rather than generated: a record's own equals and hashCode are bootstrapped on first use,
    // which costs a cold start milliseconds (docs/performance.md). Same values as the generated ones.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof LineSpec o
                && Double.compare(width, o.width) == 0
                && Double.compare(firstIndent, o.firstIndent) == 0
                && Double.compare(restIndent, o.restIndent) == 0
                && java.util.Objects.equals(align, o.align);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Double.hashCode(width);
        h = 31 * h + Double.hashCode(firstIndent);
        h = 31 * h + Double.hashCode(restIndent);
        h = 31 * h + java.util.Objects.hashCode(align);
        return h;
    }
}
