package org.jianbao.descriptor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON value at a JSON path, with typed accessors that record a located problem and return
 * {@code null} when the value is not what the format expects.
 */
final class Node {
    final Json json;
    final String path;
    final Problems problems;

    Node(Json json, String path, Problems problems) {
        this.json = json;
        this.path = path;
        this.problems = problems;
    }

    Json.Where where() {
        return json.where();
    }

    void error(String message) {
        problems.error(json.where(), path, message);
    }

    void warn(String message) {
        problems.warn(json.where(), path, message);
    }

    private <T> T expected(String what) {
        error("expected " + what + ", found " + json.kind());
        return null;
    }

    // ---- scalars -------------------------------------------------------------------------

    String string() {
        return json instanceof Json.Str s ? s.value() : expected("a string");
    }

    /** A string that must not be blank. */
    String text() {
        String s = string();
        if (s != null && s.isBlank()) {
            error("must not be empty");
            return null;
        }
        return s;
    }

    Integer integer(int min, int max) {
        if (json instanceof Json.Num n && (!n.integral() || Double.isInfinite(n.value()))) {
            error("expected a whole number, found " + (Double.isInfinite(n.value()) ? "a number too large to use"
                    : "a number with a fraction or an exponent"));
            return null;
        }
        if (!(json instanceof Json.Num n)) {
            return expected("a whole number");
        }
        if (n.value() < min || n.value() > max) {
            error("must be between " + min + " and " + max + ", found " + (long) n.value());
            return null;
        }
        return (int) n.value();
    }

    Double number() {
        return json instanceof Json.Num n ? n.value() : expected("a number");
    }

    /** A number between {@code min} and {@code max}; {@code what} names the unit in the message. */
    Double range(double min, double max, String what) {
        Double v = number();
        if (v != null && (v < min || v > max || v.isNaN())) {
            error("must be between " + fmt(min) + " and " + fmt(max) + " " + what + ", found " + fmt(v));
            return null;
        }
        return v;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }

    Boolean bool() {
        return json instanceof Json.Bool b ? b.value() : expected("true or false");
    }

    /** One of {@code choices} (case-sensitive), with a suggestion when it is near one. */
    String choice(Set<String> choices) {
        String s = string();
        if (s == null) {
            return null;
        }
        if (!choices.contains(s)) {
            String near = Suggest.nearest(s, choices);
            error("\"" + s + "\" is not one of " + String.join(", ", choices)
                    + (near == null ? "" : "; did you mean \"" + near + "\"?"));
            return null;
        }
        return s;
    }

    // ---- containers ----------------------------------------------------------------------

    boolean isObject() {
        return json instanceof Json.Obj;
    }

    boolean isString() {
        return json instanceof Json.Str;
    }

    /** The members of an object, after checking that every key is one of {@code allowed}. */
    Fields fields(String... allowed) {
        if (!(json instanceof Json.Obj o)) {
            return expected("an object");
        }
        Set<String> ok = new LinkedHashSet<>(List.of(allowed));
        o.members().keySet().forEach(k -> {
            if (!ok.contains(k)) {
                String near = Suggest.nearest(k, ok);
                problems.error(o.keys().get(k), path + "." + k, "unknown field \"" + k + "\""
                        + (near == null ? "; known fields here: " + String.join(", ", ok)
                                : "; did you mean \"" + near + "\"?"));
            }
        });
        return new Fields(o, path, problems);
    }

    /** The items of an array, each read by {@code item}; items that fail are left out. */
    <T> List<T> list(Function<Node, T> item) {
        if (!(json instanceof Json.Arr a)) {
            return expected("an array");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            T t = item.apply(new Node(a.items().get(i), path + "[" + i + "]", problems));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    List<String> strings() {
        return list(Node::text);
    }

    /** The members of an object as nodes, whatever their names. */
    List<java.util.Map.Entry<String, Node>> entries() {
        if (!(json instanceof Json.Obj o)) {
            return expected("an object");
        }
        List<java.util.Map.Entry<String, Node>> out = new ArrayList<>();
        o.members().forEach((k, v) -> out.add(java.util.Map.entry(k, new Node(v, path + "." + k, problems))));
        return out;
    }

    /** Named members of a JSON object. */
    static final class Fields {
        private final Json.Obj obj;
        private final String path;
        private final Problems problems;

        Fields(Json.Obj obj, String path, Problems problems) {
            this.obj = obj;
            this.path = path;
            this.problems = problems;
        }

        /** The member {@code key}, or null when absent (or JSON null). */
        Node opt(String key) {
            Json v = obj.members().get(key);
            return v == null || v instanceof Json.Null ? null : new Node(v, path + "." + key, problems);
        }

        /** The member {@code key}; when absent, a problem saying it is required. */
        Node req(String key) {
            Node n = opt(key);
            if (n == null) {
                problems.error(obj.where(), path, "the field \"" + key + "\" is required here");
            }
            return n;
        }

        <T> T opt(String key, Function<Node, T> read, T fallback) {
            Node n = opt(key);
            if (n == null) {
                return fallback;
            }
            T t = read.apply(n);
            return t == null ? fallback : t;
        }

        <T> T req(String key, Function<Node, T> read) {
            Node n = req(key);
            return n == null ? null : read.apply(n);
        }

        Json.Where where() {
            return obj.where();
        }

        /** A problem of the object as a whole (a combination of fields). */
        void error(String message) {
            problems.error(obj.where(), path, message);
        }

        String path() {
            return path;
        }
    }
}
