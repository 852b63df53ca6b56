package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.JianbaoException;
import org.jianbao.Problem;
import org.jianbao.frame.FrameItem;
import org.jianbao.inline.Glyph;
import org.jianbao.inline.InlineLayout;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.inline.Run;
import org.jianbao.inline.TextStyle;
import org.jianbao.model.Lang;
import org.jianbao.model.Span;
import org.jianbao.model.Style;

/**
 * Sets text in a style: spans → lines (through the inline layout) → slabs, one per line, with the
 * paragraph keeps of clreq §3.4: a paragraph's first line is never alone at the foot of a page
 * (orphan) nor its last line alone at the top (widow).
 */
final class Setter {
    /** Top of the ideographic em box above the baseline, in ems (Noto CJK, LXGW WenKai: 880/1000). */
    static final double EM_TOP = 0.88;

    private final Fonts fonts;
    private final InlineLayout inline;
    private final Context context;
    private org.jianbao.model.Origin origin;

    Setter(Fonts fonts, InlineLayout inline, Context context) {
        this.fonts = fonts;
        this.inline = inline;
        this.context = context;
    }

    /** What is being set now, for the location of any problem found while setting it. */
    void at(org.jianbao.model.Origin where) {
        this.origin = where;
    }

    /** Reports content that had to be changed to fit. */
    void warning(String message) {
        context.warning(origin, message);
    }

    /** Reports content that cannot be set at all. */
    void error(String message) {
        context.error(origin, message);
    }

    TextStyle textStyle(Style style, Lang lang, boolean bold, double tracking) {
        return textStyle(style, lang, new Span("", bold));
    }

    /**
     * The style of a span: bold in the style's bold face — stroked (synthetic bold) only when the
     * style has no separate bold face — and italic in 楷体, the Chinese way of emphasis.
     */
    TextStyle textStyle(Style style, Lang lang, Span span) {
        String role = span.italic() && fonts.has(ITALIC_ROLE) ? ITALIC_ROLE : style.font();
        boolean fake = false;
        if (span.bold()) {
            if (!span.italic() && !style.boldFont().equals(style.font())) {
                role = style.boldFont();
            } else {
                fake = true;
            }
        }
        return new TextStyle(fonts.chain(role, lang), style.size(), style.color(), lang, 0, fake, span.href());
    }

    /** The font role that sets italic (emphasised) runs. */
    static final String ITALIC_ROLE = "kai";

    List<Line> lines(List<Span> spans, Style style, Lang lang, LineSpec spec, double indent, String where) {
        List<Run> runs = new ArrayList<>();
        for (Span s : spans) {
            runs.add(new Run(s.text(), textStyle(style, lang, s)));
        }
        return lines(runs, spec, indent, where);
    }

    List<Line> lines(List<Run> runs, LineSpec spec, double indent, String where) {
        return report(cache.computeIfAbsent(new Key(runs, spec, indent, false), k -> inline.layout(runs, spec, indent)),
                runs, where);
    }

    /** A title: word-whole line ends, centred lines balanced. */
    List<Line> title(String text, Style style, Lang lang, LineSpec spec, String where) {
        List<Run> runs = List.of(new Run(text, textStyle(style, lang, false, 0)));
        return report(cache.computeIfAbsent(new Key(runs, spec, 0, true), k -> inline.layoutTitle(runs, spec)), runs,
                where);
    }

    /** What a layout depends on: the same key gives the same lines (the second pass reuses the first's). */
    private record Key(List<Run> runs, LineSpec spec, double indent, boolean title) {
    }

    private final java.util.Map<Key, InlineLayout.Result> cache = new java.util.HashMap<>();

    private List<Line> report(InlineLayout.Result r, List<Run> runs, String where) {
        if (r.forced()) {
            context.warning(origin, "a word or address in " + where + " is too long for its line and was broken inside;"
                    + " shorten it or give it a line of its own");
        }
        for (int i = 0; i < r.missingCodePoints().size(); i++) {
            int cp = r.missingCodePoints().get(i);
            String msg = String.format("the character “%s” (U+%04X) in %s is in none of the fonts %s; use a font"
                    + " that has it (profile \"fonts\") or replace the character", new String(Character.toChars(cp)),
                    cp, where, runs.get(0).style().fonts().faces());
            context.missingGlyph(origin, msg);
        }
        return r.lines();
    }

    /** One line as slab content: glyph runs on the baseline of a line of pitch {@code pitch}. */
    static List<FrameItem> items(Line line, double pitch, double size, double x) {
        double baseline = (pitch - size) / 2 + EM_TOP * size;
        return runs(line.glyphs(), baseline, x);
    }

