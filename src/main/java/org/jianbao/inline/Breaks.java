package org.jianbao.inline;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianbao.text.CharClass;
import org.jianbao.text.Links;
import org.jianbao.text.Prohibitions;
import org.jianbao.text.TitlePhrases;

/**
 * Step 2, where a line may end: the cost of a break before each cluster. Between two full-width
 * characters clreq allows a break anywhere the prohibitions do not forbid it (clreq §3.1.7);
 * elsewhere (Latin words, numbers, spaces) ICU's line-break rules for Chinese decide, which keep
 * words, numbers such as {@code 6.7%} and decimals whole. Addresses ({@link Links}) break after
 * {@code / . - _ ? & = #} at a cost, so only when a line needs it, and elsewhere only as an
 * emergency (an address longer than a line); e-mail addresses after {@code @} and dots, at a
 * higher cost; document numbers such as {@code 〔2024〕33号} never break (GB/T 9704-1999 §8.2.3:
 * 数字、年份不能回行). A number and the unit or measure word after it ({@code 8月}, {@code 254.6亿})
 * part only at a cost. Everything here is linear in the length of the text.
 */
final class Breaks {
    static final double FORBIDDEN = Item.INFINITE;
    /** A URL break is allowed but dearer than a break between words. */
    static final double URL_BREAK = 60;
    /**
     * A break inside an address between two letters: an emergency (standards.md §2.2: force a break
     * only where the text would otherwise overflow or be spaced out), taken only for an address
     * longer than a line, whose lines can be filled no other way.
     */
    static final double URL_ANYWHERE = 300;
    /**
     * Between a number and the character after it ({@code 2024年8/月}, {@code 254.6/亿美元}):
     * GB/T 9704-1999 §8.2.3 keeps numbers whole; a number parted from its unit reads badly, so the
     * break costs as much as a clearly loose line (badness ≈ 50), but it is no prohibition.
     */
    static final double NUMBER_UNIT = 50;

    /** A break inside a word of a title: allowed, but only when no word boundary will do. */
    static final double INSIDE_WORD = 400;
    /** A break between two words of a title, not after a pause: a title is best broken between phrases. */
    static final double INSIDE_PHRASE = 120;
    /** Before a word that opens a phrase (与, 关于) or after one that closes a name or phrase (协会, 的). */
    static final double PHRASE_OPENS = 30;
    static final double PHRASE_CLOSES = 40;

    /** Line-break opportunities; a holder of its own, loaded apart from the word data. */
    private static final class Lines {
        static final BreakIterator PROTOTYPE = BreakIterator.getLineInstance(new ULocale("zh"));
    }

    /** Word boundaries (ICU's dictionary of Chinese words: the larger load of the two). */
    private static final class Words {
        static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(new ULocale("zh"));
    }

    private static final Pattern DOC_NUMBER = Pattern.compile("[〔［\\[（(]\\d{4}[〕］\\]）)]\\d{1,6}号");
    /** Where an address may break: after these (no hyphen is added; clreq §3.2, standards.md §2.2). */
    private static final String URL_BREAK_AFTER = "/.-_?&=#";
    /** Inside a web address (breakable at its marks), an unbreakable unit, an e-mail address. */
    private static final byte IN_URL = 1;
    private static final byte WHOLE = 2;
    private static final byte IN_MAIL = 3;
    /**
     * An e-mail address breaks after {@code @} or a dot (no hyphen added, standards.md §2.2), at a
     * cost above a URL's: a split address reads worse, yet better than a letter-spaced line (the
     * cost equals the badness of a line stretched to about 1.1 times its allowance).
     */
    static final double MAIL_BREAK = 150;

    private Breaks() {
    }

    static void warmUpLines() {
        icuBoundaries("中文 word 2020年", Lines.PROTOTYPE);
    }

    static void warmUpWords() {
        icuBoundaries("天津高标准建设", Words.PROTOTYPE);
    }

    /**
     * {@code cost[i]} is the cost of a break between cluster {@code i-1} and {@code i}; {@code cost[0]}
     * unused. With {@code wordsWhole} (titles), a break inside a word costs {@link #INSIDE_WORD}, so
     * that lines end where the meaning allows (GB/T 9704-2012 §7.3.1: 回行时要做到词意完整).
     */
    static double[] costs(List<Cluster> clusters, String text, Prohibitions rules, boolean wordsWhole) {
        return costs(clusters, text, Links.find(text), rules, wordsWhole);
    }

