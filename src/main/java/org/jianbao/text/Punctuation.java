package org.jianbao.text;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.model.Lang;

/**
 * Punctuation normalisation: text as pasted from web pages, WeChat and Word → text with the
 * marks Chinese typesetting expects (GB/T 15834-2011 §5.1: Chinese text takes Chinese marks). A
 * pure function, linear in the length of the text; the rules, with examples, are in
 * docs/typography.md "Punctuation normalisation":
 * <ul>
 * <li>{@link Rule#MARK}: in Chinese text, ASCII {@code , . ; : ? ! ( ) [ ]} → {@code ，。；：？！（）［］};</li>
 * <li>{@link Rule#QUOTE}: straight quotes → paired {@code “” ‘’} (zh-Hant: {@code 「」 『』});
 *     a curly quote turned the wrong way ({@code “…“}) turned round;</li>
 * <li>{@link Rule#HALF_WIDTH}: full-width Latin letters and digits → ASCII;</li>
 * <li>{@link Rule#DASH}: a single dash between Chinese words → {@code ——};</li>
 * <li>{@link Rule#RANGE}: a hyphen between the numbers of a range → {@code —} (GB/T 15834 §4.13.3.2);</li>
 * <li>{@link Rule#AUTOLINK}: the angle brackets of {@code <https://…>} removed;</li>
 * <li>{@link Rule#SPACE}: blanks beside a full-width mark removed (the mark carries its own space).</li>
 * </ul>
 * Web and e-mail addresses are never changed; numbers ({@code 3.14}, {@code 1,000}, {@code 10:30}),
 * list numbers ({@code 1.}) and marks between Latin words are left as they are. Whether a mark
 * stands in Chinese text is decided by the nearest word on either side of it, looking across
 * blanks, digits, {@code %} and closing marks; the start and end of a text that holds any Chinese
 * count as Chinese.
 *
 * <p>Callers: the descriptor reader (every string, with the profile's {@code normalise} option),
 * and tools that clean a source once (a {@code fix} command, importers). The input is plain text:
 * run it on the text of Markdown, not on its source, where brackets and angle brackets are syntax.
 */
public final class Punctuation {
    private Punctuation() {
    }

    /** Why a piece of text was changed. */
    public enum Rule {
        MARK("ASCII mark in Chinese text"), QUOTE("straight or wrong-way quote"),
        HALF_WIDTH("full-width letter or digit"), DASH("single dash between Chinese words"),
        RANGE("hyphen in a number range"), AUTOLINK("angle brackets around an address"),
        SPACE("blank beside a full-width mark");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        /** What the rule corrects, in a few words. */
        public String description() {
            return description;
        }
    }

    /**
     * One correction: the text {@code from} at UTF-16 index {@code at} of the input was replaced by
     * {@code to} (empty: removed).
     */
    public record Change(int at, String from, String to, Rule rule) {
        @Override
        public String toString() {
            return at + ": \"" + from + "\" → \"" + to + "\" (" + rule.name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
    }

    /** The normalised text and what was changed, in order. */
    public record Result(String text, List<Change> changes) {
        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    /** Normalises the punctuation of {@code text}, written in {@code lang}. */
    public static Result normalise(String text, Lang lang) {
        if (inert(text)) {
            return new Result(text, List.of());
        }
        return rules(text, lang);
    }

    /** Every rule applied, without the shortcut for text that no rule can change. */
    static Result rules(String text, Lang lang) {
        Draft d = new Draft(text, lang == null ? Lang.HANS : lang);
        halfWidth(d);
        autolinks(d);
        Dashes.apply(d);
        Marks.apply(d);
        blanksBesideMarks(d);
        return assemble(d);
    }

    /**
     * Full-width marks that no rule changes: no rule looks at them unless an ASCII mark, a quote, a
     * dash, a blank or a full-width letter is near (PunctuationTest checks this on random text).
     */
    private static final String INERT_MARKS = "，。、；：？！（）《》〈〉【】〔〕…·％";

    /**
     * Whether no rule can change {@code text}: it holds only Chinese characters, ASCII letters and
     * digits, and {@link #INERT_MARKS}. Most paragraphs of a bulletin are such text, and building a
     * {@link Draft} for them costs a cold start milliseconds.
     */
    static boolean inert(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || INERT_MARKS.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Full-width Latin letters and digits (U+FF10–FF19, FF21–FF3A, FF41–FF5A) → ASCII. */
    private static void halfWidth(Draft d) {
        for (int i = 0; i < d.n; i++) {
            char c = d.text.charAt(i);
            if (c >= 0xFF10 && c <= 0xFF19 || c >= 0xFF21 && c <= 0xFF3A || c >= 0xFF41 && c <= 0xFF5A) {
                d.set(i, String.valueOf((char) (c - 0xFEE0)), Rule.HALF_WIDTH);
            }
        }
    }

    /** {@code <https://…>}, {@code <www.…>}, {@code <name@host>}: the brackets go (the layout links the address). */
    private static void autolinks(Draft d) {
        for (Links.Link l : d.links) {
            if (d.at(l.start() - 1) == '<' && d.at(l.end()) == '>') {
                d.remove(l.start() - 1, Rule.AUTOLINK);
                d.remove(l.end(), Rule.AUTOLINK);
            }
        }
    }

    /** Blanks beside the full-width marks that only Chinese text uses (，。、「」…) are removed. */
    private static void blanksBesideMarks(Draft d) {
        for (int i = 0; i < d.n; i++) {
            if (Script.isChineseMark(d.text.charAt(i)) && !d.removed[i]) {
                d.absorbBlanks(i);
            }
        }
    }

    /** The output text, and one change per stretch of input changed by one rule. */
    private static Result assemble(Draft d) {
        StringBuilder out = new StringBuilder(d.n);
        List<Change> changes = new ArrayList<>();
        int i = 0;
        while (i < d.n) {
            if (d.replace[i] == null && !d.removed[i]) {
                out.append(d.text.charAt(i));
                i++;
                continue;
            }
            int start = i;
            StringBuilder to = new StringBuilder();
            Rule rule = null;
            while (i < d.n && (d.replace[i] != null || d.removed[i])) {
                Rule r = d.rule[i];
                if (rule != null && rule != Rule.SPACE && r != Rule.SPACE && r != rule) {
                    break;   // one change per rule (a mark and the blanks it took stay one)
                }
                if (d.replace[i] != null) {
                    to.append(d.replace[i]);
                }
                if (rule == null || rule == Rule.SPACE) {
                    rule = r;
                }
                i++;
            }
            out.append(to);
            changes.add(new Change(start, d.text.substring(start, i), to.toString(), rule));
        }
        return new Result(out.toString(), List.copyOf(changes));
    }
}
