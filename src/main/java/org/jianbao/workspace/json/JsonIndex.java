package org.jianbao.workspace.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every value of a JSON text lies: Jackson's streaming parser reports the character offset of
 * each token, which gives each value's span (from its first character to just after its last) and,
 * for object members, where the key starts.
 */
final class JsonIndex {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonIndex() {
    }

    /** One value of the text: its kind, span, and children. */
    static final class Node {
        final JsonToken kind;
        final int start;
        final int line;
        final int column;
        int end;
        /** Where the member's key (its opening quote) starts; -1 for an array element or the root. */
        int keyStart = -1;
        final List<Node> elements = new ArrayList<>();
        final Map<String, Node> members = new LinkedHashMap<>();

        Node(JsonToken kind, int start, int line, int column) {
            this.kind = kind;
            this.start = start;
            this.line = line;
            this.column = column;
        }

        boolean isArray() {
            return kind == JsonToken.START_ARRAY;
        }

        boolean isObject() {
            return kind == JsonToken.START_OBJECT;
        }

        /** Where this value starts as a part of its container: at its key for a member. */
        int partStart() {
            return keyStart >= 0 ? keyStart : start;
        }

        /** Members or elements, in the order written. */
        List<Node> children() {
            return isObject() ? new ArrayList<>(members.values()) : elements;
        }
    }

    /** The index of {@code text} (which starts at {@code offset} of the whole file: after a byte-order mark). */
    static Node parse(String text, int offset) {
        try (JsonParser p = FACTORY.createParser(text.substring(offset))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new JsonEditException("the file is empty; a descriptor is a JSON object { … }");
            }
            Node root = value(p, t, offset);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new JsonEditException(l.getLineNr() + ":" + l.getColumnNr()
                        + ": more text after the end of the JSON value");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String where = l == null ? "" : l.getLineNr() + ":" + l.getColumnNr() + ": ";
            throw new JsonEditException(where + "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new JsonEditException("cannot read the JSON text: " + e.getMessage(), e);
        }
    }

    private static Node value(JsonParser p, JsonToken t, int offset) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        Node n = new Node(t, (int) at.getCharOffset() + offset, at.getLineNr(), at.getColumnNr());
        if (t == JsonToken.START_OBJECT) {
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                int keyStart = (int) p.currentTokenLocation().getCharOffset() + offset;
                String name = p.currentName();
                Node child = value(p, p.nextToken(), offset);
                child.keyStart = keyStart;
                n.members.put(name, child);
            }
        } else if (t == JsonToken.START_ARRAY) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                n.elements.add(value(p, t, offset));
            }
        } else if (t == JsonToken.VALUE_STRING) {
            p.finishToken();
        }
        n.end = (int) p.currentLocation().getCharOffset() + offset;
        return n;
    }
}
