package org.jianbao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text as pasted from web pages and Word (docs/typography.md §5), before the punctuation is normalised:
 * <ul>
 * <li>Unicode NFC, so that a letter and its combining accents are one character
 *     ({@code Zhe\u0301jiang} → {@code Zhéjiang}) and compatibility ideographs are the unified ones;</li>
 * <li>a line break between two Chinese characters disappears; between Latin words it is a space;</li>
 * <li>blanks at the start and end go (the engine indents), and so do blanks beside a Chinese
 *     character where the other side is Latin or a mark (the engine spaces Chinese from Latin
 *     itself);</li>
 * <li>a blank typed between two Chinese characters is content — a phrase space, as in
 *     {@code 數聚河西 智匯津門} — and stays as one space (set half an em wide);</li>
 * <li>control characters and noncharacters are removed and reported; private-use characters are
 *     kept and reported (they print only with a font that defines them); a broken surrogate is an
 *     error.</li>
 * </ul>
 * A text may come in pieces (runs of bold and plain text): the pieces are cleaned as one text,
 * so that a blank between two pieces is judged by the characters on either side.
 */
public final class Normalizer {
    /** Compiled on first use: most texts have no bracket, and a cold start pays for every pattern. */
    private static final class Pinyin {
        static final Pattern PATTERN = Pattern.compile(
                "\\p{IsHan}[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})[)）]");
    }

    private static final class Nfc {
        static final com.ibm.icu.text.Normalizer2 INSTANCE = com.ibm.icu.text.Normalizer2.getNFCInstance();
    }

    private Normalizer() {
    }

    /**
     * The cleaned pieces, the warnings about what was changed or left alone, and the errors (a
     * broken character that cannot be set at all).
     */
    public record Result(List<String> pieces, List<String> warnings, List<String> errors) {
        /** The pieces joined. */
        public String text() {
            return String.join("", pieces);
        }
    }

    public static Result normalize(String raw) {
        return normalize(List.of(raw));
    }

