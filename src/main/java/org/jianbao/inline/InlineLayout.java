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

    private final Prohibitions rules;
    private final ItemBuilder builder;

    public InlineLayout(ProhibitionLevel prohibition, PunctuationStyle punctuation) {
        this.rules = new Prohibitions(prohibition);
        this.builder = new ItemBuilder(punctuation);
    }

    /** The result: lines, and the characters that no font covers (their offsets in the text). */
    public record Result(List<Line> lines, List<Integer> missingCodePoints, List<Integer> missingOffsets) {
    }

    /**
     * Sets {@code runs} on lines of {@code spec}; {@code indent} is the first-line indent in points.
     */
    public Result layout(List<Run> runs, LineSpec spec, double indent) {
        Collector collector = new Collector();
        List<Cluster> clusters = collector.collect(runs);
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        double[] costs = Breaks.costs(clusters, text.toString(), rules);
        List<Item> items = splitWide(builder.build(clusters, costs, indent), Math.min(spec.measure(0), spec.measure(1)));
        KnuthPlass breaker = new KnuthPlass(items, spec);
        List<Line> lines = new Justifier(items, spec, breaker).lines(breaker.breaks());
        List<Integer> cps = new ArrayList<>();
        List<Integer> offs = new ArrayList<>();
        collector.missing().forEach(m -> {
            cps.add(m.codePoint());
            offs.add(m.offset());
        });
        return new Result(lines, cps, offs);
    }

    /** Items as the line breaker sees them, for tests that check a rule on the item list. */
    List<Item> items(List<Run> runs, double indent) {
        List<Cluster> clusters = new Collector().collect(runs);
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        return builder.build(clusters, Breaks.costs(clusters, text.toString(), rules), indent);
    }

    /**
     * A box wider than the measure (a 5,000-character URL) is cut between its glyphs, with costly
     * breaks, so that it is set over several lines instead of running off the page.
     */
    private static List<Item> splitWide(List<Item> items, double measure) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item it : items) {
            if (!(it instanceof Item.Box b) || b.width() <= measure || b.glyphs().size() < 2) {
                out.add(it);
                continue;
            }
            List<Glyph> gs = b.glyphs();
            for (int k = 0; k < gs.size(); k++) {
                double x0 = gs.get(k).dx();
                double x1 = k + 1 < gs.size() ? gs.get(k + 1).dx() : b.width();
                if (k > 0) {
                    out.add(new Item.Penalty(FORCED_BREAK));
                }
                out.add(new Item.Box(x1 - x0, List.of(gs.get(k).shifted(-x0))));
            }
        }
        return out;
    }
}
