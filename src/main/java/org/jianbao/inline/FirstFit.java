package org.jianbao.inline;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking, the fallback of {@link KnuthPlass} when no set of breaks keeps every line
 * within tolerance (a line that cannot be filled whatever is done).
 */
final class FirstFit {
    private final List<Item> items;
    private final LineSpec spec;

    FirstFit(List<Item> items, LineSpec spec) {
        this.items = items;
        this.spec = spec;
    }

    /**
     * The fallback: fill each line as far as it goes and break at the last legal place; a line
     * with no legal place breaks at the last penalty of any cost, or after the first box.
     */
    List<Integer> breaks() {
        List<Integer> out = new ArrayList<>();
        int start = 0;
        int line = 0;
        int n = items.size();
        while (true) {
            double w = 0;
            double z = 0;
            int lastLegal = -1;
            int lastAny = -1;
            int at = -1;
            boolean ended = false;
            for (int i = start; i < n; i++) {
                Item it = items.get(i);
                if (it instanceof Item.Penalty p) {
                    if (p.cost() <= -Item.INFINITE) {
                        ended = true;
                        at = i;
                        break;
                    }
                    boolean fits = w - z <= spec.measure(line) + 1e-6;
                    if (fits && p.cost() < Item.INFINITE) {
                        lastLegal = i;
                    }
                    if (fits && i > start) {
                        lastAny = i;
                    }
                    if (!fits && lastLegal < 0 && lastAny < 0 && i > start) {
                        at = i;   // nothing fitted at all: break at the first place after the overflow
                        break;
                    }
                    continue;
                }
                w += it.width();
                z += it instanceof Item.Glue g ? g.shrink() : 0;
                if (w - z > spec.measure(line) + 1e-6 && (lastLegal >= 0 || lastAny >= 0)) {
                    at = lastLegal >= 0 ? lastLegal : lastAny;
                    break;
                }
            }
            if (ended && (w - z <= spec.measure(line) + 1e-6 || (lastLegal < 0 && lastAny < 0))) {
                out.add(at);
                return out;
            }
            if (at < 0 || ended) {
                at = lastLegal >= 0 ? lastLegal : lastAny >= 0 ? lastAny : n - 1;
            }
            if (at >= n - 1 || at < start) {
                out.add(n - 1);
                return out;
            }
            out.add(at);
            start = KnuthPlass.afterBreak(items, at);
            line++;
        }
    }
}
