package org.jianbao.text;

import java.util.List;
import org.jianbao.model.Lang;

/**
 * The working state of one {@link Punctuation#normalise} call: the text, what each character tells
 * about its surroundings, which characters are addresses (never touched), and the replacements
 * decided so far. Every table is filled in one pass, so that any question the rules ask — "is
 * the nearest word to the left Chinese?" — is answered in constant time, and normalisation stays
 * linear in the length of the text.
 */
final class Draft {
    /** No decisive character before the text's start or after its end. */
    static final byte EDGE = -1;

    final String text;
    final Lang lang;
    final int n;
    /** {@link Script} ordinal of each UTF-16 unit (both halves of a pair carry the code point's). */
    final byte[] script;
    /** The web and e-mail addresses of the text, and which units lie inside one. */
    final List<Links.Link> links;
    final boolean[] address;
    /**
     * Inside a short quotation that names a form rather than uses it ({@code 时间段的“1-6月”宜写作…},
     * {@code 不能用“,”代替}): its marks stay as written.
     */
    final boolean[] mention;
    /**
     * In a Latin phrase (three words or more between Chinese characters: an English sentence
     * quoted in Chinese text) and not next to a Chinese character: its marks are English marks.
     */
    private final boolean[] phrase;
    /** Script of the nearest decisive character before index i (i = 0 … n), or {@link #EDGE}. */
    private final byte[] left;
    /** Script of the nearest decisive character at or after index i (i = 0 … n), or {@link #EDGE}. */
    private final byte[] right;
    /** Whether the text holds any Chinese at all: then its edges count as Chinese. */
    final boolean chinese;
    /** Number of Chinese characters before index i, to ask whether a bracket encloses any. */
    private final int[] cjkBefore;

    /** The replacement of each unit (null: kept), the rule that made it, and units removed. */
    final String[] replace;
    final Punctuation.Rule[] rule;
    final boolean[] removed;

