package org.jianbao.inline;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.text.Prohibitions;

/**
 * Content too wide for its lines: a word or an address longer than the measure. Such content
 * gets emergency breaks; it is never letter-spaced (issue 10 item 7) — a line made of it alone is
 * filled by widening its glyphs a little ({@link ItemBuilder#EXPANSION}).
 */
final class Overflow {
    /** An emergency break inside a word or URL too long for any line. */
    static final double FORCED_BREAK = 900;

    private final Prohibitions rules;

    Overflow(Prohibitions rules) {
        this.rules = rules;
    }

    /**
     * An address no wider than the measure breaks only after its marks: its emergency breaks
     * ({@link Breaks#URL_ANYWHERE}) are taken away. An address is a run of boxes joined by
     * expansion glue (nothing else is joined so).
     */
    static List<Item> keepShortAddressesWhole(List<Item> items, double measure) {
        List<Item> out = null;
        int n = items.size();
        for (int i = 0; i < n; i++) {
            if (!(items.get(i) instanceof Item.Box first)) {
                continue;
            }
            double width = first.width();
            int j = i;
            boolean emergency = false;
            while (j + 2 < n && items.get(j + 1) instanceof Item.Glue g && g.expand()) {
                int k = j + 2;
                if (items.get(k) instanceof Item.Penalty p) {
                    emergency |= p.cost() == Breaks.URL_ANYWHERE;
                    k++;
                }
                if (k >= n || !(items.get(k) instanceof Item.Box b)) {
                    break;
                }
                width += b.width();
                j = k;
            }
            if (emergency && width <= measure) {
                out = out == null ? new ArrayList<>(items) : out;
                for (int k = i; k < j; k++) {
                    if (items.get(k) instanceof Item.Penalty p && p.cost() == Breaks.URL_ANYWHERE) {
                        out.set(k, new Item.Penalty(Item.INFINITE));
                    }
                }
            }
            i = j;
        }
        return out == null ? items : out;
    }

    /**
     * Content wider than the measure with no place to break (a 5,000-character URL, a long hash) is
     * given costly places to break: between the glyphs of a box, and at the forbidden breaks of a
     * run that no allowed break interrupts, so that it is set over several full lines instead of
     * running off the page.
     */
    List<Item> splitWide(List<Item> items, double measure) {
        if (!hasWide(items, measure)) {
            return items;   // the usual case: nothing to split, no copy
        }
        List<Item> split = new ArrayList<>(items.size());
        for (Item it : items) {
            if (!(it instanceof Item.Box b) || b.width() <= measure || b.glyphs().size() < 2) {
                split.add(it);
                continue;
            }
            // cut between the parts the box was merged from (the first keeps what lies before it: an indent)
            List<Glyph> gs = b.glyphs();
            double[] starts = b.starts();
            int k = 0;
            while (k < gs.size()) {
                int j = k + 1;
                while (j < gs.size() && starts[j] == starts[k]) {
                    j++;   // glyphs of one part (the two dashes of ——) stay together
                }
                double x0 = k == 0 ? 0 : starts[k];
                double x1 = j < gs.size() ? starts[j] : b.width();
                if (k > 0) {
                    split.add(new Item.Penalty(FORCED_BREAK));
                }
                List<Glyph> part = new ArrayList<>(j - k);
                for (int g = k; g < j; g++) {
                    part.add(gs.get(g).shifted(-x0));
                }
                split.add(new Item.Box(x1 - x0, part));
                if (j < gs.size()) {
                    // never letter-spaced: a line of the pieces is filled by widening its glyphs a little
                    split.add(Item.Glue.expansion(ItemBuilder.EXPANSION * (x1 - x0)));
                }
                k = j;
            }
        }
        // runs between allowed breaks that are wider than a line: their forbidden breaks become costly ones
        List<Item> out = new ArrayList<>(split);
        int start = 0;
        double width = 0;
        for (int i = 0; i <= split.size(); i++) {
            boolean legal = i == split.size()
                    || split.get(i) instanceof Item.Penalty p && p.cost() < Item.INFINITE;
            if (legal) {
                if (width > measure) {
                    for (int k = start + 1; k < i - 1; k++) {
                        if (split.get(k) instanceof Item.Penalty p && p.cost() >= Item.INFINITE
                                && split.get(k - 1) instanceof Item.Box before && nextBox(split, k) instanceof Item.Box after
                                && !before.glyphs().isEmpty() && !after.glyphs().isEmpty()
                                && !rules.noEnd(last(before)) && !rules.noStart(first(after))) {
                            out.set(k, new Item.Penalty(FORCED_BREAK));   // never where a mark may not stand
                        }
                    }
                }
                start = i;
                width = 0;
            } else {
                width += split.get(i).width();
            }
        }
        return out;
    }

    /** Whether a run between two allowed breaks is wider than {@code measure}. */
    private static boolean hasWide(List<Item> items, double measure) {
        double width = 0;
        for (Item it : items) {
            if (it instanceof Item.Penalty p && p.cost() < Item.INFINITE) {
                width = 0;
            } else if ((width += it.width()) > measure) {
                return true;
            }
        }
        return false;
    }

    private static Item nextBox(List<Item> items, int k) {
        for (int i = k + 1; i < items.size(); i++) {
            if (items.get(i) instanceof Item.Box b) {
                return b;
            }
        }
        return null;
    }

    private static int first(Item.Box b) {
        return b.glyphs().get(0).text().codePointAt(0);
    }

    private static int last(Item.Box b) {
        String t = b.glyphs().get(b.glyphs().size() - 1).text();
        return t.codePointBefore(t.length());
    }
}
