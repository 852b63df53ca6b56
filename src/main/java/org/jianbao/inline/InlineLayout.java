package org.jianbao.inline;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.model.ProhibitionLevel;
import org.jianbao.model.PunctuationStyle;
import org.jianbao.text.Prohibitions;

/**
 * Lays out one paragraph: collect → breaks → items → line breaking → justification. The
 * composition rules (prohibition level and punctuation style) come from the publication.
 */
public final class InlineLayout {
    /** An emergency break inside a word or URL too long for any line. */
    private static final double FORCED_BREAK = 900;
    /**
     * Unjustified lines may end this many ems short without penalty (TeX's ragged-right
     * {@code \rightskip}), so that the breaker chooses good places rather than full lines.
     */
    private static final double RAGGED = 3;

    private final Prohibitions rules;
    private final ItemBuilder builder;

    /**
     * Loads ICU's line-breaking rules ahead of need: called on a background thread at start-up, it
     * overlaps that work with reading the descriptor.
     */
    public static void warmUpLines() {
        Breaks.warmUpLines();
    }

    /** Loads ICU's word dictionary (for titles) ahead of need, on a thread of its own. */
    public static void warmUpWords() {
        Breaks.warmUpWords();
    }

    public InlineLayout(ProhibitionLevel prohibition, PunctuationStyle punctuation) {
        this.rules = new Prohibitions(prohibition);
        this.builder = new ItemBuilder(punctuation);
    }

    /** The result: lines, and the characters that no font covers (their offsets in the text). */
    public record Result(List<Line> lines, List<Integer> missingCodePoints, List<Integer> missingOffsets,
                         double breakCost, boolean forced) {
    }

    /**
     * Sets {@code runs} on lines of {@code spec}; {@code indent} is the first-line indent in points.
     */
    public Result layout(List<Run> runs, LineSpec spec, double indent) {
        return layout(runs, spec, indent, false);
    }

    /**
     * Sets a title: lines end at word boundaries where they can, and centred lines are balanced —
     * the narrowest measure that needs no more lines — so that a two-line title is a trapezoid,
     * not a full line over a stub (GB/T 9704-2012 §7.3.1).
     */
    public Result layoutTitle(List<Run> runs, LineSpec spec) {
        Prepared prepared = prepare(runs, 0, true);
        Result full = prepared.set(spec, true);
        int n = full.lines().size();
        // a narrower measure is taken only if it breaks no word the full measure kept whole
        if (n < 2 || spec.align() != org.jianbao.model.Align.CENTER) {
            return full;
        }
        double lo = spec.width() / n;
        double hi = spec.width();
        Result best = full;
        double bestW = hi;
        for (int i = 0; i < 12 && hi - lo > 1; i++) {
            double mid = (lo + hi) / 2;
            Result r = prepared.set(new LineSpec(mid, spec.firstIndent(), spec.restIndent(), spec.align()), true);
            if (r.lines().size() <= n && r.breakCost() <= full.breakCost()) {
                best = r;
                bestW = mid;
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double shift = (spec.width() - bestW) / 2;
        List<Line> centred = new ArrayList<>();
        for (Line l : best.lines()) {
            List<Glyph> g = new ArrayList<>();
            l.glyphs().forEach(x -> g.add(x.shifted(shift)));
            centred.add(new Line(g, l.width(), l.justified()));
        }
        return new Result(centred, best.missingCodePoints(), best.missingOffsets(), best.breakCost(), best.forced());
    }

    private Result layout(List<Run> runs, LineSpec spec, double indent, boolean title) {
        return prepare(runs, indent, title).set(spec, title);
    }

    /** A paragraph's items, ready to be set at any measure (a balanced title tries several). */
    private Prepared prepare(List<Run> runs, double indent, boolean title) {
        Collector collector = new Collector();
        List<Cluster> clusters = collector.collect(runs);
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        Breaks.Analysis analysis = Breaks.analyse(clusters, text.toString(), rules, title);
        List<Item> items = builder.build(clusters, analysis, indent);
        List<Integer> cps = new ArrayList<>();
        List<Integer> offs = new ArrayList<>();
        collector.missing().forEach(m -> {
            cps.add(m.codePoint());
            offs.add(m.offset());
        });
        double size = runs.isEmpty() ? 0 : runs.get(0).style().size();
        return new Prepared(items, cps, offs, size);
    }

    private final class Prepared {
        private final List<Item> items;
        private final List<Integer> missingCodePoints;
        private final List<Integer> missingOffsets;
        private final double size;

        Prepared(List<Item> items, List<Integer> cps, List<Integer> offs, double size) {
            this.items = items;
            this.missingCodePoints = cps;
            this.missingOffsets = offs;
            this.size = size;
        }

        Result set(LineSpec spec, boolean title) {
            List<Item> its = splitWide(items, Math.min(spec.measure(0), spec.measure(1)));
            // a title's lines may be of any length: where they end is what matters
            double ragged = spec.align() == org.jianbao.model.Align.JUSTIFY ? 0
                    : title ? spec.width() : RAGGED * size;
            KnuthPlass breaker = new KnuthPlass(its, spec, ragged);
            List<Integer> breaks = breaker.breaks();
            List<Line> lines = new Justifier(its, spec, breaker).lines(breaks);
            double cost = 0;
            boolean forced = false;
            for (int b : breaks) {
                if (its.get(b) instanceof Item.Penalty p && p.cost() > 0 && p.cost() < Item.INFINITE) {
                    cost += p.cost();
                    forced |= p.cost() == FORCED_BREAK;
                }
                forced |= its.get(b) instanceof Item.Penalty p && p.cost() >= Item.INFINITE;
            }
            return new Result(lines, missingCodePoints, missingOffsets, cost, forced);
        }
    }

    /** Items as the line breaker sees them, for tests that check a rule on the item list. */
    List<Item> items(List<Run> runs, double indent) {
        List<Cluster> clusters = new Collector().collect(runs);
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        return builder.build(clusters, Breaks.costs(clusters, text.toString(), rules, false), indent);
    }

    /**
     * Content wider than the measure with no place to break (a 5,000-character URL, a long hash) is
     * given costly places to break: between the glyphs of a box, and at the forbidden breaks of a
     * run that no allowed break interrupts, so that it is set over several full lines instead of
     * running off the page.
     */
    private List<Item> splitWide(List<Item> items, double measure) {
        if (!hasWide(items, measure)) {
            return items;   // the usual case: nothing to split, no copy
        }
        List<Item> split = new ArrayList<>(items.size());
        for (Item it : items) {
            if (!(it instanceof Item.Box b) || b.width() <= measure || b.glyphs().size() < 2) {
                split.add(it);
                continue;
            }
            List<Glyph> gs = b.glyphs();
            for (int k = 0; k < gs.size(); k++) {
                double x0 = gs.get(k).dx();
                double x1 = k + 1 < gs.size() ? gs.get(k + 1).dx() : b.width();
                if (k > 0) {
                    split.add(new Item.Penalty(FORCED_BREAK));
                    // the pieces may be spaced a little, so that the lines they fill can be justified
                    split.add(new Item.Glue(0, ItemBuilder.URL_LETTER_STRETCH * gs.get(k).size(), 0));
                }
                split.add(new Item.Box(x1 - x0, List.of(gs.get(k).shifted(-x0))));
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
