package org.jianbao.inline;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianbao.text.CharClass;
import org.jianbao.text.Prohibitions;

/**
 * Step 2, where a line may end: the cost of a break before each cluster. Between two full-width
 * characters clreq allows a break anywhere the prohibitions do not forbid it (clreq §3.1.7);
 * elsewhere (Latin words, numbers, spaces) ICU's line-break rules for Chinese decide, which keep
 * words, numbers such as {@code 6.7%} and decimals whole. URLs break only after {@code / . - _ ?
 * & =} and only at a cost, so only when a line needs it; e-mail addresses and document numbers
 * such as {@code 〔2024〕33号} never break (GB/T 9704-1999 §8.2.3: 数字、年份不能回行).
 */
final class Breaks {
    static final double FORBIDDEN = Item.INFINITE;
    /** A URL break is allowed but dearer than a break between words. */
    static final double URL_BREAK = 60;

    /** A break inside a word of a title: allowed, but only when no word boundary will do. */
    static final double INSIDE_WORD = 400;
    /** A break between two words of a title, not after a pause: a title is best broken between phrases. */
    static final double INSIDE_PHRASE = 120;

    /** Line-break opportunities; a holder of its own, loaded apart from the word data. */
    private static final class Lines {
        static final BreakIterator PROTOTYPE = BreakIterator.getLineInstance(new ULocale("zh"));
    }

    /** Word boundaries (ICU's dictionary of Chinese words: the larger load of the two). */
    private static final class Words {
        static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(new ULocale("zh"));
    }
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[A-Za-z0-9\\-._~:/?#@!$&'*+=%]+"
            + "(?<![.?!:])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern DOC_NUMBER = Pattern.compile("[〔［\\[（(]\\d{4}[〕］\\]）)]\\d+号");
    private static final String URL_BREAK_AFTER = "/.-_?&=";

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
        return analyse(clusters, text, rules, wordsWhole).cost();
    }

    /**
     * Break costs, and which boundaries lie inside a URL: there, as a last resort for a justified
     * line that a long address fills, the letters may be spaced out a little.
     */
    record Analysis(double[] cost, boolean[] inUrl) {
    }

    static Analysis analyse(List<Cluster> clusters, String text, Prohibitions rules, boolean wordsWhole) {
        int n = clusters.size();
        double[] cost = new double[n];
        boolean[] inUrl = new boolean[n];
        boolean[] icu = icuBoundaries(text, Lines.PROTOTYPE);
        boolean[] words = wordsWhole ? icuBoundaries(text, Words.PROTOTYPE) : null;
        int[] unit = new int[text.length()];   // 1 = inside a URL, 2 = inside an unbreakable unit
        mark(unit, EMAIL.matcher(text), 2);
        mark(unit, DOC_NUMBER.matcher(text), 2);
        mark(unit, URL.matcher(text), 1);
        for (int i = 1; i < n; i++) {
            Cluster a = clusters.get(i - 1);
            Cluster b = clusters.get(i);
            cost[i] = cost(a, b, icu, unit, rules);
            int at = b.offset();
            inUrl[i] = at > 0 && at < unit.length && unit[at - 1] == 1 && unit[at] == 1;
            if (words != null && cost[i] < FORBIDDEN && !phraseEnd(a)) {
                cost[i] += words[b.offset()] ? INSIDE_PHRASE : INSIDE_WORD;
            }
        }
        return new Analysis(cost, inUrl);
    }

    private static double cost(Cluster a, Cluster b, boolean[] icu, int[] unit, Prohibitions rules) {
        if (rules.noEnd(a.lastCodePoint()) || rules.noStart(b.firstCodePoint())) {
            return FORBIDDEN;
        }
        int at = b.offset();
        int inside = at > 0 && at < unit.length ? Math.min(unit[at - 1], unit[at]) : 0;
        if (inside == 2) {
            return FORBIDDEN;
        }
        if (inside == 1) {
            return URL_BREAK_AFTER.indexOf(a.lastCodePoint()) >= 0 ? URL_BREAK : FORBIDDEN;
        }
        if (a.cls() == CharClass.DASH && a.count() == 1 && b.cls() == CharClass.LATIN
                && Character.isDigit(b.firstCodePoint())) {
            return FORBIDDEN;   // a range such as 2021—2023 stays on one line
        }
        if (a.cls().isWide() && b.cls().isWide()) {
            return 0;
        }
        return icu[at] ? 0 : FORBIDDEN;
    }

    private static void mark(int[] unit, Matcher m, int kind) {
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                unit[k] = Math.max(unit[k], kind);
            }
        }
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