    Draft(String text, Lang lang) {
        this.text = text;
        this.lang = lang;
        this.n = text.length();
        script = new byte[n];
        address = new boolean[n];
        replace = new String[n];
        rule = new Punctuation.Rule[n];
        removed = new boolean[n];
        cjkBefore = new int[n + 1];
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            byte s = (byte) Script.of(cp).ordinal();
            for (int k = 0; k < len; k++) {
                script[i + k] = s;
                cjkBefore[i + k + 1] = cjkBefore[i + k] + (k == 0 && s == Script.CJK.ordinal() ? 1 : 0);
            }
            i += len;
        }
        chinese = cjkBefore[n] > 0;
        links = Links.find(text);
        for (Links.Link l : links) {
            for (int k = l.start(); k < l.end(); k++) {
                address[k] = true;
            }
        }
        mention = mentions(text);
        phrase = latinPhrases();
        left = new byte[n + 1];
        left[0] = EDGE;
        for (int i = 0; i < n; i++) {
            left[i + 1] = transparentLeftward(i) ? left[i] : decisive(i);
        }
        right = new byte[n + 1];
        right[n] = EDGE;
        for (int i = n - 1; i >= 0; i--) {
            right[i] = transparentRightward(i) ? right[i + 1] : decisive(i);
        }
    }

    /** Words (blank-separated, with a Latin letter) that make a Latin phrase. */
    private static final int PHRASE_WORDS = 3;

    private boolean[] latinPhrases() {
        boolean[] p = new boolean[n];
        int i = 0;
        while (i < n) {
            if (script[i] == Script.CJK.ordinal()) {
                i++;
                continue;
            }
            int start = i;
            int words = 0;
            boolean inWord = false;
            boolean letter = false;
            for (; i < n && script[i] != Script.CJK.ordinal(); i++) {
                if (script[i] == Script.SPACE.ordinal()) {
                    words += inWord && letter ? 1 : 0;
                    inWord = false;
                    letter = false;
                } else {
                    inWord = true;
                    letter |= script[i] == Script.LATIN.ordinal();
                }
            }
            words += inWord && letter ? 1 : 0;
            if (words >= PHRASE_WORDS) {
                java.util.Arrays.fill(p, start, i, true);
            }
        }
        return p;
    }

    /** Whether {@code i} is inside a Latin phrase, away from the Chinese text around it. */
    boolean latinPhrase(int i) {
        if (!phrase[i]) {
            return false;
        }
        int a = i - 1;
        while (isBlank(a)) {
            a--;
        }
        int b = i + 1;
        while (isBlank(b)) {
            b++;
        }
        return !is(a, Script.CJK) && !is(b, Script.CJK);
    }

    /** The longest quotation, in characters other than blanks, read as a mention of a form. */
    private static final int MENTION = 8;

    /** Marks the contents of short quotations: a quote closed within {@link #MENTION} characters. */
    private static boolean[] mentions(String text) {
        boolean[] m = new boolean[text.length()];
        String opens = "“‘「『\"";
        String closes = "”’」』\"";
        for (int i = 0; i < text.length(); i++) {
            int kind = opens.indexOf(text.charAt(i));
            if (kind < 0) {
                continue;
            }
            int seen = 0;
            for (int k = i + 1; k < text.length() && seen <= MENTION; k++) {
                char c = text.charAt(k);
                if (c == closes.charAt(kind)) {
                    for (int j = i + 1; j < k; j++) {
                        m[j] = true;
                    }
                    i = k;
                    break;
                }
                if (opens.indexOf(c) >= 0 || closes.indexOf(c) >= 0) {
                    break;
                }
                seen += c == ' ' ? 0 : 1;
            }
        }
        return m;
    }

    char at(int i) {
        return i >= 0 && i < n ? text.charAt(i) : '\0';
    }

    boolean is(int i, Script s) {
        return i >= 0 && i < n && script[i] == s.ordinal();
    }

    boolean isAsciiAlnum(int i) {
        return i >= 0 && i < n && Links.isAsciiAlnum(text.charAt(i));
    }

    boolean isDigit(int i) {
        return is(i, Script.DIGIT);
    }

    /**
     * Whether the mark at {@code i} stands in Chinese text: the nearest word on either side is
     * Chinese, looking across blanks, digits, {@code %}, other ASCII marks and closing marks
     * (leftwards) or opening marks (rightwards); the start and end of a Chinese text count as
     * Chinese.
     */
    boolean chineseAround(int i, int j) {
        return isChinese(left[i]) || isChinese(right[j + 1]);
    }

    boolean chineseAround(int i) {
        return chineseAround(i, i);
    }

    /** Whether a Chinese character lies strictly between {@code i} and {@code j}. */
    boolean chineseBetween(int i, int j) {
        return j > i + 1 && cjkBefore[j] - cjkBefore[i + 1] > 0;
    }

    private boolean isChinese(byte s) {
        return s == Script.CJK.ordinal() || s == EDGE && chinese;
    }

    private byte decisive(int i) {
        byte s = script[i];
        return s == Script.CJK.ordinal() || s == Script.LATIN.ordinal() ? s : (byte) Script.OTHER.ordinal();
    }

    /** Passed over when looking left for the word a mark belongs to (GB/T 15834 marks close a phrase). */
    private boolean transparentLeftward(int i) {
        return transparent(i) || ")]}\"'”’»".indexOf(text.charAt(i)) >= 0;
    }

    private boolean transparentRightward(int i) {
        return transparent(i) || "([{\"'“‘«".indexOf(text.charAt(i)) >= 0;
    }

    private boolean transparent(int i) {
        byte s = script[i];
        return s == Script.SPACE.ordinal() || s == Script.DIGIT.ordinal() || ",.;:?!%‰％".indexOf(text.charAt(i)) >= 0;
    }

    /** Records a replacement of the unit at {@code i}, unless it lies in an address. */
    boolean set(int i, String to, Punctuation.Rule why) {
        if (address[i] || mention[i] || replace[i] != null || removed[i]) {
            return false;
        }
        replace[i] = to;
        rule[i] = why;
        return true;
    }

    void remove(int i, Punctuation.Rule why) {
        if (!address[i]) {
            removed[i] = true;
            rule[i] = why;
        }
    }

    /** Blanks on both sides of the full-width mark at {@code i} go: the mark carries its own space. */
    void absorbBlanks(int i) {
        for (int k = i - 1; k >= 0 && isBlank(k); k--) {
            remove(k, Punctuation.Rule.SPACE);
        }
        for (int k = i + 1; k < n && isBlank(k); k++) {
            remove(k, Punctuation.Rule.SPACE);
        }
    }

    boolean isBlank(int i) {
        char c = at(i);
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}
