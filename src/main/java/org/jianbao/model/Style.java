package org.jianbao.model;

/**
 * How one kind of element is set.
 *
 * @param font        font role (a key of the profile's {@code fonts})
 * @param boldFont    font role for bold runs
 * @param size        font size in points
 * @param color       text colour
 * @param lineHeight  line pitch (baseline to baseline) in points
 * @param align       line alignment
 * @param indent      first-line indent in ems
 * @param spaceBefore space above, in points (dropped at the top of a page)
 * @param spaceAfter  space below, in points
 * @param format      pattern around the text, {@code {text}} standing for it
 * @param ruleBelow   whether a rule in the style's colour is drawn under the element
 */
public record Style(String font, String boldFont, double size, Color color, double lineHeight, Align align,
                    double indent, double spaceBefore, double spaceAfter, String format, boolean ruleBelow) {

    /** The element's text put into {@link #format}. */
    public String apply(String text) {
        return format == null || format.isEmpty() ? text : format.replace("{text}", text);
    }
}
