package org.jianbao.descriptor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.JianbaoException;
import org.jianbao.Problem;

/**
 * JSON text → {@link Json} tree, through Jackson's streaming parser with limits fit for hand-edited
 * descriptors (size, nesting, string length). Syntax errors come back as one located problem.
 */
final class JsonParser {
    /** A bulletin descriptor is tens of kilobytes; 8 MiB leaves room and stops runaway input. */
    static final long MAX_BYTES = 8L << 20;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1 << 20)
                    .maxNumberLength(32)
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Path file;

    private JsonParser(Path file) {
        this.file = file;
    }

    /** Parses {@code file}; any failure is a {@link JianbaoException} naming the file. */
    static Json parse(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw fail(file, 0, 0, "the file is larger than " + (MAX_BYTES >> 20)
                        + " MiB; a descriptor should be far smaller — is this the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw fail(file, 0, 0, "no such file; check the path (it is relative to the current folder,"
                    + " or for a profile, to the issue file)");
        } catch (IOException e) {
            throw fail(file, 0, 0, "cannot read the file: " + e.getMessage());
        }
        return new JsonParser(file).parse(bytes);
    }

    /** Parses text already in memory (the built-in defaults); {@code file} names it in messages. */
    static Json parse(Path file, byte[] bytes) {
        return new JsonParser(file).parse(bytes);
    }

    private Json parse(byte[] bytes) {
        try (com.fasterxml.jackson.core.JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw fail(file, 1, 1, "the file is empty; it should hold one JSON object");
            }
            Json root = value(p, t);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw fail(file, l.getLineNr(), l.getColumnNr(),
                        "unexpected text after the end of the JSON object; remove it");
            }
            return root;
        } catch (StreamConstraintsException e) {
            JsonLocation l = e.getLocation();
            throw fail(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "the input exceeds a safety limit: " + e.getOriginalMessage());
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            throw fail(file, l.getLineNr(), l.getColumnNr(), "JSON syntax: " + describe(e.getOriginalMessage()));
        } catch (IOException e) {
            throw fail(file, 0, 0, "cannot read the file: " + e.getMessage());
        }
    }

    private Json value(com.fasterxml.jackson.core.JsonParser p, JsonToken t) throws IOException {
        Json.Where w = where(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, Json> m = new LinkedHashMap<>();
                Map<String, Json.Where> keys = new LinkedHashMap<>();
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    keys.put(name, where(p.currentTokenLocation()));
                    m.put(name, value(p, p.nextToken()));
                }
                return new Json.Obj(m, keys, w);
            }
            case START_ARRAY: {
                List<Json> items = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(p, t));
                }
                return new Json.Arr(items, w);
            }
            case VALUE_STRING:
                return new Json.Str(p.getText(), w);
            case VALUE_NUMBER_INT:
                return new Json.Num(p.getDoubleValue(), true, w);
            case VALUE_NUMBER_FLOAT:
                return new Json.Num(p.getDoubleValue(), false, w);
            case VALUE_TRUE:
                return new Json.Bool(true, w);
            case VALUE_FALSE:
                return new Json.Bool(false, w);
            case VALUE_NULL:
                return new Json.Null(w);
            default:
                throw new JsonParseException(p, "unexpected " + t);
        }
    }

    private Json.Where where(JsonLocation l) {
        return new Json.Where(file, l.getLineNr(), l.getColumnNr());
    }

    /** Jackson's message, first sentence only, without its source excerpt. */
    private static String describe(String message) {
        String m = message == null ? "malformed JSON" : message;
        int nl = m.indexOf('\n');
        if (nl > 0) {
            m = m.substring(0, nl);
        }
        if (m.startsWith("Duplicate field")) {
            return m + "; each field may appear once in an object";
        }
        if (m.contains("was expecting comma")) {
            return m + "; a comma may be missing after the previous value";
        }
        if (m.contains("Unexpected character ('}'") || m.contains("Unexpected character (']'")) {
            return m + "; a trailing comma before it is not allowed in JSON";
        }
        return m;
    }

    static JianbaoException fail(Path file, int line, int col, String message) {
        return new JianbaoException(new Problem(Problem.Severity.ERROR, file, line, col, "", message));
    }
}