    static double[] costs(List<Cluster> clusters, String text, List<Links.Link> links, Prohibitions rules,
                          boolean wordsWhole) {
        int n = clusters.size();
        double[] cost = new double[n];
        boolean[] icu = icuBoundaries(text, Lines.PROTOTYPE);
        boolean[] words = wordsWhole ? icuBoundaries(text, Words.PROTOTYPE) : null;
        byte[] unit = new byte[text.length()];
        for (Links.Link l : links) {
            java.util.Arrays.fill(unit, l.start(), l.end(), l.kind() == Links.Kind.URL ? IN_URL : IN_MAIL);
            if (l.kind() == Links.Kind.URL) {
                // the scheme and its slashes (https://) stay with the host name
                int scheme = -1;
                for (int k = l.start(); k < Math.min(l.start() + 8, l.end() - 3) && scheme < 0; k++) {
                    scheme = text.startsWith("://", k) ? k : -1;
                }
                int head = scheme >= 0 ? scheme + 4 : l.start() + 5;
                java.util.Arrays.fill(unit, l.start(), Math.min(head, l.end()), WHOLE);
            }
        }
        Matcher m = DOC_NUMBER.matcher(text);
        while (m.find()) {
            java.util.Arrays.fill(unit, m.start(), m.end(), WHOLE);
        }
        int[] wordStart = words == null ? null : previous(words);
        int[] wordEnd = words == null ? null : next(words);
        for (int i = 1; i < n; i++) {
            Cluster a = clusters.get(i - 1);
            Cluster b = clusters.get(i);
            cost[i] = cost(a, b, icu, unit, rules);
            if (words != null && cost[i] < FORBIDDEN && !phraseEnd(a)) {
                int at = b.offset();
                cost[i] += !words[at] ? INSIDE_WORD : switch (TitlePhrases.joint(
                        text.substring(wordStart[at], at), text.substring(at, wordEnd[at]))) {
                    case OPENS -> PHRASE_OPENS;
                    case CLOSES -> PHRASE_CLOSES;
                    case PLAIN -> INSIDE_PHRASE;
                    case INSIDE -> INSIDE_WORD;
                };
            }
        }
        return cost;
    }

    /** For each index, the last boundary before it (the start of the word that ends there). */
    private static int[] previous(boolean[] boundary) {
        int[] p = new int[boundary.length];
        int last = 0;
        for (int i = 0; i < boundary.length; i++) {
            p[i] = last;
            if (boundary[i]) {
                last = i;
            }
        }
        return p;
    }

    /** For each index, the first boundary after it (the end of the word that starts there). */
    private static int[] next(boolean[] boundary) {
        int[] nx = new int[boundary.length];
        int following = boundary.length - 1;
        for (int i = boundary.length - 1; i >= 0; i--) {
            nx[i] = following;
            if (boundary[i]) {
                following = i;
            }
        }
        return nx;
    }

    private static double cost(Cluster a, Cluster b, boolean[] icu, byte[] unit, Prohibitions rules) {
        if (rules.noEnd(a.lastCodePoint()) || rules.noStart(b.firstCodePoint())) {
            return FORBIDDEN;
        }
        int at = b.offset();
        int before = at > 0 && at < unit.length ? unit[at - 1] : 0;
        int after = at > 0 && at < unit.length ? unit[at] : 0;
        int inside = before == 0 || after == 0 ? 0 : before == WHOLE || after == WHOLE ? WHOLE : before;
        if (inside == WHOLE) {
            return FORBIDDEN;
        }
        if (inside == IN_MAIL) {
            return a.lastCodePoint() == '@' || a.lastCodePoint() == '.' ? MAIL_BREAK : FORBIDDEN;
        }
        if (inside == IN_URL) {
            if (b.firstCodePoint() == '/') {
                return FORBIDDEN;   // never between the slashes of //
            }
            return URL_BREAK_AFTER.indexOf(a.lastCodePoint()) >= 0 ? URL_BREAK : URL_ANYWHERE;
        }
        if (a.cls() == CharClass.DASH && a.count() == 1 && b.cls() == CharClass.LATIN
                && Character.isDigit(b.firstCodePoint())) {
            return FORBIDDEN;   // a range such as 2021—2023 stays on one line
        }
        if (a.cls().isWide() && b.cls().isWide()) {
            return 0;
        }
        if (!icu[at]) {
            return FORBIDDEN;
        }
        return numberThenUnit(a, b) ? NUMBER_UNIT : 0;
    }

    /**
     * A number ({@code 8}, {@code 254.6}) followed directly by a Han character, its unit or
     * measure word. ({@code 8.6%} needs nothing: ICU never breaks before {@code %}.)
     */
    private static boolean numberThenUnit(Cluster a, Cluster b) {
        return a.cls() == CharClass.LATIN && Character.isDigit(a.lastCodePoint()) && b.cls() == CharClass.HAN;
    }

    private static boolean[] icuBoundaries(String text, BreakIterator prototype) {
        boolean[] at = new boolean[text.length() + 1];
        BreakIterator bi = (BreakIterator) prototype.clone();
        bi.setText(text);
        for (int b = bi.first(); b != BreakIterator.DONE; b = bi.next()) {
            at[b] = true;
        }
        return at;
    }

    /** Whether a title line may end after {@code a} at no cost: after a pause, a stop or a spacing blank. */
    private static boolean phraseEnd(Cluster a) {
        return a.cls() == CharClass.PAUSE_STOP || a.cls() == CharClass.IDEOGRAPHIC_SPACE || a.cls() == CharClass.SPACE;
    }

    /** Whether the class is one whose cluster never takes inter-character stretch (clreq §3.8). */
    static boolean rigid(CharClass c) {
        return c == CharClass.CONNECTOR;
    }
}
