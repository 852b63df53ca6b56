package org.jianbao.importer.docx;

/** A list number in one of Word's number formats (ECMA-376 Part 1, §17.18.59 ST_NumberFormat). */
final class NumberFormats {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String HEAVENLY = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormats() {
    }

    static String format(int n, String fmt) {
        if (fmt == null) {
            return Integer.toString(n);
        }
        return switch (fmt) {
            case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                 "ideographDigital" -> chinese(n, DIGITS, "十", "百");
            case "chineseLegalSimplified" -> chinese(n, LEGAL, "拾", "佰");
            case "ideographTraditional" -> n >= 1 && n <= 10 ? HEAVENLY.substring(n - 1, n) : Integer.toString(n);
            case "ideographZodiac" -> n >= 1 && n <= 12 ? EARTHLY.substring(n - 1, n) : Integer.toString(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "none", "bullet" -> "";
            default -> Integer.toString(n);
        };
    }

    /** 1–999 in Chinese counting: 一 … 十 十一 … 二十 … 一百零五 (the way 一、 headings are numbered). */
    static String chinese(int n, String digits, String ten, String hundred) {
        if (n <= 0 || n > 999) {
            return Integer.toString(n);
        }
        StringBuilder s = new StringBuilder();
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        if (h > 0) {
            s.append(digits.charAt(h)).append(hundred);
            if (t == 0 && u > 0) {
                s.append('零');   // a zero inside a number is read 零 (一百零五), in either set of digits
            }
        }
        if (t > 0) {
            if (t > 1 || h > 0 || digits.equals(LEGAL)) {   // financial writing spells 壹拾 out
                s.append(digits.charAt(t));
            }
            s.append(ten);
        }
        if (u > 0) {
            s.append(digits.charAt(u));
        }
        return s.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append((char) (c - '0' + '０')));
        return out.toString();
    }

    private static String letters(int n, char a) {
        StringBuilder s = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            s.insert(0, (char) (a + (k - 1) % 26));
        }
        return s.toString();
    }

    private static String roman(int n) {
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        int k = n;
        for (int i = 0; i < v.length; i++) {
            while (k >= v[i]) {
                s.append(r[i]);
                k -= v[i];
            }
        }
        return s.toString();
    }
}
