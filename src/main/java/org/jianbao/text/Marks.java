package org.jianbao.text;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jianbao.model.Lang;

/**
 * ASCII punctuation in Chinese text → the full-width marks (GB/T 15834-2011 §5.1: Chinese text
 * takes Chinese marks; W3C clreq §3.1 "mixed punctuation"): stops, pauses, brackets and quotes.
 * Numbers ({@code 3.14}, {@code 1,000}, {@code 10:30}), list numbers ({@code 1.}), words joined by a
 * mark ({@code Node.js}, {@code key:value}) and everything between two Latin words are left alone.
 */
final class Marks {
    /**
     * GB/T 15834-2011 §4.1–§4.7 (stops, pauses), §4.9 (brackets), §5.1: the full-width mark for each ASCII mark in Chinese text.
     * Mainland and Taiwan use the same code points (the engine sets them left-aligned or centred).
     */
    private static final String ASCII = ",.;:?!()[]";
    private static final String FULL = "，。；：？！（）［］";
    /**
     * Quotes, GB/T 15834-2011 §4.8 (Mainland: “” then ‘’) and the Taiwan Ministry of Education's
     * 重訂標點符號手冊 (「」 then 『』), as the samples set them: double, then single.
     */
    private static final String[] HANS_QUOTES = {"“", "”", "‘", "’"};
    private static final String[] HANT_QUOTES = {"「", "」", "『", "』"};

    private Marks() {
    }

    static void apply(Draft d) {
        for (int i = 0; i < d.n; i++) {
            char c = d.text.charAt(i);
            if (",.;:?!".indexOf(c) >= 0 && stop(d, i) && !d.latinPhrase(i) && d.chineseAround(i)) {
                full(d, i);
            }
        }
        brackets(d, '(', ')', '（', '）');
        brackets(d, '[', ']', '［', '］');
        quotes(d, '"', '“', '”');
        quotes(d, '\'', '‘', '’');
    }

    /** Whether the ASCII mark at {@code i} is sentence punctuation, not part of a number or word. */
    private static boolean stop(Draft d, int i) {
        char c = d.text.charAt(i);
        if (d.isAsciiAlnum(i - 1) && d.isAsciiAlnum(i + 1)) {
            return false;   // 3.14, 1,000, 10:30, Node.js, key:value
        }
        if (d.isDigit(i - 1) && d.isDigit(i + 1)) {
            return false;   // full-width digits on both sides
        }
        if (c == '.') {
            // a list number (1.), a decimal, an ellipsis ..., an abbreviation's dot before a word
            return !d.isDigit(i - 1) && d.at(i - 1) != '.' && d.at(i + 1) != '.' && !d.isAsciiAlnum(i + 1);
        }
        if (c == ':') {
            return d.at(i + 1) != '/';   // a scheme such as ftp://
        }
        return true;
    }

    private static void full(Draft d, int i) {
        if (d.set(i, String.valueOf(FULL.charAt(ASCII.indexOf(d.text.charAt(i)))), Punctuation.Rule.MARK)) {
            d.absorbBlanks(i);
        }
    }

