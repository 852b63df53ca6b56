package org.jianbao.inline;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.model.Align;

/**
 * Line breaking for titles (GB/T 9704-2012 §7.3.1: 标题回行时，要做到词意完整，排列对称，长短适宜，
 * 间距恰当，标题排列应当使用梯形或菱形). A title is set at its natural width — never squeezed,
 * so a title a little wider than the measure takes two lines — on as few lines as it needs, and
 * of the ways to break it the one with the least cost: the cost of each break (nothing after a
 * pause or a space, more between words, much more inside a word: {@link Breaks}) plus, for a
 * centred title, how far its lines are from a trapezoid (each line no longer than the next) or,
 * on three lines, a diamond (short, long, short, the outer two alike). Every way of breaking a
 * title of up to three lines is tried (a title has a few dozen places to break); longer titles
 * and titles that cannot be set without breaking inside an address go to the paragraph breaker.
 */
final class TitleBreaker {
    /** The most lines tried exhaustively. */
    private static final int MAX_LINES = 3;
    /**
     * Per em that a line is longer than the one below it (an inverted trapezoid): a long-over-short
     * title is what §7.3.1 rules out, so an inversion of a few ems outweighs a break between
     * words (120), never one inside a word (400) — meaning first.
     */
    private static final double INVERTED = 20;
    /** Inversions up to this many ems are not seen. */
    private static final double INVERTED_FREE = 0.5;
    /** Per em that a line is shorter than the one below beyond {@link #STEP_FREE} (长短适宜). */
    private static final double STEP = 2;
    private static final double STEP_FREE = 3;
    /** Per em that the outer lines of a diamond differ (对称). */
    private static final double ASYMMETRY = 10;
    /** Per em a line of a title that is not centred falls short of the measure. */
    private static final double SHORT_LINE = 5;
    /**
     * A last line of two characters or fewer under a title that is not centred (a contents entry
     * ending in 经验): dearer than a break between words, so a better break is taken where one exists.
     */
    private static final double SHORT_LAST = 150;
    private static final double SHORT_LAST_EMS = 2.5;
    /** An extra line, taken only when it spares a break inside a word. */
    private static final double EXTRA_LINE = 300;

    private final List<Item> items;
    private final LineSpec spec;
    private final KnuthPlass lines;
    private final double em;
    private final double[] sumW;
    private final List<Integer> candidates = new ArrayList<>();
    private final int end;

    TitleBreaker(List<Item> items, LineSpec spec, double em) {
        this.items = items;
        this.spec = spec;
        this.em = em;
        this.lines = new KnuthPlass(items, spec, 0);
        int n = items.size();
        sumW = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sumW[i + 1] = sumW[i] + items.get(i).width();
            if (items.get(i) instanceof Item.Penalty p && p.cost() < Item.INFINITE && p.cost() > -Item.INFINITE) {
                candidates.add(i);
            }
        }
        end = n - 1;
    }

    /** The break positions (item indices, the last being the end), or null to leave it to the paragraph breaker. */
    List<Integer> breaks() {
        Best best = null;
        for (int k = 1; k <= MAX_LINES; k++) {
            Best b = best(k);
            if (b == null) {
                continue;
            }
            if (best != null) {
                b = new Best(b.breaks, b.cost + EXTRA_LINE);
                return b.cost < best.cost ? b.breaks : best.breaks;
            }
            if (b.cost < Breaks.INSIDE_WORD || k == MAX_LINES) {
                return b.breaks;
            }
            best = b;   // a word had to be broken: see whether one line more spares it
        }
        return best == null ? null : best.breaks;
    }

    private record Best(List<Integer> breaks, double cost) {
    }

    /** The best way to set the title on exactly {@code k} lines, or null. */
    private Best best(int k) {
        int[] chosen = new int[k];
        chosen[k - 1] = end;
        double[] bestCost = {Double.POSITIVE_INFINITY};
        int[] bestBreaks = new int[k];
        search(0, -1, k, chosen, 0, bestCost, bestBreaks);
        if (bestCost[0] == Double.POSITIVE_INFINITY) {
            return null;
        }
        List<Integer> out = new ArrayList<>(k);
        for (int b : bestBreaks) {
            out.add(b);
        }
        return new Best(out, bestCost[0]);
    }

    /** Tries every break for line {@code line} (from after {@code from}) that fits the measure. */
    private void search(int line, int from, int k, int[] chosen, double cost, double[] bestCost, int[] bestBreaks) {
        if (line == k - 1) {
            if (width(from, end) > spec.measure(line) + 1e-6) {
                return;
            }
            double total = cost + shape(chosen, k);
            if (total < bestCost[0]) {
                bestCost[0] = total;
                System.arraycopy(chosen, 0, bestBreaks, 0, k);
            }
            return;
        }
        for (int c : candidates) {
            if (c <= from) {
                continue;
            }
            if (width(from, c) > spec.measure(line) + 1e-6) {
                break;   // lines only get longer from here
            }
            chosen[line] = c;
            search(line + 1, c, k, chosen, cost + ((Item.Penalty) items.get(c)).cost(), bestCost, bestBreaks);
        }
    }

    /** The natural width of the line from after break {@code from} (-1: the start) to break {@code to}. */
    private double width(int from, int to) {
        int start = from < 0 ? 0 : lines.afterBreak(from);
        return sumW[to] - sumW[Math.min(start, to)];
    }

    /** How far the lines' widths are from the shapes §7.3.1 asks for. */
    private double shape(int[] chosen, int k) {
        double[] w = new double[k];
        for (int j = 0; j < k; j++) {
            w[j] = width(j == 0 ? -1 : chosen[j - 1], chosen[j]) / em;
        }
        if (spec.align() != Align.CENTER) {
            double c = 0;
            for (int j = 0; j + 1 < k; j++) {
                c += SHORT_LINE * (spec.measure(j) / em - w[j]);
            }
            if (k > 1 && w[k - 1] < SHORT_LAST_EMS) {
                c += SHORT_LAST;
            }
            return c;
        }
        double trapezoid = 0;
        for (int j = 0; j + 1 < k; j++) {
            trapezoid += step(w[j], w[j + 1]);
        }
        if (k != 3) {
            return trapezoid;
        }
        double diamond = step(w[0], w[1]) + step(w[2], w[1]) + ASYMMETRY * Math.abs(w[0] - w[2]);
        return Math.min(trapezoid, diamond);
    }

    /** The cost of a line {@code upper} ems long over one {@code lower} ems long. */
    private static double step(double upper, double lower) {
        if (upper > lower + INVERTED_FREE) {
            return INVERTED * (upper - lower);
        }
        return STEP * Math.max(0, lower - upper - STEP_FREE);
    }
}
