package org.jianbao.workspace.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * How new values are written: the indentation unit and line break the file already uses, objects
 * one member a line, and arrays of plain values (or of flat objects, like a table row's cells) on one
 * line when they fit in {@link #WIDTH} columns. Characters are written as they are (no {@code \\u}
 * escapes for Chinese), so the file stays readable.
 */
final class JsonLayout {
    /** Lines up to 100 columns (a Chinese character counts two) read well in any editor. */
    static final int WIDTH = 100;

    final String unit;
    final String newline;

    JsonLayout(String unit, String newline) {
        this.unit = unit;
        this.newline = newline;
    }

    /** The layout of {@code text}: its smallest indentation step (default two spaces) and its line break. */
    static JsonLayout of(String text) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String unit = null;
        for (String line : text.split("\r?\n")) {
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i > 0 && i < line.length() && (unit == null || i < unit.length())) {
                unit = line.substring(0, i);
            }
        }
        return new JsonLayout(unit == null ? "  " : unit, newline);
    }

    /** {@code v} written at a line indented by {@code indent} (its first line is not indented). */
    String render(JsonNode v, String indent) {
        if (v.isContainerNode() && v.size() > 0 && !(v.isArray() && fitsInline(v, indent))) {
            StringBuilder s = new StringBuilder(v.isObject() ? "{" : "[");
            String inner = indent + unit;
            if (v.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = v.properties().iterator();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    s.append(newline).append(inner).append(quote(e.getKey())).append(": ")
                            .append(render(e.getValue(), inner)).append(it.hasNext() ? "," : "");
                }
            } else {
                boolean rows = allFlatObjects(v);
                for (int i = 0; i < v.size(); i++) {
                    JsonNode e = v.get(i);
                    String one = rows && columns(inner) + columns(inline(e)) + 1 <= WIDTH ? inline(e) : render(e, inner);
                    s.append(newline).append(inner).append(one).append(i + 1 < v.size() ? "," : "");
                }
            }
            return s.append(newline).append(indent).append(v.isObject() ? "}" : "]").toString();
        }
        return inline(v);
    }

    /** An array of plain values or flat objects, short enough for one line. */
    boolean fitsInline(JsonNode v, String indent) {
        for (JsonNode e : v) {
            if (e.isArray() || e.isObject() && !flat(e)) {
                return false;
            }
        }
        return columns(indent) + columns(inline(v)) + 2 <= WIDTH;
    }

    /** An array of objects with plain members only (a table's columns): each one fits on a line of its own. */
    private static boolean allFlatObjects(JsonNode a) {
        for (JsonNode e : a) {
            if (!e.isObject() || !flat(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean flat(JsonNode o) {
        for (JsonNode m : o) {
            if (m.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    /** {@code v} on one line: {@code ["a", "b"]}, {@code { "text": "合计", "colspan": 2 }}. */
    String inline(JsonNode v) {
        if (v.isObject()) {
            if (v.isEmpty()) {
                return "{}";
            }
            StringBuilder s = new StringBuilder("{ ");
            Iterator<Map.Entry<String, JsonNode>> it = v.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                s.append(quote(e.getKey())).append(": ").append(inline(e.getValue())).append(it.hasNext() ? ", " : " ");
            }
            return s.append('}').toString();
        }
        if (v.isArray()) {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < v.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(inline(v.get(i)));
            }
            return s.append(']').toString();
        }
        if (v.isTextual()) {
            return quote(v.textValue());
        }
        return v.toString();
    }

    /** A JSON string literal; only what JSON requires is escaped (and the two Unicode line separators). */
    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    /** Display columns: a wide (Chinese) character takes two. */
    static int columns(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return n;
    }
}
