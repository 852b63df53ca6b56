package org.jianbao.inline;

import org.jianbao.font.Face;
import org.jianbao.model.Color;

/**
 * A glyph to draw: its text (one character, or the characters it stands for), face and style,
 * its origin relative to the start of its box, and a horizontal scale (a 0.89-em dash is widened
 * to fill its em).
 */
public record Glyph(String text, Face face, TextStyle style, double dx, double hScale) {

    public double size() {
        return style.size();
    }

    public Color color() {
        return style.color();
    }

    Glyph shifted(double by) {
        return new Glyph(text, face, style, dx + by, hScale);
    }

    /** This glyph drawn {@code factor} times as wide (font expansion). */
    Glyph scaled(double factor) {
        return new Glyph(text, face, style, dx, hScale * factor);
    }
}
