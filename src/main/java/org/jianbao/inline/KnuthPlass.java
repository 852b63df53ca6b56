package org.jianbao.inline;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 4, total-fit line breaking (Knuth &amp; Plass, "Breaking paragraphs into lines", 1981): of
 * all ways to break the paragraph, the one with the least total demerits, so that no line is
 * loose to save its neighbour. Two passes with a growing tolerance; if both fail (a line that
 * cannot be filled whatever is done), {@link FirstFit} breaks greedily.
 */
final class KnuthPlass {
    /** Added to every line's badness: prefers fewer lines. */
    private static final double LINE_PENALTY = 10;
    /** Between a tight and a loose line (fitness classes two apart). */
    private static final double ADJACENT_DEMERITS = 3000;
    /** Largest stretch ratio per pass; CJK text has a little stretch in every gap, so 2 is generous. */
    private static final double[] TOLERANCES = {2, 12};

    private final List<Item> items;
    private final LineSpec spec;
    private final double[] sumW;
    private final double[] sumY;
    private final double[] sumZ;

    private static final class Node {
        final int pos;
        final int line;
        final int fitness;
        final double w;
        final double y;
        final double z;
        final double demerits;
        final Node prev;

        Node(int pos, int line, int fitness, double w, double y, double z, double demerits, Node prev) {
            this.pos = pos;
            this.line = line;
            this.fitness = fitness;
            this.w = w;
            this.y = y;
            this.z = z;
            this.demerits = demerits;
            this.prev = prev;
        }
    }

    private final double ragged;

    /** @param ragged stretch every line has at its end (unjustified text), in points */
    KnuthPlass(List<Item> items, LineSpec spec, double ragged) {
        this.items = items;
        this.spec = spec;
        this.ragged = ragged;
        int n = items.size();
        sumW = new double[n + 1];
        sumY = new double[n + 1];
        sumZ = new double[n + 1];
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            sumW[i + 1] = sumW[i] + it.width();
            sumY[i + 1] = sumY[i] + (it instanceof Item.Glue g ? g.stretch() : 0);
            sumZ[i + 1] = sumZ[i] + (it instanceof Item.Glue g ? g.shrink() : 0);
        }
    }

    /** Item indices of the penalties where lines end, the last being the paragraph's end. */
    List<Integer> breaks() {
        for (double tolerance : TOLERANCES) {
            List<Integer> b = totalFit(tolerance);
            if (b != null) {
                return b;
            }
        }
        return new FirstFit(items, spec).breaks();
    }

    private List<Integer> totalFit(double tolerance) {
        // the active nodes live in an array, compacted in place at each break: no allocation per break
        Node[] active = new Node[16];
        int count = 1;
        active[0] = new Node(-1, 0, 1, 0, 0, 0, 0, null);
        Node[] best = new Node[4];
        for (int i = 0; i < items.size() && count > 0; i++) {
            if (!(items.get(i) instanceof Item.Penalty p) || p.cost() >= Item.INFINITE) {
                continue;
            }
            boolean last = p.cost() <= -Item.INFINITE;
            java.util.Arrays.fill(best, null);
            int kept = 0;
            for (int k = 0; k < count; k++) {
                Node a = active[k];
                double r = ratio(a, i, last);
                if (r > tolerance && !last && k > 0 && a.line > 0) {
                    // nodes are in order of position: every later one makes a still shorter line,
                    // too loose as well (lines after the first share one measure); keep them as they are
                    System.arraycopy(active, k, active, kept, count - k);
                    kept += count - k;
                    break;
                }
                if (r >= -1 && !last) {
                    active[kept++] = a;   // a may still begin a line that ends at a later break
                }
                if (r >= -1 && r <= tolerance) {
                    double badness = 100 * r * r * (r < 0 ? -r : r);
                    double d = (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
                    if (p.cost() > 0) {
                        d += p.cost() * p.cost();
                    } else if (!last) {
                        d -= p.cost() * p.cost();
                    }
                    int fitness = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
                    if (Math.abs(fitness - a.fitness) > 1) {
                        d += ADJACENT_DEMERITS;
                    }
                    double total = a.demerits + d;
                    if (best[fitness] == null || total < best[fitness].demerits) {
                        best[fitness] = new Node(i, a.line + 1, fitness, 0, 0, 0, total, a);
                    }
                }
            }
            count = kept;
            if (last) {
                Node end = null;
                for (Node b : best) {
                    if (b != null && (end == null || b.demerits < end.demerits)) {
                        end = b;
                    }
                }
                return end == null ? null : path(end);
            }
            int after = -1;
            for (Node b : best) {
                if (b == null) {
                    continue;
                }
                if (after < 0) {
                    after = afterBreak(i);
                }
                if (count == active.length) {
                    active = java.util.Arrays.copyOf(active, count * 2);
                }
                active[count++] = new Node(i, b.line, b.fitness, sumW[after], sumY[after], sumZ[after], b.demerits, b.prev);
            }
        }
        return null;
    }

    /** The adjustment ratio of a line from after node {@code a} to the break at {@code i}. */
    private double ratio(Node a, int i, boolean last) {
        double natural = sumW[i] - a.w;
        double measure = spec.measure(a.line);
        if (last) {
            // the last line: the fill glue takes up the rest, unless the line is over-full
            double shrink = sumZ[i] - a.z;
            if (natural <= measure) {
                return 0;
            }
            return shrink > 0 ? (measure - natural) / shrink : Double.NEGATIVE_INFINITY;
        }
        if (natural < measure) {
            double stretch = sumY[i] - a.y + ragged;
            return stretch > 0 ? (measure - natural) / stretch : Double.POSITIVE_INFINITY;
        }
        if (natural > measure) {
            double shrink = sumZ[i] - a.z;
            return shrink > 0 ? (measure - natural) / shrink : Double.NEGATIVE_INFINITY;
        }
        return 0;
    }

    /** The index of the first box after the break at {@code i}: glue and penalties there vanish. */
    int afterBreak(int i) {
        return afterBreak(items, i);
    }

    static int afterBreak(List<Item> items, int i) {
        int k = i + 1;
        while (k < items.size() && !(items.get(k) instanceof Item.Box)) {
            if (items.get(k) instanceof Item.Penalty p && p.cost() <= -Item.INFINITE) {
                break;
            }
            k++;
        }
        return k;
    }

    private static List<Integer> path(Node end) {
        List<Integer> out = new ArrayList<>();
        for (Node n = end; n.prev != null; n = n.prev) {
            out.add(0, n.pos);
        }
        return out;
    }
}
