package org.jianbao.inline;

/** A piece of a paragraph's text in one style. */
public record Run(String text, TextStyle style) {
}