    /**
     * Brackets are decided in pairs, so that a pair is never half converted: a pair is Chinese if
     * it encloses Chinese, if the word on either side of it is Chinese, or if its partner is
     * already full-width. A bracket right after a Latin letter or digit around Latin only is code
     * or a formula ({@code f(x)}, {@code a[i]}) and stays.
     */
    private static void brackets(Draft d, char open, char close, char fullOpen, char fullClose) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < d.n; i++) {
            char c = d.text.charAt(i);
            if (c == open || c == fullOpen) {
                stack.push(i);
            } else if (c == close || c == fullClose) {
                if (stack.isEmpty()) {
                    single(d, i, c == close);
                    continue;
                }
                int o = stack.pop();
                boolean asciiOpen = d.text.charAt(o) == open;
                boolean asciiClose = c == close;
                if (!asciiOpen && !asciiClose) {
                    continue;
                }
                boolean english = d.latinPhrase(o) && d.latinPhrase(i);
                boolean chinese = !asciiOpen || !asciiClose || d.chineseBetween(o, i)
                        || !english && !d.isAsciiAlnum(o - 1) && d.chineseAround(o, i);
                if (chinese) {
                    if (asciiOpen) {
                        full(d, o);
                    }
                    if (asciiClose) {
                        full(d, i);
                    }
                }
            }
        }
        while (!stack.isEmpty()) {
            int o = stack.pop();
            single(d, o, d.text.charAt(o) == open);
        }
    }

    private static void single(Draft d, int i, boolean ascii) {
        if (ascii && !d.latinPhrase(i) && d.chineseAround(i)) {
            full(d, i);
        }
    }

    /**
     * Straight quotes become paired ones by position: the paired quotes already in the text say
     * which quote is open; a straight quote closes an open one, else opens. A pair is Chinese as a
     * bracket pair is, and a straight quote closing a paired one takes its partner's form. A
     * quote between two letters is an apostrophe ({@code Jiangsu's}) and stays. A curly quote
     * turned the wrong way where its partner is missing ({@code “…“}) is turned round.
     */
    private static void quotes(Draft d, char straight, char curlyOpen, char curlyClose) {
        String[] forms = d.lang == Lang.HANT ? HANT_QUOTES : HANS_QUOTES;
        int base = straight == '"' ? 0 : 2;
        String opens = straight == '"' ? "“「" : "‘『";
        String closes = straight == '"' ? "”」" : "’』";
        int open = -1;   // index of the quote now open, or -1
        for (int i = 0; i < d.n; i++) {
            char c = d.text.charAt(i);
            if (!isQuote(d, i, straight, opens, closes)) {
                continue;
            }
            if (open < 0) {
                if (c == curlyClose && nextQuote(d, i, straight, opens, closes) == curlyClose && d.chineseAround(i)) {
                    d.set(i, String.valueOf(curlyOpen), Punctuation.Rule.QUOTE);   // ”…” → “…”
                    open = i;
                } else if (closes.indexOf(c) < 0) {
                    open = i;
                }
                continue;   // (a stray closing quote has nothing to pair with)
            }
            if (c == curlyOpen && d.text.charAt(open) == curlyOpen) {
                char next = nextQuote(d, i, straight, opens, closes);
                if (closes.indexOf(next) < 0 && next != straight && d.chineseAround(i)) {
                    d.set(i, String.valueOf(curlyClose), Punctuation.Rule.QUOTE);   // “…“ → “…”
                    open = -1;
                } else {
                    open = i;   // the earlier one was a stray opening quote
                }
                continue;
            }
            if (opens.indexOf(c) >= 0) {
                open = i;   // nested or stray: the latest opening quote is the one a straight quote closes
                continue;
            }
            close(d, open, i, forms, base, straight, opens, closes);
            open = -1;
        }
        if (open >= 0 && d.text.charAt(open) == straight && !d.latinPhrase(open) && d.chineseAround(open)) {
            d.set(open, forms[base], Punctuation.Rule.QUOTE);
            d.absorbBlanks(open);
        }
    }

    private static boolean isQuote(Draft d, int i, char straight, String opens, String closes) {
        char c = d.text.charAt(i);
        if (c != straight && opens.indexOf(c) < 0 && closes.indexOf(c) < 0 || d.address[i]) {
            return false;
        }
        // an apostrophe: Jiangsu's, Jiangsu’s, don't
        return !((c == '\'' || c == '’') && d.is(i - 1, Script.LATIN) && d.is(i + 1, Script.LATIN));
    }

    /** Converts the straight quotes of the pair {@code o … c} if the pair is Chinese. */
    private static void close(Draft d, int o, int c, String[] forms, int base, char straight, String opens,
                              String closes) {
        boolean so = d.text.charAt(o) == straight;
        boolean sc = d.text.charAt(c) == straight;
        if (!so && !sc) {
            return;
        }
        boolean code = d.at(o - 1) == '=' || d.at(o - 1) == '\\' || d.latinPhrase(o) && d.latinPhrase(c);
        boolean chinese = !code && (!so || !sc || d.chineseBetween(o, c) || d.chineseAround(o, c));
        if (!chinese) {
            return;
        }
        // a straight quote paired with a curly or corner one takes that one's partner form
        int partnerOfOpen = closes.indexOf(d.text.charAt(c));
        int partnerOfClose = opens.indexOf(d.text.charAt(o));
        String open = partnerOfOpen >= 0 ? String.valueOf(opens.charAt(partnerOfOpen)) : forms[base];
        String close = partnerOfClose >= 0 ? String.valueOf(closes.charAt(partnerOfClose)) : forms[base + 1];
        if (so && d.set(o, open, Punctuation.Rule.QUOTE)) {
            d.absorbBlanks(o);
        }
        if (sc && d.set(c, close, Punctuation.Rule.QUOTE)) {
            d.absorbBlanks(c);
        }
    }

    /** The next quote of the same kind after {@code i}, or 0. */
    private static char nextQuote(Draft d, int i, char straight, String opens, String closes) {
        for (int k = i + 1; k < d.n; k++) {
            if (isQuote(d, k, straight, opens, closes)) {
                return d.text.charAt(k);
            }
        }
        return 0;
    }
}
