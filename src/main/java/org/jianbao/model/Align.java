package org.jianbao.model;

/** Horizontal alignment of the lines of a block. */
public enum Align { JUSTIFY, LEFT, CENTER, RIGHT }