    public static Result normalize(List<String> raw) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[raw.size() + 1];   // where each piece begins in the joined text
        for (int p = 0; p < raw.size(); p++) {
            starts[p] = joined.length();
            String s = raw.get(p).replace("\r\n", "\n").replace('\r', '\n');
            joined.append(plainlyNfc(s) || Nfc.INSTANCE.isNormalized(s) ? s : Nfc.INSTANCE.normalize(s));
        }
        starts[raw.size()] = joined.length();
        String s = joined.toString();
        List<StringBuilder> out = new ArrayList<>();
        for (int p = 0; p < raw.size(); p++) {
            out.add(new StringBuilder());
        }
        StringBuilder all = new StringBuilder(s.length());   // everything emitted so far, for messages
        List<String> notes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int lastBase = -1;   // the last character emitted that is not a mark or selector
        List<String> selectors = new ArrayList<>();   // the first few variation selectors, for the note
        int selectorCount = 0;
        int piece = 0;
        int n = s.length();
        for (int i = 0; i < n; ) {
            while (starts[piece + 1] <= i) {
                piece++;
            }
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isSurrogate((char) cp)) {
                errors.add(String.format("a broken character (U+%04X, half of a surrogate pair) after “%s”; the"
                        + " text was cut in the middle of a character — paste it again", cp, tail(all)));
                i += len;
                continue;
            }
            if (cp < 0x20 && cp != '\n' && cp != '\t' || cp >= 0x7F && cp <= 0x9F) {
                notes.add(String.format("the control character U+%04X after “%s” was removed; it cannot be printed",
                        cp, tail(all)));
                i += len;
                continue;
            }
            if (isNoncharacter(cp)) {
                notes.add(String.format("the noncharacter U+%04X after “%s” was removed; it is reserved by"
                        + " Unicode and stands for no character", cp, tail(all)));
                i += len;
                continue;
            }
            if (isSpaceOrBreak(cp)) {
                int j = i;
                boolean newline = false;
                while (j < n && isSpaceOrBreak(s.codePointAt(j))) {
                    newline |= s.charAt(j) == '\n';
                    j += Character.charCount(s.codePointAt(j));
                }
                int after = j < n ? s.codePointAt(j) : -1;
                if (keepBlank(lastBase, after, newline)) {
                    out.get(piece).append(' ');   // in the piece where the blanks begin
                    all.append(' ');
                }
                i = j;
                continue;
            }
            if (cp == '\u3000' && all.length() == 0) {
                i += len;   // a leading full-width indent
                continue;
            }
            if (Character.getType(cp) == Character.PRIVATE_USE) {
                notes.add(String.format("the private-use character U+%04X after “%s” has no standard meaning; it"
                        + " prints only with a font made for it, and a reader's copy may show something else",
                        cp, tail(all)));
            }
            if (VariationSelectors.is(cp) && selectorCount++ < 3) {
                String base = lastBase < 0 ? "" : new String(Character.toChars(lastBase));
                selectors.add(String.format("U+%04X after “%s”", cp, base));
            }
            out.get(piece).appendCodePoint(cp);
            all.appendCodePoint(cp);
            if (!isMarkOrSelector(cp)) {
                lastBase = cp;
            }
            i += len;
        }
        List<String> pieces = trimTrailingIdeographicSpaces(out);
        if (selectorCount > 0) {
            notes.add(selectorCount + (selectorCount == 1 ? " variation selector (" : " variation selectors (")
                    + String.join(", ", selectors) + (selectorCount > 3 ? ", …" : "") + ") asks for a variant"
                    + " glyph; the text keeps it, the PDF shows the font's usual glyph");
        }
        notes.addAll(pinyin(String.join("", pieces)));
        return new Result(pieces, notes, errors);
    }

    /**
     * Whether a run of blanks between {@code before} and {@code after} (-1: the text's edge) stays
     * as one space: between two Latin words, and — without a line break — between two Chinese
     * characters (a phrase space).
     */
    private static boolean keepBlank(int before, int after, boolean newline) {
        if (before < 0 || after < 0) {
            return false;
        }
        if (!newline && Script.isChineseWord(before) && Script.isChineseWord(after)) {
            return true;
        }
        return !wide(before) && !wide(after);
    }

    private static List<String> trimTrailingIdeographicSpaces(List<StringBuilder> out) {
        List<String> pieces = new ArrayList<>(out.size());
        boolean trimming = true;
        for (int p = out.size() - 1; p >= 0; p--) {
            StringBuilder b = out.get(p);
            if (trimming) {
                int end = b.length();
                while (end > 0 && b.charAt(end - 1) == '\u3000') {
                    end--;
                }
                b.setLength(end);
                trimming = end == 0;
            }
            pieces.add(0, b.toString());
        }
        return pieces;
    }

    /** Unicode noncharacters: U+FDD0–FDEF and the last two code points of every plane. */
    static boolean isNoncharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    /** Combining marks and variation selectors: they belong to the character before them. */
    static boolean isMarkOrSelector(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK
                || VariationSelectors.is(cp);
    }

    private static String tail(StringBuilder s) {
        return s.length() <= 6 ? s.toString() : "…" + s.substring(s.length() - 6);
    }

    private static boolean isSpaceOrBreak(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\u00A0' || cp == '\u2002' || cp == '\u2003'
                || cp == '\u2009' || cp == '\u200B';
    }

    private static boolean wide(int cp) {
        return CharClass.of(cp).isWide();
    }

    /**
     * Whether {@code s} is in NFC by a look at its characters alone: each one is in NFC and combines
     * with nothing before it (ASCII and Latin-1 below the combining marks, CJK ideographs, CJK and
     * full-width punctuation, general punctuation's dashes and quotes; NormalizerTest checks these
     * ranges against ICU's data). Saves loading the normalisation data for most texts.
     */
    static boolean plainlyNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 0x300 || c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x3000 && c <= 0x3029
                    || c >= 0x3030 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF5E || c >= 0x2010 && c <= 0x2027)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> pinyin(String text) {
        List<String> w = new ArrayList<>();
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return w;
        }
        Matcher m = Pinyin.PATTERN.matcher(text);
        while (m.find()) {
            w.add("\"" + m.group() + "\" looks like pinyin pasted from a web page; remove the bracketed pinyin");
        }
        return w;
    }
}