    /** Glyphs grouped into runs of one face, size, colour and weight; link areas over linked glyphs. */
    static List<FrameItem> runs(List<Glyph> glyphs, double baseline, double x) {
        List<FrameItem> out = new ArrayList<>();
        List<FrameItem.Placed> cur = new ArrayList<>();
        Glyph first = null;
        for (Glyph g : glyphs) {
            if (first != null && (g.face() != first.face() || g.size() != first.size()
                    || !g.color().equals(first.color()) || g.style().fakeBold() != first.style().fakeBold())) {
                out.add(run(first, baseline, cur));
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) {
                first = g;
            }
            cur.add(new FrameItem.Placed(g.text(), x + g.dx(), g.hScale()));
        }
        if (!cur.isEmpty()) {
            out.add(run(first, baseline, cur));
        }
        links(glyphs, baseline, x, out);
        return out;
    }

    private static FrameItem.GlyphRun run(Glyph first, double baseline, List<FrameItem.Placed> glyphs) {
        return new FrameItem.GlyphRun(baseline, first.face(), first.size(), first.color(), first.style().fakeBold(),
                glyphs);
    }

    /** A clickable area over each stretch of glyphs that share a link target. */
    private static void links(List<Glyph> glyphs, double baseline, double x, List<FrameItem> out) {
        int i = 0;
        while (i < glyphs.size()) {
            String href = glyphs.get(i).style().href();
            int j = i;
            while (j < glyphs.size() && java.util.Objects.equals(glyphs.get(j).style().href(), href)) {
                j++;
            }
            if (href != null) {
                Glyph a = glyphs.get(i);
                Glyph b = glyphs.get(j - 1);
                double x0 = x + a.dx();
                double x1 = x + b.dx() + b.face().advance(b.text().codePointAt(0)) * b.size();
                out.add(new FrameItem.UriLink(x0, baseline - EM_TOP * a.size(), x1 - x0, a.size(), href));
            }
            i = j;
        }
    }

    /**
     * Lines as slabs with the paragraph keeps; the first slab carries {@code spaceBefore} and
     * {@code keepFirst} (kept with what precedes it: a title).
     */
    static List<Slab> slabs(List<Line> lines, Style style, double x, boolean keepFirst) {
        List<Slab> out = new ArrayList<>();
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            boolean keep = i == 0 ? keepFirst : (i == 1 || i == n - 1);
            Slab s = Slab.of(style.lineHeight(), items(lines.get(i), style.lineHeight(), style.size(), x)).keep(keep);
            if (i == 0) {
                s = s.before(style.spaceBefore());
            }
            out.add(s);
        }
        return out;
    }

    /** What the setter reports to: missing glyphs are errors unless the user allowed them. */
    interface Context {
        void missingGlyph(org.jianbao.model.Origin at, String message);

        /** Content that was made to fit (broken inside a word, scaled down). */
        void warning(org.jianbao.model.Origin at, String message);

        /** Content that cannot be set (an unreadable picture). */
        void error(org.jianbao.model.Origin at, String message);
    }

    /** The usual context: collects messages as problems located where the content was written. */
    static final class Problems implements Context {
        private final java.nio.file.Path file;
        private final boolean allowMissing;
        private final List<Problem> list = new ArrayList<>();

        Problems(java.nio.file.Path file, boolean allowMissing) {
            this.file = file;
            this.allowMissing = allowMissing;
        }

        private void add(Problem.Severity s, org.jianbao.model.Origin at, String message) {
            Problem p = at == null ? new Problem(s, file, 0, 0, "", message)
                    : new Problem(s, at.file(), at.line(), at.column(), at.path(), message);
            if (!list.contains(p)) {
                list.add(p);
            }
        }

        @Override
        public void missingGlyph(org.jianbao.model.Origin at, String message) {
            add(allowMissing ? Problem.Severity.WARNING : Problem.Severity.ERROR, at,
                    message + (allowMissing ? " (set as 〓)" : ""));
        }

        @Override
        public void warning(org.jianbao.model.Origin at, String message) {
            add(Problem.Severity.WARNING, at, message);
        }

        @Override
        public void error(org.jianbao.model.Origin at, String message) {
            add(Problem.Severity.ERROR, at, message);
        }

        List<Problem> all() {
            return list;
        }

        void throwIfErrors() {
            if (list.stream().anyMatch(Problem::isError)) {
                throw new JianbaoException(list);
            }
        }
    }
}
