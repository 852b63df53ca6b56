package org.jianbao.text;

/**
 * The numbers of the heading hierarchy of official documents (GB/T 9704-2012 §7.3.3): level 1
 * 一、 level 2 （一） level 3 1. level 4 （1）.
 */
public final class Numbering {
    private static final String DIGITS = "〇一二三四五六七八九";

    private Numbering() {
    }

    /** The marker of item {@code n} (from 1) at heading {@code level} (1–4). */
    public static String heading(int level, int n) {
        return switch (level) {
            case 1 -> chinese(n) + "、";
            case 2 -> "（" + chinese(n) + "）";
            case 3 -> n + ".";
            default -> "（" + n + "）";
        };
    }

    /** A number in Chinese numerals as counted in headings: 一, 十, 十一, 二十, 九十九, 一百零一. */
    public static String chinese(int n) {
        if (n <= 0) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 100) {
            int tens = n / 10;
            int ones = n % 10;
            return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                    + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
        }
        if (n < 1000) {
            int rest = n % 100;
            String head = DIGITS.charAt(n / 100) + "百";
            if (rest == 0) {
                return head;
            }
            return head + (rest < 10 ? "零" + DIGITS.charAt(rest) : rest < 20 ? "一" + chinese(rest) : chinese(rest));
        }
        return String.valueOf(n);
    }
}
