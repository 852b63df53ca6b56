package org.jianbao.text;

import org.jianbao.model.ProhibitionLevel;

/**
 * Line-start and line-end prohibitions, W3C clreq §3.1.7 "Prohibition rules for line start and
 * line end" (docs/typography.md §2.1). At every level the dash —— and the ellipsis …… never start a line
 * (GB/T 15834-2011 §5.1.4 keeps them whole; a line that opens with one reads as a stray mark).
 */
public final class Prohibitions {
    /** clreq basic set, not at line start: pause/stop marks, closing brackets and quotes, connectors, interpuncts, units. */
    private static final String BASIC_NO_START =
            "、，。．；：？！）］〕】》〉」』〗〙｝”’｠〞〟–～〜·・‥…—⸺―%％‰℃,.;:?!)]}»";
    /** clreq basic set, not at line end: opening brackets and quotes. */
    private static final String BASIC_NO_END = "（［〔【《〈「『〖〘｛“‘｟〝([{«";
    /** GB style adds the solidus at line end. */
    private static final String GB_NO_END = "/／";
    /** Strict adds iteration marks, prolonged sound marks and small kana at line start. */
    private static final String STRICT_NO_START = "々〻ゝゞヽヾーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";

    private final ProhibitionLevel level;

    public Prohibitions(ProhibitionLevel level) {
        this.level = level;
    }

    /** Whether a line may not begin with {@code cp}. */
    public boolean noStart(int cp) {
        return BASIC_NO_START.indexOf(cp) >= 0
                || (level == ProhibitionLevel.STRICT && STRICT_NO_START.indexOf(cp) >= 0);
    }

    /** Whether a line may not end with {@code cp}. */
    public boolean noEnd(int cp) {
        return BASIC_NO_END.indexOf(cp) >= 0 || (level != ProhibitionLevel.BASIC && GB_NO_END.indexOf(cp) >= 0);
    }
}
