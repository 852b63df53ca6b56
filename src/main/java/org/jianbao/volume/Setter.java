package org.jianbao.volume;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.font.Face;
import org.jianbao.font.FontChain;
import org.jianbao.font.FontLibrary;
import org.jianbao.frame.FrameItem;
import org.jianbao.inline.Glyph;
import org.jianbao.inline.InlineLayout;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.inline.Run;
import org.jianbao.inline.TextStyle;
import org.jianbao.model.Align;
import org.jianbao.model.Color;
import org.jianbao.model.Lang;
import org.jianbao.model.Publication;
import org.jianbao.model.Style;
import org.jianbao.problem.JianbaoException;

/**
 * Sets the volume's own text (cover, contents) through the inline layout, in the publication's
 * font roles and composition rules, and turns lines into glyph runs. A role's families are tried in
 * order, then the {@code fallback} role's; Traditional Chinese takes the TC face of a collection
 * (docs/typography.md §3.3), as in the issues.
 */
final class Setter {
    /** A measure no line of the volume's text reaches: lines of natural width. */
    private static final double UNBOUNDED = 1e5;
    /** Top of the ideographic em box above the baseline, in ems (Noto CJK, LXGW WenKai: 880/1000). */
    private static final double EM_TOP = 0.88;

    private final FontLibrary library;
    private final Publication pub;
    private final InlineLayout inline;
    private final boolean allowMissing;
    private final Map<String, FontChain> chains = new HashMap<>();

    Setter(FontLibrary library, Publication pub, boolean allowMissing) {
        this.library = library;
        this.pub = pub;
        this.inline = new InlineLayout(pub.prohibition(), pub.punctuation());
        this.allowMissing = allowMissing;
    }

    Publication publication() {
        return pub;
    }

    /** {@code text} in {@code role} at {@code size}, on lines of {@code spec}. */
    List<Line> lines(String text, String role, double size, Color color, double tracking, Lang lang, LineSpec spec) {
        TextStyle ts = new TextStyle(chain(role, lang), size, color, lang, tracking);
        InlineLayout.Result r = inline.layout(List.of(new Run(text, ts)), spec, 0);
        if (!r.missingCodePoints().isEmpty() && !allowMissing) {
            int cp = r.missingCodePoints().get(0);
            throw JianbaoException.of(String.format("the character “%s” (U+%04X) of “%s” is in none of the fonts of"
                    + " the role %s; use a font that has it (profile \"fonts\")", new String(Character.toChars(cp)), cp,
                    text, role));
        }
        return r.lines();
    }

    /** {@code text} in {@code style}, on lines of {@code spec}. */
    List<Line> lines(String text, Style style, Lang lang, LineSpec spec) {
        return lines(text, style.font(), style.size(), style.color(), 0, lang, spec);
    }

    /** The width of {@code text} set on one line. */
    double natural(String text, Style style, Lang lang) {
        return lines(text, style, lang, LineSpec.of(UNBOUNDED, Align.LEFT)).get(0).width();
    }

    /** A line as glyph runs (one per face, size and colour), on a baseline centred in a line of {@code pitch}. */
    static List<FrameItem> runs(Line line, double pitch, double x, double top) {
        List<FrameItem> out = new ArrayList<>();
        List<FrameItem.Placed> cur = new ArrayList<>();
        Glyph first = null;
        for (Glyph g : line.glyphs()) {
            if (first != null && (g.face() != first.face() || g.size() != first.size() || !g.color().equals(first.color()))) {
                out.add(run(first, cur, pitch, top));
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) {
                first = g;
            }
            cur.add(new FrameItem.Placed(g.text(), x + g.dx(), g.hScale()));
        }
        if (!cur.isEmpty()) {
            out.add(run(first, cur, pitch, top));
        }
        return out;
    }

    private static FrameItem.GlyphRun run(Glyph g, List<FrameItem.Placed> placed, double pitch, double top) {
        double baseline = top + (pitch - g.size()) / 2 + EM_TOP * g.size();
        return new FrameItem.GlyphRun(baseline, g.face(), g.size(), g.color(), false, placed);
    }

    private FontChain chain(String role, Lang lang) {
        return chains.computeIfAbsent(role + "/" + lang, k -> {
            List<String> names = new ArrayList<>(pub.fonts().getOrDefault(role, List.of()));
            names.addAll(pub.fonts().getOrDefault("fallback", List.of()));
            List<Face> faces = new ArrayList<>();
            for (String name : names) {
                String wanted = lang == Lang.HANT ? name.replace(" SC", " TC") : name;
                library.face(wanted).or(() -> library.face(name)).filter(f -> !faces.contains(f)).ifPresent(faces::add);
            }
            if (faces.isEmpty()) {
                throw JianbaoException.of("the font role " + role + " of the profile names no font of the fonts folder");
            }
            return new FontChain(faces);
        });
    }
}
