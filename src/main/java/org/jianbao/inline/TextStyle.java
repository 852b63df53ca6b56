package org.jianbao.inline;

import org.jianbao.font.FontChain;
import org.jianbao.model.Color;
import org.jianbao.model.Lang;

/**
 * How a run of text is set.
 *
 * @param tracking extra space between characters, in ems (a spread-out masthead)
 */
public record TextStyle(FontChain fonts, double size, Color color, Lang lang, double tracking) {
}
