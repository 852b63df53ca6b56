package org.jianbao.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.inline.InlineLayout;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.inline.Run;
import org.jianbao.model.Align;
import org.jianbao.model.Lang;
import org.jianbao.model.Span;
import org.jianbao.model.Style;

/**
 * Sets text in a style on lines, through the inline layout, and reports what it had to do: a word
 * broken inside, a character that no font has. The last few hundred layouts are kept by what they
 * depend on, for text set again and again (a watermark on every page, a list's markers, the
 * contents list set a second time with its page numbers); no more, so that a huge issue does not
 * hold the glyphs of every line it has set.
 */
final class LineSetter {
    /** A measure no line of one paragraph reaches: lines of natural width. */
    private static final double UNBOUNDED = 1e5;
    /** A Han character set after a marker, to measure where the text that follows it begins. */
    private static final String FOLLOWER = "中";

    private final Fonts fonts;
    private final InlineLayout inline;
    private final LayoutProblems problems;
    /** How many layouts are kept, the least recently used dropped first. */
    static final int KEPT = 512;
    private final Map<Key, InlineLayout.Result> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, InlineLayout.Result> eldest) {
            return size() > KEPT;
        }
    };

    /** What a layout depends on: the same key gives the same lines. */
    private record Key(List<Run> runs, LineSpec spec, double indent, boolean title) {
        // Written out rather than generated: a record's own equals and hashCode are bootstrapped on first use,
        // which costs a cold start milliseconds (docs/performance.md). Same values as the generated ones.
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key o
                    && java.util.Objects.equals(runs, o.runs)
                    && java.util.Objects.equals(spec, o.spec)
                    && Double.compare(indent, o.indent) == 0
                    && title == o.title;
        }

        @Override
        public int hashCode() {
            int h = 0;
            h = 31 * h + java.util.Objects.hashCode(runs);
            h = 31 * h + java.util.Objects.hashCode(spec);
            h = 31 * h + Double.hashCode(indent);
            h = 31 * h + Boolean.hashCode(title);
            return h;
        }
    }

    LineSetter(Fonts fonts, InlineLayout inline, LayoutProblems problems) {
        this.fonts = fonts;
        this.inline = inline;
        this.problems = problems;
    }

    LayoutProblems problems() {
        return problems;
    }

    Fonts fonts() {
        return fonts;
    }

    List<Line> lines(List<Span> spans, Style style, Lang lang, LineSpec spec, double indent, At at) {
        List<Run> runs = new ArrayList<>();
        for (Span s : spans) {
            runs.add(new Run(s.text(), fonts.style(style, lang, s)));
        }
        return lines(runs, spec, indent, at);
    }

    /** Plain text in a style. */
    List<Line> lines(String text, Style style, Lang lang, LineSpec spec, At at) {
        return lines(List.of(new Span(text, false)), style, lang, spec, 0, at);
    }

    /** The first line of plain text (for text that is known to take one line: a folio, a number). */
    Line line(String text, Style style, Lang lang, LineSpec spec, At at) {
        return lines(text, style, lang, spec, at).get(0);
    }

    List<Line> lines(List<Run> runs, LineSpec spec, double indent, At at) {
        return report(cache.computeIfAbsent(new Key(runs, spec, indent, false), k -> inline.layout(runs, spec, indent)),
                runs, at);
    }

    /** A title: word-whole line ends, centred lines balanced. */
    List<Line> title(String text, Style style, Lang lang, LineSpec spec, At at) {
        List<Run> runs = List.of(new Run(text, fonts.style(style, lang, new Span("", false))));
        return report(cache.computeIfAbsent(new Key(runs, spec, 0, true), k -> inline.layoutTitle(runs, spec)), runs,
                at);
    }

    /** The width of {@code spans} set on one line, as wide as they naturally are (0 for no text). */
    double natural(List<Span> spans, Style style, Lang lang, At at) {
        List<Line> l = lines(spans, style, lang, LineSpec.of(UNBOUNDED, Align.LEFT), 0, at);
        return l.isEmpty() ? 0 : l.get(0).width();
    }

    double natural(String text, Style style, Lang lang, At at) {
        return natural(List.of(new Span(text, false)), style, lang, at);
    }

    /**
     * Where text after {@code marker} begins: the marker's width with the gap that follows it
     * before a Han character (a marker that ends in a full-width mark keeps its blank half).
     */
    double lead(String marker, Style style, Lang lang, At at) {
        return natural(marker + FOLLOWER, style, lang, at) - style.size();
    }

    private List<Line> report(InlineLayout.Result r, List<Run> runs, At at) {
        if (r.forced()) {
            problems.warning(at, "a word or address in " + at.what() + " is too long for its line and was broken"
                    + " inside; shorten it or give it a line of its own");
        }
        for (int i = 0; i < r.missingCodePoints().size(); i++) {
            int cp = r.missingCodePoints().get(i);
            String msg = String.format("the character “%s” (U+%04X) in %s is in none of the fonts %s; use a font"
                    + " that has it (profile \"fonts\") or replace the character", new String(Character.toChars(cp)),
                    cp, at.what(), runs.get(0).style().fonts().faces());
            problems.missingGlyph(at, msg);
        }
        return r.lines();
    }
}
