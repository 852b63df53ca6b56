package org.jianbao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} and {@code {name:0N}} placeholders (N from 1 to 9: at least N digits,
 * zero-padded) with numbers. Anything else between braces is not a placeholder; the profile reader
 * reports it ({@link #problems}), and {@link #fill} leaves it as written.
 */
public final class Patterns {
    /** Anything between braces, to find what looks like a placeholder. */
    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");
    /** A placeholder: a name, optionally {@code :0} and a width of 1 to 9 digits. */
    private static final Pattern SLOT = Pattern.compile("([a-z]+)(?::0([1-9]))?");

    private Patterns() {
    }

    /** {@code fill("{year}年第{number:02}期", "year", 2020, "number", 7)} = {@code 2020年第07期}. */
    public static String fill(String pattern, Object... namesAndValues) {
        Matcher m = BRACES.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher slot = SLOT.matcher(m.group(1));
            String value = null;
            if (slot.matches()) {
                for (int i = 0; i < namesAndValues.length; i += 2) {
                    if (namesAndValues[i].equals(slot.group(1))) {
                        value = pad(Integer.toString((Integer) namesAndValues[i + 1]), slot.group(2));
                    }
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String pad(String digits, String width) {
        int w = width == null ? 0 : width.charAt(0) - '0';
        boolean negative = digits.startsWith("-");
        String d = negative ? digits.substring(1) : digits;
        return (negative ? "-" : "") + "0".repeat(Math.max(0, w - d.length())) + d;
    }

    /**
     * What is wrong with a pattern whose placeholders may be {@code known}: each text in braces that
     * is not a placeholder, or names an unknown one, as a message.
     */
    public static List<String> problems(String pattern, Set<String> known) {
        List<String> bad = new ArrayList<>();
        Matcher m = BRACES.matcher(pattern);
        while (m.find()) {
            Matcher slot = SLOT.matcher(m.group(1));
            String list = "{" + String.join("}, {", new java.util.TreeSet<>(known)) + "}";
            if (!slot.matches()) {
                String name = m.group(1).replaceAll(":.*", "");
                bad.add("\"" + m.group() + "\" is not a placeholder; write " + (known.contains(name)
                        ? "{" + name + "}, or {" + name + ":02} for two digits with a leading zero"
                        : "one of " + list));
            } else if (!known.contains(slot.group(1))) {
                bad.add("unknown placeholder {" + slot.group(1) + "}; this pattern may use " + list);
            }
        }
        return bad;
    }
}
