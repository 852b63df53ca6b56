package org.jianbao.model;

import java.util.List;

/** A note (注：…), set smaller, its lines aligned after the label. */
public record Note(String label, List<Span> spans) implements Block {
}
