package org.jianbao.model;

import java.util.List;

/**
 * A heading inside an article, level 1 (一、) to 4 (（1））. When {@code numbered}, the engine
 * puts the number of the level before the text (GB/T 9704-2012 §7.3.3); otherwise any number is
 * part of the text as written.
 */
public record Heading(int level, List<Span> spans, boolean numbered) implements Block {

    public String text() {
        StringBuilder s = new StringBuilder();
        spans.forEach(sp -> s.append(sp.text()));
        return s.toString();
    }
}
