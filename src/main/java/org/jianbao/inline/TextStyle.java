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

    // Written out rather than generated: a record's own equals and hashCode are bootstrapped on first use,
    // which costs a cold start milliseconds (docs/performance.md). Same values as the generated ones.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TextStyle o
                && java.util.Objects.equals(fonts, o.fonts)
                && Double.compare(size, o.size) == 0
                && java.util.Objects.equals(color, o.color)
                && java.util.Objects.equals(lang, o.lang)
                && Double.compare(tracking, o.tracking) == 0
                && fakeBold == o.fakeBold
                && java.util.Objects.equals(href, o.href);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(fonts);
        h = 31 * h + Double.hashCode(size);
        h = 31 * h + java.util.Objects.hashCode(color);
        h = 31 * h + java.util.Objects.hashCode(lang);
        h = 31 * h + Double.hashCode(tracking);
        h = 31 * h + Boolean.hashCode(fakeBold);
        h = 31 * h + java.util.Objects.hashCode(href);
        return h;
    }
}
