package org.jianbao.text;

/**
 * Variation selectors (Unicode §23.4): invisible characters that ask for a particular glyph of
 * the character before them — an ideographic variant ({@code 葛\uDB40\uDD00}, U+E0100) or the
 * emoji or text form of a symbol (U+FE0F, U+FE0E). They are no characters of their own: they are
 * never counted as missing from a font, never separated from their base, and set with it.
 */
public final class VariationSelectors {
    private VariationSelectors() {
    }

    /** VS1–VS16 (U+FE00–FE0F), VS17–VS256 (U+E0100–E01EF), Mongolian FVS1–4. */
    public static boolean is(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF
                || cp >= 0x180B && cp <= 0x180D || cp == 0x180F;
    }
}
