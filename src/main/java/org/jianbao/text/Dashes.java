package org.jianbao.text;

/**
 * Dashes and connectors in Chinese text (GB/T 15834-2011 §4.10 破折号, §4.13 连接号):
 * <ul>
 * <li>a single {@code —}, {@code –} or {@code -} standing alone between two Chinese words is a dash
 *     typed short: it becomes the two-em 破折号 {@code ——};</li>
 * <li>between Chinese words that a run of such connectors links ({@code 评估—培训—服务}, two or more
 *     in one phrase) it is the 一字线 of §4.13.3.2 b (递进式发展: 古猿—猿人—古人) and is
 *     written {@code —};</li>
 * <li>a hyphen between two numbers that make a range in Chinese text ({@code 1-7月},
 *     {@code 2022-2024年}) is the 一字线 {@code —} of §4.13.3.2 a (§4.13.3.3 allows it for any
 *     range of values). A range runs upwards and its numbers
 *     have no leading zero, which keeps telephone numbers ({@code 0571-89719267}), dates
 *     ({@code 2024-07-31}) and standard numbers ({@code GB/T 9704-2012}) as they are.</li>
 * </ul>
 */
final class Dashes {
    private static final String DASH = "——";
    private static final String EN_RULE = "—";

    private Dashes() {
    }

    static void apply(Draft d) {
        for (int i = 0; i < d.n; i++) {
            char c = d.text.charAt(i);
            if (c != '—' && c != '–' && c != '-' || d.address[i] || d.at(i - 1) == c || d.at(i + 1) == c
                    || c == '—' && (d.at(i - 1) == '⸺' || d.at(i + 1) == '⸺')) {
                continue;
            }
            if (c != '—' && range(d, i)) {
                d.set(i, EN_RULE, Punctuation.Rule.RANGE);
                continue;
            }
            int a = i - 1;
            while (d.isBlank(a)) {
                a--;
            }
            int b = i + 1;
            while (d.isBlank(b)) {
                b++;
            }
            if (!wordEnd(d, a) || !(wordStart(d, b) || numberedName(d, a, b))) {
                continue;
            }
            if (chain(d, a, b, c)) {
                if (c != '—') {
                    d.set(i, EN_RULE, Punctuation.Rule.DASH);
                }
                continue;
            }
            if (d.set(i, DASH, Punctuation.Rule.DASH)) {
                d.absorbBlanks(i);
            }
        }
    }

    /** A Chinese word or a closing mark ends before the dash. */
    private static boolean wordEnd(Draft d, int i) {
        return i >= 0 && (chineseWord(d, i) || "”’」』》）】".indexOf(d.at(i)) >= 0);
    }

    /** A Chinese word or an opening mark begins after it. */
    private static boolean wordStart(Draft d, int i) {
        return i < d.n && (chineseWord(d, i) || "“‘「『《（【".indexOf(d.at(i)) >= 0);
    }

    /**
     * A name that begins with digits after a word that is no number ({@code 会员单位—360集团}); after
     * a number and its unit ({@code 2023年—2024年}) the dash is a range's and stays.
     */
    private static boolean numberedName(Draft d, int a, int b) {
        return d.isDigit(b) && chineseWord(d, a) && !d.isDigit(a - 1);
    }

    private static boolean chineseWord(Draft d, int i) {
        return Script.isChineseWord(d.text.codePointAt(Character.isLowSurrogate(d.at(i)) ? i - 1 : i));
    }

    /** Whether another connector of the same kind links the words before {@code a} or after {@code b}. */
    private static boolean chain(Draft d, int a, int b, char c) {
        int k = a;
        while (k >= 0 && chineseWord(d, k)) {
            k--;
        }
        if (k >= 0 && d.at(k) == c && d.at(k - 1) != c && k < a) {
            return true;
        }
        k = b;
        while (k < d.n && chineseWord(d, k)) {
            k++;
        }
        return k < d.n && d.at(k) == c && d.at(k + 1) != c && k > b;
    }

    /** Whether the hyphen at {@code i} joins two numbers that make a range, in Chinese text. */
    private static boolean range(Draft d, int i) {
        int ls = numberStart(d, i - 1);
        int re = numberEnd(d, i + 1);
        if (ls < 0 || re < 0) {
            return false;
        }
        char before = d.at(ls - 1);
        char after = d.at(re);
        if (Character.isLetter(before) && before < 128 || before != 0 && "-–/_".indexOf(before) >= 0
                || (before == '.' || before == ':') && d.isDigit(ls - 2)
                || after != 0 && "-–/".indexOf(after) >= 0 || (after == '.' || after == ':') && d.isDigit(re + 1)) {
            // a code (T/SIA002-2017), a date (2024-07-31), a telephone number (400-820-8820), a
            // version or a time (v2.1-3, 10:30-11:30)
            return false;
        }
        String l = d.text.substring(ls, i);
        String r = d.text.substring(i + 1, re);
        if (leadingZero(l) || leadingZero(r)) {
            return false;
        }
        return value(r) > value(l) && d.chineseAround(ls, re - 1);
    }

    /** The start of the number ending at {@code end} (digits with at most one decimal point), or -1. */
    private static int numberStart(Draft d, int end) {
        if (!d.isAsciiAlnum(end) || !Character.isDigit(d.at(end))) {
            return -1;
        }
        int k = end;
        boolean point = false;
        while (k - 1 >= 0 && (Character.isDigit(d.at(k - 1)) && d.at(k - 1) < 128
                || !point && d.at(k - 1) == '.' && k - 2 >= 0 && Character.isDigit(d.at(k - 2)))) {
            point |= d.at(k - 1) == '.';
            k--;
        }
        return k;
    }

    /** The end (exclusive) of the number starting at {@code start}, or -1. */
    private static int numberEnd(Draft d, int start) {
        if (start >= d.n || !(Character.isDigit(d.at(start)) && d.at(start) < 128)) {
            return -1;
        }
        int k = start;
        boolean point = false;
        while (k < d.n && (Character.isDigit(d.at(k)) && d.at(k) < 128
                || !point && d.at(k) == '.' && k + 1 < d.n && Character.isDigit(d.at(k + 1)) && d.at(k + 1) < 128)) {
            point |= d.at(k) == '.';
            k++;
        }
        return k;
    }

    private static boolean leadingZero(String number) {
        return number.length() > 1 && number.charAt(0) == '0' && number.charAt(1) != '.';
    }

    private static double value(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
