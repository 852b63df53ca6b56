package org.jianbao.model;

import java.util.List;

/**
 * The 报头: the publication's name on one or two lines, in the masthead font and colour, and the
 * red rule under the editor line: single, or double (thick over thin).
 */
public record Masthead(List<Line> lines, String font, Color color, boolean doubleRule) {

    /** One line of the name; {@code tracking} is extra space between characters, in ems. */
    public record Line(String text, double size, double tracking) {
    }
}
