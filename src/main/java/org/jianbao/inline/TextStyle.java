package org.jianbao.inline;

import org.jianbao.font.FontChain;
import org.jianbao.model.Color;
import org.jianbao.model.Lang;

/**
 * How a run of text is set.
 *
 * @param tracking extra space between characters, in ems (a spread-out masthead)
 * @param fakeBold whether to embolden the glyphs by stroking their outlines: only for a face that
 *                 has no bold of its own (docs/typography.md §3.2)
 * @param href     the link target of the run, or null
 */
public record TextStyle(FontChain fonts, double size, Color color, Lang lang, double tracking, boolean fakeBold,
                        String href) {

    public TextStyle(FontChain fonts, double size, Color color, Lang lang, double tracking) {
        this(fonts, size, color, lang, tracking, false, null);
    }

    /** This style with a link target. */
    TextStyle withHref(String target) {
        return new TextStyle(fonts, size, color, lang, tracking, fakeBold, target);
    }
}
