package org.jianbao.model;

import java.util.List;

/** A paragraph: runs of text, set with the body style. */
public record Paragraph(List<Span> spans) implements Block {

    /** The paragraph's text without emphasis marks. */
    public String text() {
        StringBuilder s = new StringBuilder();
        spans.forEach(sp -> s.append(sp.text()));
        return s.toString();
    }
}
