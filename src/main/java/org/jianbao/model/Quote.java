package org.jianbao.model;

import java.util.List;

/** A block quotation: set in 楷体, indented on both sides. */
public record Quote(List<Span> spans) implements Block {
}
