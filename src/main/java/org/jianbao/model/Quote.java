package org.jianbao.model;

import java.util.List;

/**
 * A block quotation: set in 楷体, indented on both sides; a quotation inside another is one
 * {@code level} deeper (0 for the outermost), indented one more step on the left.
 */
public record Quote(List<Span> spans, int level) implements Block {

    public Quote(List<Span> spans) {
        this(spans, 0);
    }
}
