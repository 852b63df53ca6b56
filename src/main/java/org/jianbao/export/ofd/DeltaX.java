package org.jianbao.export.ofd;

/**
 * A TextCode's {@code DeltaX}: the distance from each character's origin to the next one's, in
 * millimetres (GB/T 33190-2016 §11.3, 表 46). A run of equal distances is written in the
 * standard's compact form {@code g N D} (N times D) where that is shorter, as on a justified line,
 * where most gaps are equal. Distances are written to 0.0001 mm, so that forty equal rounding
 * errors still move a line's last character by less than 0.006 pt.
 */
final class DeltaX {
    private static final int DECIMALS = 4;

    private DeltaX() {
    }

    /** The attribute's value for these distances (in millimetres); empty for none. */
    static String of(double[] mm) {
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (i < mm.length) {
            String v = Mm.number(mm[i], DECIMALS);
            int j = i + 1;
            while (j < mm.length && Mm.number(mm[j], DECIMALS).equals(v)) {
                j++;
            }
            int n = j - i;
            String repeated = "g " + n + ' ' + v;
            if (repeated.length() < n * (v.length() + 1) - 1) {
                append(s, repeated);
            } else {
                for (int k = 0; k < n; k++) {
                    append(s, v);
                }
            }
            i = j;
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String part) {
        if (s.length() > 0) {
            s.append(' ');
        }
        s.append(part);
    }
}
