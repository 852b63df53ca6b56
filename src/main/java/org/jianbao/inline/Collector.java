package org.jianbao.inline;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.jianbao.font.Face;
import org.jianbao.text.CharClass;
import org.jianbao.text.VariationSelectors;

/**
 * Step 1, collect: styled runs → clusters, each with the face that sets it. A cluster is a
 * grapheme cluster (Unicode UAX #29, through ICU): a letter and its combining marks or variation
 * selector are one unit, never broken or spaced apart. The face is the first of the run's font
 * chain that has the base character (fallback per character); a character that no face has is
 * reported, never drawn as an invisible or tofu glyph. A variation selector is kept in the text
 * and not drawn: the font's usual glyph of its base is set (the reader says so).
 */
final class Collector {
    /** 〓 (geta mark): the Chinese typesetter's sign for a character that is not in the font. */
    static final int GETA = 0x3013;

    /** A character no font of its chain covers, at {@code offset} in the paragraph. */
    record Missing(int codePoint, int offset) {
    }

    private final List<Missing> missing = new ArrayList<>();

    List<Missing> missing() {
        return missing;
    }

    /** Grapheme boundaries: a holder of its own, loaded only for text with combining characters. */
    private static final class Graphemes {
        static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance();
    }

    List<Cluster> collect(List<Run> runs) {
        List<Cluster> out = new ArrayList<>();
        int offset = 0;
        for (Run run : runs) {
            String t = run.text();
            boolean[] joins = joins(t);
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                int len = Character.charCount(cp);
                int end = i + len;
                while (joins != null && end < t.length() && joins[end]) {
                    end += Character.charCount(t.codePointAt(end));
                }
                if (invisible(cp)) {
                    i = end;   // controls and zero-width format characters have nothing to set
                    continue;
                }
                add(out, run, t, cp, i, end, offset);
                i = end;
            }
            offset += t.length();
        }
        return out;
    }

    private void add(List<Cluster> out, Run run, String t, int cp, int i, int end, int offset) {
        if (cp != ' ' && cp != '\u3000' && Character.isWhitespace(cp) || cp == '\u00A0') {
            cp = ' ';   // tabs, line breaks and other blanks left in the text are word spaces
        }
        Face face = run.style().fonts().faceFor(cp);
        String text = drawn(t, cp, i, end, face, offset);
        if (face == null) {
            missing.add(new Missing(cp, offset + i));
            face = run.style().fonts().faceFor(GETA);
            if (face == null) {
                face = run.style().fonts().primary();
            }
            text = new String(Character.toChars(GETA));
            cp = GETA;
        }
        CharClass cls = apostrophe(t, cp, i, end) ? CharClass.LATIN : CharClass.of(cp);
        Cluster prev = out.isEmpty() ? null : out.get(out.size() - 1);
        if (prev != null && pairs(prev, cls, cp) && prev.style() == run.style()) {
            // the second half of —— or ……: one cluster, never split
            out.set(out.size() - 1, new Cluster(prev.text() + text, cls, prev.style(), prev.face(),
                    prev.offset(), prev.advance()));
            return;
        }
        double advance = 0;
        for (int k = 0; k < text.length(); ) {
            int c = text.codePointAt(k);
            advance += face.advance(c);
            k += Character.charCount(c);
        }
        out.add(new Cluster(text, cls, run.style(), face, offset + i, advance * run.style().size()));
    }

    /**
     * The characters of a grapheme that are drawn: the base and its combining marks, from the
     * base's face (a mark that face lacks is reported as missing); variation selectors and joiners
     * are left out (variant glyphs are not drawn).
     */
    private String drawn(String t, int cp, int i, int end, Face face, int offset) {
        int len = Character.charCount(t.codePointAt(i));
        if (end == i + len) {
            return new String(Character.toChars(cp));
        }
        StringBuilder s = new StringBuilder().appendCodePoint(cp);
        for (int k = i + len; k < end; ) {
            int c = t.codePointAt(k);
            if (!VariationSelectors.is(c) && !invisible(c) && face != null) {
                if (face.covers(c)) {
                    s.appendCodePoint(c);
                } else {
                    missing.add(new Missing(c, offset + k));
                }
            }
            k += Character.charCount(c);
        }
        return s.toString();
    }

    /**
     * {@code joins[k]}: the character at {@code k} belongs to the grapheme before it; null when
     * the text has no character that could join (the usual case: no grapheme analysis at all).
     */
    private static boolean[] joins(String t) {
        boolean any = false;
        for (int i = 0; i < t.length() && !any; ) {
            int cp = t.codePointAt(i);
            int type = Character.getType(cp);
            any = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || cp == 0x200D || VariationSelectors.is(cp)
                    || cp >= 0x1F3FB && cp <= 0x1F3FF || cp >= 0xE0020 && cp <= 0xE007F;
            i += Character.charCount(cp);
        }
        if (!any) {
            return null;
        }
        boolean[] joins = new boolean[t.length() + 1];
        java.util.Arrays.fill(joins, true);
        BreakIterator bi = (BreakIterator) Graphemes.PROTOTYPE.clone();
        bi.setText(t);
        for (int b = bi.first(); b != BreakIterator.DONE; b = bi.next()) {
            joins[b] = false;
        }
        return joins;
    }

    /** An apostrophe between two Latin letters ({@code Jiangsu’s}) is part of the word, not a quote. */
    private static boolean apostrophe(String t, int cp, int i, int end) {
        if (cp != '’' && cp != '\'' || i == 0 || end >= t.length()) {
            return false;
        }
        int before = t.codePointBefore(i);
        int after = t.codePointAt(end);
        return isLatinLetter(before) && isLatinLetter(after);
    }

    private static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && !CharClass.of(cp).isWide();
    }

    /** Control characters and invisible format characters (zero-width space, BOM, joiners). */
    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL && !Character.isWhitespace(cp) || type == Character.FORMAT
                || type == Character.SURROGATE || type == Character.UNASSIGNED && cp >= 0xFFF0;
    }

    /** Whether {@code cp} completes a two-em dash or ellipsis begun by {@code prev}. */
    private static boolean pairs(Cluster prev, CharClass cls, int cp) {
        return (cls == CharClass.DASH || cls == CharClass.ELLIPSIS) && prev.cls() == cls && prev.count() == 1
                && prev.firstCodePoint() == cp;
    }
}
