package org.jianbao.frame;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The glyphs of a {@link FrameItem.GlyphRun}, stored compactly: their texts as one string, their
 * origins as an array, their horizontal scales only when some glyph is scaled. A huge issue holds
 * millions of glyphs until it is written; an object and a string for each of them cost about 80
 * bytes a glyph, this about 10. It reads as an immutable list of {@link FrameItem.Placed}, equal to
 * any list of the same glyphs, each made when it is asked for.
 */
public final class Glyphs extends AbstractList<FrameItem.Placed> implements RandomAccess {
    private static final Glyphs EMPTY = new Glyphs("", null, new double[0], null);

    /** The texts of all the glyphs, one after the other. */
    private final String text;
    /** Where the text of each glyph ends in {@link #text}; null when every glyph is one UTF-16 unit. */
    private final int[] ends;
    private final double[] x;
    /** Each glyph's horizontal scale; null when every glyph has scale 1. */
    private final double[] hScale;

    private Glyphs(String text, int[] ends, double[] x, double[] hScale) {
        this.text = text;
        this.ends = ends;
        this.x = x;
        this.hScale = hScale;
    }

    /** {@code glyphs} as compact glyphs: themselves if they are already. */
    public static Glyphs of(List<FrameItem.Placed> glyphs) {
        if (glyphs instanceof Glyphs g) {
            return g;
        }
        Builder b = new Builder(glyphs.size());
        for (FrameItem.Placed p : glyphs) {
            b.add(p.text(), p.x(), p.hScale());
        }
        return b.build();
    }

    /** Gathers glyphs one by one, without an object for each. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] ends;
        private double[] x;
        private double[] hScale;
        private int n;
        private boolean oneUnitEach = true;
        private boolean unscaled = true;

        public Builder() {
            this(8);
        }

        public Builder(int capacity) {
            int c = Math.max(1, capacity);
            ends = new int[c];
            x = new double[c];
            hScale = new double[c];
        }

        public Builder add(String glyphText, double glyphX, double glyphScale) {
            if (n == x.length) {
                int c = 2 * n;
                ends = Arrays.copyOf(ends, c);
                x = Arrays.copyOf(x, c);
                hScale = Arrays.copyOf(hScale, c);
            }
            text.append(glyphText);
            ends[n] = text.length();
            oneUnitEach &= glyphText.length() == 1;
            x[n] = glyphX;
            hScale[n] = glyphScale;
            unscaled &= glyphScale == 1.0;
            n++;
            return this;
        }

        public int size() {
            return n;
        }

        public Glyphs build() {
            if (n == 0) {
                return EMPTY;
            }
            return new Glyphs(text.toString(), oneUnitEach ? null : Arrays.copyOf(ends, n), Arrays.copyOf(x, n),
                    unscaled ? null : Arrays.copyOf(hScale, n));
        }
    }

    @Override
    public FrameItem.Placed get(int i) {
        return new FrameItem.Placed(text(i), x(i), hScale(i));
    }

    @Override
    public int size() {
        return x.length;
    }

    /** The text of glyph {@code i}. */
    public String text(int i) {
        if (ends == null) {
            return text.substring(i, i + 1);
        }
        return text.substring(i == 0 ? 0 : ends[i - 1], ends[i]);
    }

    /** The x of glyph {@code i}'s origin. */
    public double x(int i) {
        return x[i];
    }

    /** The horizontal scale of glyph {@code i} (1 = natural). */
    public double hScale(int i) {
        if (i < 0 || i >= x.length) {
            throw new IndexOutOfBoundsException(i);
        }
        return hScale == null ? 1.0 : hScale[i];
    }

    /** The texts of all the glyphs, one after the other. */
    public String text() {
        return text;
    }

    /** The same glyphs moved right by {@code dx} (their texts and scales shared, not copied). */
    public Glyphs moved(double dx) {
        double[] m = new double[x.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = x[i] + dx;
        }
        return new Glyphs(text, ends, m, hScale);
    }
}
