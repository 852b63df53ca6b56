package org.jianbao.workspace.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON document as text, edited in place. Every edit returns a new {@code JsonText} in which only
 * the characters of the edited value (and the comma and line break that join it to its siblings)
 * differ: the rest of the file is byte for byte what it was. New values are laid out like their
 * siblings ({@link JsonLayout}).
 *
 * <pre>{@code
 * JsonText t = JsonText.parse(Files.readString(issue));
 * t = t.replace("$.number", IntNode.valueOf(8))
 *      .append("$.sections[0].articles", article);
 * }</pre>
 */
public final class JsonText {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String text;
    private final JsonIndex.Node root;
    private final JsonLayout layout;

    private JsonText(String text) {
        this.text = text;
        this.root = JsonIndex.parse(text, text.startsWith("\uFEFF") ? 1 : 0);
        this.layout = JsonLayout.of(text);
    }

    /** Parses {@code text}; a syntax error is a {@link JsonEditException} with its line:column. */
    public static JsonText parse(String text) {
        return new JsonText(text);
    }

    /**
     * A new document holding {@code value}, laid out the house way: two-space indentation, one member
     * a line, short arrays of plain values on one line, a line break at the end.
     */
    public static JsonText of(JsonNode value) {
        return new JsonText(new JsonLayout("  ", "\n").render(value, "") + "\n");
    }

    /** Every string value (not member names) of the text, with its path, in the order written. */
    public List<JsonPath> strings() {
        List<JsonPath> out = new ArrayList<>();
        strings(root, JsonPath.ROOT, out);
        return out;
    }

    private static void strings(JsonIndex.Node n, JsonPath at, List<JsonPath> out) {
        if (n.kind == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
            out.add(at);
        }
        for (int i = 0; i < n.elements.size(); i++) {
            strings(n.elements.get(i), at.element(i), out);
        }
        n.members.forEach((k, v) -> strings(v, at.member(k), out));
    }

    /** The whole text. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Where a value is written: {@code start} its first character, {@code end} just after its last
     * (character offsets into {@link #text()}); {@code line} and {@code column} 1-based.
     */
    public record Span(int start, int end, int line, int column) {
    }

    /** Whether {@code path} names a value. */
    public boolean has(String path) {
        return node(JsonPath.parse(path), false) != null;
    }

    /** The span of the value at {@code path}. */
    public Span span(String path) {
        JsonIndex.Node n = node(JsonPath.parse(path), true);
        return new Span(n.start, n.end, n.line, n.column);
    }

