package org.jianbao.model;

/** An sRGB colour. */
public record Color(int r, int g, int b) {
    public static final Color BLACK = new Color(0, 0, 0);
    /** 套红: the red of Chinese official mastheads, well above GB/T 9704 §5.2.4's Y80 M80. */
    public static final Color RED = new Color(0xE6, 0x00, 0x12);

    public Color {
        if ((r | g | b) < 0 || r > 255 || g > 255 || b > 255) {
            throw new IllegalArgumentException("colour component out of 0..255");
        }
    }

    /** {@code #RRGGBB}, or {@code null} when the text is not of that form. */
    public static Color parseHex(String s) {
        if (s == null || !s.matches("#[0-9A-Fa-f]{6}")) {
            return null;
        }
        int v = Integer.parseInt(s.substring(1), 16);
        return new Color(v >> 16, (v >> 8) & 0xFF, v & 0xFF);
    }

    @Override
    public String toString() {
        return String.format("#%02X%02X%02X", r, g, b);
    }

    // Written out rather than generated: a record's own equals and hashCode are bootstrapped on first use,
    // which costs a cold start milliseconds (docs/performance.md). Same values as the generated ones.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Color o
                && r == o.r
                && g == o.g
                && b == o.b;
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + r;
        h = 31 * h + g;
        h = 31 * h + b;
        return h;
    }
}
