package org.jianbao.descriptor;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianbao.model.Color;
import org.jianbao.unit.ChineseSize;
import org.jianbao.unit.Units;

/** Reads the value kinds of docs/descriptor.md "Values": lengths, font sizes and colours. */
final class Values {
    private static final Pattern LENGTH = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*(pt|mm|cm|em)\\s*");
    /** Sizes beyond this are surely a mistake (a masthead of 初号 is 42 pt). */
    private static final double MAX_SIZE = 200;

    private Values() {
    }

    /** A font size: points, "10.5pt", or a Chinese size name such as "小四". */
    static Double size(Node n) {
        if (n.json instanceof Json.Num num) {
            return checkSize(n, num.value());
        }
        String s = n.string();
        if (s == null) {
            return null;
        }
        var named = ChineseSize.named(s.trim());
        if (named.isPresent()) {
            return named.get().points();
        }
        Matcher m = LENGTH.matcher(s);
        if (m.matches() && m.group(2).equals("pt")) {
            return checkSize(n, Double.parseDouble(m.group(1)));
        }
        n.error("\"" + s + "\" is not a font size; write points (12, \"10.5pt\") or a Chinese size name"
                + " (\"小四\", \"三号\")");
        return null;
    }

    private static Double checkSize(Node n, double v) {
        if (v < 4 || v > MAX_SIZE) {
            n.error("a font size of " + v + " pt is outside 4–" + (int) MAX_SIZE + " pt");
            return null;
        }
        return v;
    }

    /** A length in points; {@code em} is the size that "1em" stands for. */
    static Double length(Node n, double em) {
        if (n.json instanceof Json.Num num) {
            return checkLength(n, num.value());
        }
        String s = n.string();
        if (s == null) {
            return null;
        }
        Matcher m = LENGTH.matcher(s);
        if (!m.matches()) {
            n.error("\"" + s + "\" is not a length; write a number of points or a number with pt, mm, cm or em"
                    + " (\"37mm\", \"12pt\", \"2em\")");
            return null;
        }
        double v = Double.parseDouble(m.group(1));
        double pt = switch (m.group(2)) {
            case "mm" -> Units.mm(v);
            case "cm" -> Units.mm(10 * v);
            case "em" -> v * em;
            default -> v;
        };
        return checkLength(n, pt);
    }

    private static Double checkLength(Node n, double pt) {
        if (Math.abs(pt) > 5000) {
            n.error("a length of " + Math.round(pt) + " pt (" + Math.round(pt / Units.mm(1)) + " mm) is larger than any"
                    + " page");
            return null;
        }
        return pt;
    }

    /** A length within [{@code min}, {@code max}] points. */
    static Double bounded(Node n, double em, double min, double max) {
        Double v = length(n, em);
        if (v != null && (v < min || v > max)) {
            n.error("must be between " + (int) min + " and " + (int) max + " pt, found " + Math.round(v * 100) / 100.0
                    + " pt");
            return null;
        }
        return v;
    }

    /** A line pitch: a plain number is a multiple of {@code size}, anything else a length. */
    static Double lineHeight(Node n, double size) {
        if (n.json instanceof Json.Num num) {
            if (num.value() < 0.5 || num.value() > 5) {
                n.error("a line height of " + num.value() + " times the size is outside 0.5–5");
                return null;
            }
            return num.value() * size;
        }
        return length(n, size);
    }

    /** {@code #RRGGBB} or a name defined in the profile's colors. */
    static Color color(Node n, Map<String, Color> named) {
        String s = n.string();
        if (s == null) {
            return null;
        }
        Color c = named.get(s);
        if (c == null) {
            c = Color.parseHex(s);
        }
        if (c == null) {
            String near = Suggest.nearest(s, named.keySet());
            n.error("\"" + s + "\" is not a colour; write #RRGGBB or one of " + String.join(", ", named.keySet())
                    + (near == null ? "" : " (did you mean \"" + near + "\"?)"));
        }
        return c;
    }
}
