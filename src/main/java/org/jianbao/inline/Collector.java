package org.jianbao.inline;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.font.Face;
import org.jianbao.text.CharClass;

/**
 * Step 1, collect: styled runs → clusters, each with the face that sets it. The face is the first
 * of the run's font chain that has the character (fallback per character); a character that no
 * face has is reported, never drawn as an invisible or tofu glyph.
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

    List<Cluster> collect(List<Run> runs) {
        List<Cluster> out = new ArrayList<>();
        int offset = 0;
        for (Run run : runs) {
            String t = run.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                int len = Character.charCount(cp);
                if (invisible(cp)) {
                    i += len;   // controls and zero-width format characters have nothing to set
                    continue;
                }
                if (cp != ' ' && cp != '\u3000' && Character.isWhitespace(cp) || cp == '\u00A0') {
                    cp = ' ';   // tabs, line breaks and other blanks left in the text are word spaces
                }
                Face face = run.style().fonts().faceFor(cp);
                String text = new String(Character.toChars(cp));
                if (face == null) {
                    missing.add(new Missing(cp, offset + i));
                    face = run.style().fonts().faceFor(GETA);
                    if (face == null) {
                        face = run.style().fonts().primary();
                    }
                    text = new String(Character.toChars(GETA));
                    cp = GETA;
                }
                CharClass cls = CharClass.of(cp);
                Cluster prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (prev != null && pairs(prev, cls, cp) && prev.style() == run.style()) {
                    // the second half of —— or ……: one cluster, never split
                    out.set(out.size() - 1, new Cluster(prev.text() + text, cls, prev.style(), prev.face(),
                            prev.offset(), prev.advance()));
                } else {
                    double advance = face.advance(cp) * run.style().size();
                    out.add(new Cluster(text, cls, run.style(), face, offset + i, advance));
                }
                i += len;
            }
            offset += t.length();
        }
        return out;
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
