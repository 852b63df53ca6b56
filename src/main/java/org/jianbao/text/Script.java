package org.jianbao.text;

/**
 * What a character tells about the language of the text around it, for the punctuation
 * normaliser: Chinese, Latin, a digit, a blank, or nothing.
 */
enum Script {
    /** Han, kana, bopomofo, full-width punctuation: the text here is Chinese. */
    CJK,
    /** A letter of another script (Latin, Greek, Cyrillic …): the text here is a Western word. */
    LATIN,
    /** A digit (ASCII or full-width): numbers occur in both, so they decide nothing. */
    DIGIT,
    /** A blank: decides nothing. */
    SPACE,
    /** Anything else: marks, symbols. */
    OTHER;

    static Script of(int cp) {
        if (cp >= '0' && cp <= '9' || cp >= 0xFF10 && cp <= 0xFF19) {
            return DIGIT;
        }
        if (cp == ' ' || cp == '\t' || cp == '\u00A0' || cp == '\n') {
            return SPACE;
        }
        if (cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A) {
            return LATIN;   // full-width letters: half-width once normalised
        }
        if (isChineseWord(cp) || isChineseMark(cp) || cp == '\u3000') {
            return CJK;
        }
        if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
            return LATIN;
        }
        return OTHER;
    }

    /** Han ideographs, kana and bopomofo: the characters Chinese words are written in. */
    static boolean isChineseWord(int cp) {
        if (cp < 0x2E80) {
            return false;   // below the CJK radicals: no Chinese at all (and the common case, fast)
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.BOPOMOFO;
    }

    /**
     * Punctuation that only Chinese (and Japanese) text uses: the CJK symbols block (、。《》「」【】 …),
     * the full-width forms of ASCII marks (，：；？！（） …) and the vertical and small forms. The
     * quotes “” ‘’, the dash — and the ellipsis … are shared with Western text and so are not here.
     */
    static boolean isChineseMark(int cp) {
        boolean block = cp >= 0x3001 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF65
                || cp >= 0xFE10 && cp <= 0xFE19 || cp >= 0xFE30 && cp <= 0xFE4F;
        if (!block) {
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.OTHER_PUNCTUATION || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.DASH_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
