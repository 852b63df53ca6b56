package org.jianbao.model;

import java.util.List;

/**
 * A paragraph: runs of text, set with the body style.
 *
 * @param indent whether its first line is indented (two characters, the body style's); a 主送 line
 *               (the addressee of a notice, GB/T 9704-2012 §7.3.2) and other lines written flush left
 *               are not
 */
public record Paragraph(List<Span> spans, Indent indent) implements Block {

    /** How a paragraph's first line starts. */
    public enum Indent {
        /** Indented, as every body paragraph is. */
        YES,
        /** Flush left: a line the writer marked so (an addressee, {@code "indent": false}). */
        NO,
        /** As the layout decides: flush left if it is an article's first paragraph and a 主送 line. */
        AUTO
    }

    /** A paragraph whose indent the layout decides. */
    public Paragraph(List<Span> spans) {
        this(spans, Indent.AUTO);
    }

    /** The paragraph's text without emphasis marks. */
    public String text() {
        StringBuilder s = new StringBuilder();
        spans.forEach(sp -> s.append(sp.text()));
        return s.toString();
    }
}
