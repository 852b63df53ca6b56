package org.jianbao.model;

import java.util.List;

/** A list: bulleted (●) or numbered (1. 2. … or （1）（2）…), each item a run of text. */
public record ListBlock(Marker marker, List<List<Span>> items) implements Block {

    /** How items are marked. */
    public enum Marker { BULLET, NUMBER, PAREN }
}
