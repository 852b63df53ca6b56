package org.jianbao.model;

/** A run of text in one emphasis. */
public record Span(String text, boolean bold) {
}
