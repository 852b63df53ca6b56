package org.jianbao.inline;

import java.util.List;

/**
 * The items of TeX's line-breaking model (Knuth &amp; Plass 1981): boxes of fixed width, glue that
 * stretches and shrinks, and penalties that mark where a line may end and at what cost. Glue is
 * a legal break only right after a box; anything discardable after a break is dropped.
 */
public sealed interface Item {
    /** A penalty of this cost forbids a break; its negation forces one. */
    double INFINITE = 10_000;

    double width();

    /**
     * Content of fixed width: a Han character, a punctuation mark's ink half, a Latin word. A box
     * merged from several keeps where each of its parts began: {@code starts[g]} is the left edge of
     * the part that glyph {@code g} belongs to (a glyph may be drawn left of its part, as an opening
     * bracket's is), so that content too wide for a line can be cut between parts again.
     */
    record Box(double width, List<Glyph> glyphs, double[] starts) implements Item {
        Box(double width, List<Glyph> glyphs) {
            this(width, glyphs, new double[glyphs.size()]);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("[");
            glyphs.forEach(g -> s.append(g.text()));
            return s.append(' ').append(fmt(width)).append(']').toString();
        }
    }

    /**
     * Space that may stretch by {@code stretch} and shrink by {@code shrink} (points). A word space
     * or an ideographic space carries its character as {@code glyph}, drawn when the glue stays
     * inside a line, so that copying gives it back; at a line break it vanishes with the glue.
     * An {@code expand} glue has no width: its stretch widens the glyph before it (font expansion)
     * instead of opening a space, for text that must never be letter-spaced (an address).
     */
    record Glue(double width, double stretch, double shrink, Glyph glyph, boolean expand) implements Item {
        Glue(double width, double stretch, double shrink) {
            this(width, stretch, shrink, null, false);
        }

        Glue(double width, double stretch, double shrink, Glyph glyph) {
            this(width, stretch, shrink, glyph, false);
        }

        /** Stretch that widens the glyph before it by up to {@code stretch} points. */
        static Glue expansion(double stretch) {
            return new Glue(0, stretch, 0, null, true);
        }

        /** The glue that ends a paragraph: it takes up the rest of the last line. */
        static Glue fill() {
            return new Glue(0, 100_000, 0);
        }

        @Override
        public String toString() {
            return (expand ? "expand(" : "glue(") + fmt(width) + "+" + fmt(stretch) + "-" + fmt(shrink) + ")";
        }
    }

    /** A possible break of the given cost (≥ {@link #INFINITE}: never; ≤ −{@link #INFINITE}: always). */
    record Penalty(double cost) implements Item {
        @Override
        public double width() {
            return 0;
        }

        @Override
        public String toString() {
            return cost >= INFINITE ? "nobreak" : cost <= -INFINITE ? "break!" : "penalty(" + fmt(cost) + ")";
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
