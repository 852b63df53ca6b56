package org.jianbao.model;

/** A heading inside an article, level 1 (一、) to 4 (（1）); the number, if any, is in the text. */
public record Heading(int level, String text) implements Block {
}