    /** The value at {@code path}, as a Jackson tree (a copy: changing it changes nothing here). */
    public JsonNode value(String path) {
        Span s = span(path);
        try {
            return MAPPER.readTree(text.substring(s.start(), s.end()));
        } catch (JsonProcessingException e) {
            throw new JsonEditException("cannot read the value at " + path + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The number of elements (array) or members (object) at {@code path}. */
    public int size(String path) {
        JsonIndex.Node n = container(JsonPath.parse(path));
        return n.isObject() ? n.members.size() : n.elements.size();
    }

    /** The member names of the object at {@code path}, in the order written. */
    public List<String> keys(String path) {
        JsonIndex.Node n = node(JsonPath.parse(path), true);
        if (!n.isObject()) {
            throw new JsonEditException(path + " is not an object");
        }
        return new ArrayList<>(n.members.keySet());
    }

    /** {@code value} in place of the value at {@code path}, laid out at that value's indentation. */
    public JsonText replace(String path, JsonNode value) {
        JsonIndex.Node n = node(JsonPath.parse(path), true);
        return splice(n.start, n.end, layout.render(value, lineIndent(n.start)));
    }

    /** {@code value} added at the end of the array at {@code arrayPath}. */
    public JsonText append(String arrayPath, JsonNode value) {
        return insert(arrayPath, size(arrayPath), value);
    }

    /**
     * {@code value} inserted into the array at {@code arrayPath} before element {@code index}
     * ({@code index} = the array's size appends), indented like the other elements; into an empty
     * array {@code []} one level deeper than the line holding it.
     */
    public JsonText insert(String arrayPath, int index, JsonNode value) {
        JsonPath p = JsonPath.parse(arrayPath);
        JsonIndex.Node a = container(p);
        if (!a.isArray()) {
            throw new JsonEditException(arrayPath + " is an object, not an array; use put to add a member");
        }
        if (index < 0 || index > a.elements.size()) {
            throw new JsonEditException("cannot insert at " + index + ": " + arrayPath + " has " + a.elements.size()
                    + " element" + (a.elements.size() == 1 ? "" : "s") + " (0 to " + a.elements.size() + " allowed)");
        }
        return insertPart(a, index, null, value);
    }

    /**
     * The member {@code key} of the object at {@code objectPath} set to {@code value}: replaced where
     * it is, or added after the last member.
     */
    public JsonText put(String objectPath, String key, JsonNode value) {
        JsonIndex.Node o = objectAt(objectPath);
        if (o.members.containsKey(key)) {
            return replace(JsonPath.parse(objectPath).member(key).toString(), value);
        }
        return insertPart(o, o.members.size(), key, value);
    }

    /**
     * The member {@code key} set to {@code value}: replaced where it is, or added right after the member
     * {@code after} (at the end when there is no such member).
     */
    public JsonText putAfter(String objectPath, String after, String key, JsonNode value) {
        JsonIndex.Node o = objectAt(objectPath);
        if (o.members.containsKey(key)) {
            return put(objectPath, key, value);
        }
        List<String> keys = new ArrayList<>(o.members.keySet());
        int at = keys.indexOf(after);
        return insertPart(o, at < 0 ? keys.size() : at + 1, key, value);
    }

    /** The value at {@code path} removed with its key (a member) and the comma that joined it. */
    public JsonText remove(String path) {
        JsonPath p = JsonPath.parse(path);
        if (p.parent() == null) {
            throw new JsonEditException("the whole document ($) cannot be removed");
        }
        JsonIndex.Node parent = node(p.parent(), true);
        JsonIndex.Node n = node(p, true);
        List<JsonIndex.Node> parts = parent.children();
        int i = parts.indexOf(n);
        if (parts.size() == 1) {
            // the only part: the container becomes empty, [] or {}
            return splice(parent.start + 1, parent.end - 1, "");
        }
        if (i + 1 < parts.size()) {
            return splice(n.partStart(), parts.get(i + 1).partStart(), "");
        }
        return splice(parts.get(i - 1).end, n.end, "");
    }

    private JsonText insertPart(JsonIndex.Node c, int index, String key, JsonNode value) {
        List<JsonIndex.Node> parts = c.children();
        String head = key == null ? "" : JsonLayout.quote(key) + ": ";
        if (parts.isEmpty()) {
            String outer = lineIndent(c.start);
            String inner = outer + layout.unit;
            String body = layout.newline + inner + head + layout.render(value, inner) + layout.newline + outer;
            return splice(c.start + 1, c.end - 1, body);
        }
        JsonIndex.Node first = parts.get(0);
        boolean oneLine = first.line == c.line;
        String indent = oneLine ? lineIndent(c.start) + layout.unit : partIndent(first, c);
        String rendered = head + (oneLine ? layout.inline(value) : layout.render(value, indent));
        String gap = oneLine ? ", " : "," + layout.newline + indent;
        if (index < parts.size()) {
            int at = parts.get(index).partStart();
            return splice(at, at, rendered + gap);
        }
        int at = parts.get(parts.size() - 1).end;
        return splice(at, at, gap + rendered);
    }

    /** The indentation of a container's parts: that of the first part's line when it begins the line. */
    private String partIndent(JsonIndex.Node first, JsonIndex.Node container) {
        int at = first.partStart();
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String before = text.substring(lineStart, at);
        return before.isBlank() ? before : lineIndent(container.start) + layout.unit;
    }

    /** The leading spaces and tabs of the line holding {@code offset}. */
    private String lineIndent(int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }

    private JsonText splice(int from, int to, String with) {
        return new JsonText(text.substring(0, from) + with + text.substring(to));
    }

    private JsonIndex.Node objectAt(String path) {
        JsonIndex.Node o = node(JsonPath.parse(path), true);
        if (!o.isObject()) {
            throw new JsonEditException(path + " is not an object");
        }
        return o;
    }

    private JsonIndex.Node container(JsonPath p) {
        JsonIndex.Node n = node(p, true);
        if (!n.isArray() && !n.isObject()) {
            throw new JsonEditException(p + " is neither an array nor an object");
        }
        return n;
    }

    private JsonIndex.Node node(JsonPath p, boolean required) {
        JsonIndex.Node n = root;
        JsonPath at = JsonPath.ROOT;
        for (Object step : p.steps()) {
            JsonIndex.Node next = null;
            if (step instanceof Integer i && n.isArray() && i < n.elements.size()) {
                next = n.elements.get(i);
            } else if (step instanceof String k && n.isObject()) {
                next = n.members.get(k);
            }
            if (next == null) {
                if (!required) {
                    return null;
                }
                String what = step instanceof Integer i
                        ? (n.isArray() ? "has " + n.elements.size() + " element" + (n.elements.size() == 1 ? "" : "s")
                                + ", no [" + i + "]" : "is not an array")
                        : (n.isObject() ? "has no member \"" + step + "\"" : "is not an object");
                throw new JsonEditException(p + ": " + at + " " + what);
            }
            n = next;
            at = step instanceof Integer i ? at.element(i) : at.member((String) step);
        }
        return n;
    }
}
