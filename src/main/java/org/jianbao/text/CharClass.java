package org.jianbao.text;

/**
 * The classes of characters that Chinese composition treats differently (W3C clreq §3.1, §3.2).
 */
public enum CharClass {
    /** Ideographs, kana, bopomofo, full-width letters and digits: set on the em grid. */
    HAN,
    /** Opening brackets and quotes: ink on the right half of the em box (clreq 3.1.6). */
    OPENING,
    /** Closing brackets and quotes: ink on the left half. */
    CLOSING,
    /** Pause and stop marks 、，。．；：？！ — left half in Simplified, centred in Traditional. */
    PAUSE_STOP,
    /** Interpuncts ·・: centred. */
    MIDDLE,
    /** The dash — (two make 破折号 ——), never split, never at line start. */
    DASH,
    /** The ellipsis … (two make 省略号 ……), never split, never at line start. */
    ELLIPSIS,
    /** Connectors ～ and –. */
    CONNECTOR,
    /** Latin letters, digits and Western punctuation: proportional, set in words. */
    LATIN,
    /** White space between Latin words. */
    SPACE,
    /** The ideographic space U+3000: a full-width blank. */
    IDEOGRAPHIC_SPACE;

    /** Whether the class is full-width CJK punctuation whose blank half can be compressed. */
    public boolean isCompressible() {
        return this == OPENING || this == CLOSING || this == PAUSE_STOP || this == MIDDLE;
    }

    /** Whether the class sits on the em grid (Han characters and full-width punctuation). */
    public boolean isWide() {
        return this != LATIN && this != SPACE;
    }

    /** The class of {@code cp} in running Chinese text. */
    public static CharClass of(int cp) {
        switch (cp) {
            case '（', '［', '〔', '【', '《', '〈', '「', '『', '〖', '〘', '｛', '“', '‘', '｟', '〝':
                return OPENING;
            case '）', '］', '〕', '】', '》', '〉', '」', '』', '〗', '〙', '｝', '”', '’', '｠', '〞', '〟':
                return CLOSING;
            case '、', '，', '。', '．', '；', '：', '？', '！':
                return PAUSE_STOP;
            case '·', '・', '•':
                return MIDDLE;
            case '—', '⸺', '―':
                return DASH;
            case '…', '⋯', '‥':
                return ELLIPSIS;
            case '～', '〜':
                return CONNECTOR;
            case '\u3000':
                return IDEOGRAPHIC_SPACE;
            case ' ', '\t', '\u00A0':
                return SPACE;
            default:
                return isWideChar(cp) ? HAN : LATIN;
        }
    }

    /** Han ideographs and the other scripts and symbols that are set one em wide. */
    public static boolean isWideChar(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2FDF)      // radicals
                || (cp >= 0x3000 && cp <= 0x303F)  // CJK symbols and punctuation
                || (cp >= 0x3040 && cp <= 0x31FF)  // kana, bopomofo, strokes
                || (cp >= 0x3200 && cp <= 0x4DBF)  // enclosed, compatibility, extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)  // unified ideographs
                || (cp >= 0xF900 && cp <= 0xFAFF)  // compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)  // CJK compatibility forms
                || (cp >= 0xFF01 && cp <= 0xFF60)  // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFF) // supplementary ideographs
                || cp == '●' || cp == '■' || cp == '★' || cp == '◆' || cp == '▲' || cp == '○' || cp == '□'
                || cp == '※' || cp == '№' || cp == '℃' || cp == '〇';
    }

    /** Whether {@code cp} is a Han ideograph (the characters between which spaces are dropped). */
    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
