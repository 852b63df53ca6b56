package org.jianbao.model;

/**
 * A run of text in one emphasis: bold (the style's bold face), italic (set in 楷体, the Chinese
 * convention for emphasis that Latin type gives to italics), and an optional link target.
 */
public record Span(String text, boolean bold, boolean italic, String href) {

    public Span(String text, boolean bold) {
        this(text, bold, false, null);
    }
}
