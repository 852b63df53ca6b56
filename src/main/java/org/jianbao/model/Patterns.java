package org.jianbao.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} and {@code {name:0N}} placeholders with numbers. */
public final class Patterns {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)(?::0(\\d))?}");

    private Patterns() {
    }

    /** {@code fill("{year}年第{number:02}期", "year", 2020, "number", 7)} = {@code 2020年第07期}. */
    public static String fill(String pattern, Object... namesAndValues) {
        Matcher m = SLOT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = null;
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i].equals(m.group(1))) {
                    int n = (Integer) namesAndValues[i + 1];
                    value = m.group(2) == null ? Integer.toString(n)
                            : String.format("%0" + m.group(2) + "d", n);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholder names a pattern uses that are not among {@code known}. */
    public static java.util.List<String> unknownSlots(String pattern, java.util.Set<String> known) {
        java.util.List<String> bad = new java.util.ArrayList<>();
        Matcher m = SLOT.matcher(pattern);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                bad.add(m.group(1));
            }
        }
        return bad;
    }
}
