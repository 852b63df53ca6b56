package org.jianbao.workspace.json;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON path in the form the descriptor's messages use: {@code $}, then {@code .name} or
 * {@code ["any name"]} for object members and {@code [3]} for array elements, e.g.
 * {@code $.sections[0].articles[2].title}.
 *
 * @param steps member names ({@link String}) and element indexes ({@link Integer}), outermost first
 */
public record JsonPath(List<Object> steps) {

    public JsonPath {
        steps = List.copyOf(steps);
    }

    /** The root, {@code $}. */
    public static final JsonPath ROOT = new JsonPath(List.of());

    public static JsonPath parse(String path) {
        if (path == null || !path.startsWith("$")) {
            throw new JsonEditException("a JSON path starts with $, e.g. $.sections[0]; got \"" + path + "\"");
        }
        List<Object> steps = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < path.length() && path.charAt(j) != '.' && path.charAt(j) != '[') {
                    j++;
                }
                if (j == i + 1) {
                    throw bad(path, i);
                }
                steps.add(path.substring(i + 1, j));
                i = j;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '"') {
                int end = path.indexOf("\"]", i + 2);
                if (end < 0) {
                    throw bad(path, i);
                }
                steps.add(path.substring(i + 2, end));
                i = end + 2;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0 || !path.substring(i + 1, end).matches("\\d{1,9}")) {
                    throw bad(path, i);
                }
                steps.add(Integer.parseInt(path.substring(i + 1, end)));
                i = end + 1;
            } else {
                throw bad(path, i);
            }
        }
        return new JsonPath(steps);
    }

    private static JsonEditException bad(String path, int at) {
        return new JsonEditException("\"" + path + "\" is not a JSON path (at character " + (at + 1)
                + "); write it as $.name[0].other");
    }

    /** This path with a member name added. */
    public JsonPath member(String name) {
        List<Object> s = new ArrayList<>(steps);
        s.add(name);
        return new JsonPath(s);
    }

    /** This path with an element index added. */
    public JsonPath element(int index) {
        List<Object> s = new ArrayList<>(steps);
        s.add(index);
        return new JsonPath(s);
    }

    /** The enclosing value's path ({@code $} has none: null). */
    public JsonPath parent() {
        return steps.isEmpty() ? null : new JsonPath(steps.subList(0, steps.size() - 1));
    }

    /** The last step: a member name or an index; null for {@code $}. */
    public Object last() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("$");
        for (Object step : steps) {
            if (step instanceof Integer n) {
                s.append('[').append(n).append(']');
            } else if (((String) step).matches("[^.\\[\\]\"]+")) {
                s.append('.').append(step);
            } else {
                s.append("[\"").append(step).append("\"]");
            }
        }
        return s.toString();
    }
}
