package org.jianbao.export.ofd;

/**
 * How alike two texts are: 2 × (longest common subsequence) / (sum of lengths), 1 for equal texts
 * (the ratio of Python's difflib). The common subsequence comes from Myers' O((N+M)·D) difference
 * algorithm, fast when the texts differ little, as they should.
 */
final class TextSimilarity {
    private TextSimilarity() {
    }

    static double ratio(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (x.length + y.length == 0) {
            return 1;
        }
        int d = editDistance(x, y);   // insertions and deletions only
        int lcs = (x.length + y.length - d) / 2;
        return 2.0 * lcs / (x.length + y.length);
    }

    /** The least number of insertions and deletions turning {@code a} into {@code b} (Myers 1986). */
    private static int editDistance(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        int max = n + m;
        int[] v = new int[2 * max + 2];
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    return d;
                }
            }
        }
        return max;
    }
}
