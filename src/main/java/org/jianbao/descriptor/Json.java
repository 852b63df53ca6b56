package org.jianbao.descriptor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it was written. Objects keep their members in file order.
 */
sealed interface Json {

    /** Where a value starts: file, 1-based line and column. */
    record Where(Path file, int line, int column) {
    }

    Where where();

    /** A JSON type name for messages: "a string", "an object" … */
    String kind();

    record Obj(Map<String, Json> members, Map<String, Where> keys, Where where) implements Json {
        public Obj {
            members = new LinkedHashMap<>(members);
            keys = new LinkedHashMap<>(keys);
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    record Arr(List<Json> items, Where where) implements Json {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    record Str(String value, Where where) implements Json {
        @Override
        public String kind() {
            return "a string";
        }
    }

    record Num(double value, boolean integral, Where where) implements Json {
        @Override
        public String kind() {
            return "a number";
        }
    }

    record Bool(boolean value, Where where) implements Json {
        @Override
        public String kind() {
            return "true or false";
        }
    }

    record Null(Where where) implements Json {
        @Override
        public String kind() {
            return "null";
        }
    }

    /**
     * {@code over} laid over {@code base}: objects merge member by member, anything else in
     * {@code over} replaces what {@code base} has. Every value keeps the place it was written.
     */
    static Json merge(Json base, Json over) {
        if (base instanceof Obj b && over instanceof Obj o) {
            Map<String, Json> m = new LinkedHashMap<>(b.members());
            Map<String, Where> k = new LinkedHashMap<>(b.keys());
            o.members().forEach((key, value) -> {
                Json old = m.get(key);
                m.put(key, old == null ? value : merge(old, value));
                k.put(key, o.keys().get(key));
            });
            return new Obj(m, k, o.where());
        }
        return over;
    }
}
