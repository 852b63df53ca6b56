package org.jianbao.descriptor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jianbao.model.Lang;
import org.jianbao.model.Normalise;
import org.jianbao.model.Span;
import org.jianbao.text.Normalizer;
import org.jianbao.text.Punctuation;

/**
 * Cleans every string of a descriptor and its profile on the way in: {@link Normalizer} (line
 * breaks, blanks, NFC, characters that cannot be printed), then {@link Punctuation} as the
 * profile's {@code normalise} says. Corrections are not reported one by one: they are counted per
 * article (or per other unit: a section name, the profile) and {@link #summarise} reports them
 * once, with the first few as examples. Angle brackets around an address ({@code <https://…>})
 * are removed whatever the option, since they are markup, not punctuation.
 */
final class TextCleaner {
    /** Examples quoted in a summary. */
    private static final int EXAMPLES = 3;
    /** Characters of context on each side of an example. */
    private static final int CONTEXT = 4;

    private final Normalise mode;
    private Lang lang = Lang.HANS;
    private final Map<Punctuation.Rule, Integer> counts = new EnumMap<>(Punctuation.Rule.class);
    private final List<String> examples = new ArrayList<>();
    private Node first;

    TextCleaner(Normalise mode) {
        this.mode = mode == null ? Normalise.FIX : mode;
    }

    /** The written form of the text read from now on (its quotes differ). */
    void lang(Lang l) {
        this.lang = l == null ? Lang.HANS : l;
    }

    Lang lang() {
        return lang;
    }

    /** A one-piece text (a title, a cell, a caption): cleaned; null, with an error, if nothing is left. */
    String line(Node n, String raw) {
        List<String> pieces = clean(n, List.of(raw), new boolean[1]);
        String text = pieces.get(0);
        if (text.isEmpty()) {
            n.error("holds only spaces");
            return null;
        }
        return text;
    }

    /** A text without punctuation normalisation: program code, a pattern's literal parts. */
    String verbatim(Node n, String raw) {
        List<String> pieces = clean(n, List.of(raw), new boolean[] {true});
        return pieces.get(0).isEmpty() ? null : pieces.get(0);
    }

    /**
     * Runs of emphasis (bold, italic, links) cleaned as one text; spans left empty are dropped.
     * {@code verbatim[i]}: span {@code i} is code, whose marks stay as written.
     */
    List<Span> spans(Node n, List<Span> raw, boolean[] verbatim) {
        List<String> texts = new ArrayList<>(raw.size());
        raw.forEach(s -> texts.add(s.text()));
        List<String> pieces = clean(n, texts, verbatim);
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Span s = raw.get(i);
            if (!pieces.get(i).isEmpty()) {
                out.add(new Span(pieces.get(i), s.bold(), s.italic(), s.href()));
            }
        }
        return out;
    }

    private List<String> clean(Node n, List<String> raw, boolean[] verbatim) {
        Normalizer.Result r = Normalizer.normalize(raw);
        r.warnings().forEach(n::warn);
        r.errors().forEach(n::error);
        List<String> pieces = r.pieces();
        String joined = r.text();
        Punctuation.Result p = Punctuation.normalise(joined, lang);
        if (!p.changed()) {
            return pieces;
        }
        int[] starts = starts(pieces);
        List<Punctuation.Change> applied = new ArrayList<>();
        for (Punctuation.Change c : p.changes()) {
            if (verbatim[PieceEdits.piece(starts, c.at())]) {
                continue;
            }
            boolean markup = c.rule() == Punctuation.Rule.AUTOLINK;
            if (markup || mode == Normalise.FIX) {
                applied.add(c);
            }
            if (!markup && mode != Normalise.OFF) {
                count(n, joined, c);
            }
        }
        return PieceEdits.apply(pieces, starts, applied);
    }

    private static int[] starts(List<String> pieces) {
        int[] starts = new int[pieces.size() + 1];
        for (int i = 0; i < pieces.size(); i++) {
            starts[i + 1] = starts[i] + pieces.get(i).length();
        }
        return starts;
    }

    private void count(Node n, String text, Punctuation.Change c) {
        if (first == null) {
            first = n;
        }
        counts.merge(c.rule(), 1, Integer::sum);
        if (examples.size() < EXAMPLES) {
            int a = Math.max(0, c.at() - CONTEXT);
            int b = Math.min(text.length(), c.at() + c.from().length() + CONTEXT);
            String before = text.substring(a, c.at());
            String after = text.substring(c.at() + c.from().length(), b);
            examples.add("“" + before + c.from() + after + "” → “" + before + c.to() + after + "”");
        }
    }

    /**
     * Reports what was corrected (or, with {@code "warn"}, would be) since the last summary, as
     * one warning at {@code at} (null: where the first correction was), and starts counting anew.
     */
    void summarise(Node at, String what) {
        if (counts.isEmpty()) {
            return;
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> kinds = new ArrayList<>();
        counts.forEach((rule, k) -> kinds.add(k + " × " + rule.description()));
        String list = String.join(", ", kinds) + "; e.g. " + String.join(", ", examples);
        String message = mode == Normalise.FIX
                ? "punctuation of " + what + " normalised, " + total + (total == 1 ? " correction" : " corrections")
                        + " (" + list + "); set \"normalise\": \"off\" in the profile to keep the text as written"
                : what + " has " + total + " punctuation " + (total == 1 ? "mark" : "marks")
                        + " that Chinese text should not have (" + list + "); set \"normalise\": \"fix\" in the"
                        + " profile to correct them";
        (at != null ? at : first).warn(message);
        counts.clear();
        examples.clear();
        first = null;
    }
}
