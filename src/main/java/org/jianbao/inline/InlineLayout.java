package org.jianbao.inline;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.model.ProhibitionLevel;
import org.jianbao.model.PunctuationStyle;
import org.jianbao.text.Links;
import org.jianbao.text.Prohibitions;

/**
 * Lays out one paragraph: collect → breaks → items → line breaking → justification. The
 * composition rules (prohibition level and punctuation style) come from the publication.
 */
public final class InlineLayout {
    /**
     * Unjustified lines may end this many ems short without penalty (TeX's ragged-right
     * {@code \rightskip}), so that the breaker chooses good places rather than full lines.
     */
    private static final double RAGGED = 3;

    private final Prohibitions rules;
    private final ItemBuilder builder;
    private final Overflow overflow;

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
        this.overflow = new Overflow(rules);
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
     * Sets a title: at its natural width, never squeezed, broken where the meaning allows and in
     * the shapes of GB/T 9704-2012 §7.3.1 ({@link TitleBreaker}).
     */
    public Result layoutTitle(List<Run> runs, LineSpec spec) {
        return layout(runs, spec, 0, true);
    }

    private Result layout(List<Run> runs, LineSpec spec, double indent, boolean title) {
        return prepare(runs, indent, title).set(spec, title);
    }

    /** A paragraph's items, ready to be set at a measure. */
    private Prepared prepare(List<Run> runs, double indent, boolean title) {
        Collector collector = new Collector();
        List<Cluster> clusters = collector.collect(runs);
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        List<Links.Link> links = Links.find(text);
        clusters = Autolinks.apply(clusters, links);
        double[] cost = Breaks.costs(clusters, text.toString(), links, rules, title);
        List<Item> items = builder.build(clusters, cost, Autolinks.inside(clusters, links), indent);
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
            List<Item> its = title ? rigid(items) : items;
            List<Integer> breaks = title ? new TitleBreaker(its, spec, size).breaks() : null;
            if (breaks == null) {
                double measure = Math.min(spec.measure(0), spec.measure(1));
                its = overflow.splitWide(Overflow.keepShortAddressesWhole(its, measure), measure);
            }
            // a title's lines may be of any length: where they end is what matters
            double ragged = spec.align() == org.jianbao.model.Align.JUSTIFY ? 0
                    : title ? spec.width() : RAGGED * size;
            KnuthPlass breaker = new KnuthPlass(its, spec, ragged);
            if (breaks == null) {
                breaks = breaker.breaks();
            }
            List<Line> lines = new Justifier(its, spec, breaker).lines(breaks);
            double cost = 0;
            boolean forced = false;
            for (int b : breaks) {
                if (its.get(b) instanceof Item.Penalty p && p.cost() > 0 && p.cost() < Item.INFINITE) {
                    cost += p.cost();
                    // an address or word parted inside for want of any other place: the writer should know
                    forced |= p.cost() == Overflow.FORCED_BREAK || p.cost() == Breaks.URL_ANYWHERE;
                }
                forced |= its.get(b) instanceof Item.Penalty p && p.cost() >= Item.INFINITE;
            }
            return new Result(lines, missingCodePoints, missingOffsets, cost, forced);
        }
    }

    /** A title's items without shrink: a title is never squeezed to fit (no negative spacing). */
    private static List<Item> rigid(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item it : items) {
            out.add(it instanceof Item.Glue g && g.shrink() != 0 ? new Item.Glue(g.width(), g.stretch(), 0, g.glyph()) : it);
        }
        return out;
    }

    /** Items as the line breaker sees them, for tests that check a rule on the item list. */
    List<Item> items(List<Run> runs, double indent) {
        List<Cluster> clusters = new Collector().collect(runs);
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        return builder.build(clusters, Breaks.costs(clusters, text.toString(), rules, false), indent);
    }
}
