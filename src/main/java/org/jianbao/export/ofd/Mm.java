package org.jianbao.export.ofd;

/**
 * Lengths in OFD's unit, the millimetre (GB/T 33190-2016 gives every coordinate and size in mm,
 * from the page's top-left corner with y growing downwards, like the frames'), written compactly:
 * fixed decimals without trailing zeros.
 */
final class Mm {
    /** Points per inch over millimetres per inch. */
    private static final double MM_PER_PT = 25.4 / 72;

    private Mm() {
    }

    /** {@code pt} points in millimetres. */
    static double of(double pt) {
        return pt * MM_PER_PT;
    }

    /** {@code pt} points as millimetres to 0.001 mm (a third of a thousandth of an em at 10 pt). */
    static String text(double pt) {
        return number(of(pt), 3);
    }

    /** {@code v} with at most {@code decimals} decimals, no trailing zeros, no "-0". */
    static String number(double v, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long n = Math.round(v * scale);
        if (n == 0) {
            return "0";
        }
        StringBuilder s = new StringBuilder();
        if (n < 0) {
            s.append('-');
            n = -n;
        }
        s.append(n / scale);
        long frac = n % scale;
        if (frac != 0) {
            String f = Long.toString(frac + scale).substring(1);   // leading zeros kept
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            s.append('.').append(f, 0, end);
        }
        return s.toString();
    }

    /** A box "x y width height" in millimetres from points (ST_Box, GB/T 33190-2016 表 2). */
    static String box(double x, double y, double w, double h) {
        return text(x) + ' ' + text(y) + ' ' + text(w) + ' ' + text(h);
    }
}
