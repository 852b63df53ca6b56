package org.jianbao.descriptor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.io.InputFiles;
import org.jianbao.problem.JianbaoException;
import org.jianbao.problem.Problem;

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

    /**
     * Parses {@code file}, which must be a regular file of at most {@link #MAX_BYTES} (checked while
     * reading); any failure is a {@link JianbaoException} naming the file.
     */
    static Json parse(Path file) {
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, MAX_BYTES);
        } catch (InputFiles.Refused e) {
            String why = e.getMessage();
            throw fail(file, 0, 0, why.equals("does not exist")
                    ? "no such file; check the path (it is relative to the current folder, or for a profile, to the"
                            + " issue file)"
                    : why.startsWith("is larger") ? "the file is larger than " + (MAX_BYTES >> 20)
                            + " MiB; a descriptor should be far smaller — is this the right file?"
                    : "the file " + why);
        }
        return new JsonParser(file).parse(bytes);
    }

    /** Parses text already in memory (the built-in defaults); {@code file} names it in messages. */
    static Json parse(Path file, byte[] bytes) {
        return new JsonParser(file).parse(bytes);
    }

    private com.fasterxml.jackson.core.JsonParser parser;

    private Json parse(byte[] bytes) {
        try (com.fasterxml.jackson.core.JsonParser p = FACTORY.createParser(bytes)) {
            parser = p;
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
            JsonLocation l = e.getLocation() != null ? e.getLocation() : parser != null ? parser.currentLocation() : last;
            throw fail(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "the input exceeds a safety limit: " + limit(e.getOriginalMessage()));
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            throw fail(file, l.getLineNr(), l.getColumnNr(), "JSON syntax: " + describe(e.getOriginalMessage()));
        } catch (IOException e) {
            throw fail(file, 0, 0, "cannot read the file: " + e.getMessage());
        }
    }

    /** The last place the parser reached, for errors that carry no location of their own. */
    private JsonLocation last;

    private Json value(com.fasterxml.jackson.core.JsonParser p, JsonToken t) throws IOException {
        last = p.currentTokenLocation();
        Json.Where w = where(last);
        switch (t) {
            case START_OBJECT: {
                Map<String, Json> m = new LinkedHashMap<>();
                Map<String, Json.Where> keys = new LinkedHashMap<>();
                while ((t = nextToken(p)) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    keys.put(name, where(p.currentTokenLocation()));
                    m.put(name, value(p, nextToken(p)));
                }
                return new Json.Obj(m, keys, w);
            }
            case START_ARRAY: {
                List<Json> items = new ArrayList<>();
                while ((t = nextToken(p)) != JsonToken.END_ARRAY) {
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

    private JsonToken nextToken(com.fasterxml.jackson.core.JsonParser p) throws IOException {
        last = p.currentLocation();
        return p.nextToken();
    }

    /** Jackson's limit message in the user's terms. */
    private static String limit(String m) {
        String s = m == null ? "" : m;
        if (s.contains("nesting depth")) {
            return "the JSON nests more than 64 levels deep; a descriptor needs far fewer — is a bracket left open?";
        }
        if (s.contains("String value length")) {
            return "a string is longer than 1 MiB; split the text into paragraphs";
        }
        if (s.contains("Number value length")) {
            return "a number has more than 32 digits";
        }
        return s.replaceAll("\\s*\\(from `[^`]*`\\)", "");
    }

    private Json.Where where(JsonLocation l) {
        return new Json.Where(file, l.getLineNr(), l.getColumnNr());
    }

    /** Jackson's message, first sentence only, in the user's terms where it speaks of parser features. */
    private static String describe(String message) {
        String m = message == null ? "malformed JSON" : message;
        int nl = m.indexOf('\n');
        if (nl > 0) {
            m = m.substring(0, nl);
        }
        if (m.contains("ALLOW_COMMENTS") || m.contains("comment")) {
            return "comments (// … or /* … */) are not allowed in JSON; remove them";
        }
        if (m.contains("ALLOW_NON_NUMERIC_NUMBERS") || m.contains("NaN") || m.contains("Infinity")) {
            return "NaN and Infinity are not JSON numbers; write a number";
        }
        if (m.startsWith("Unexpected character ('}'") || m.startsWith("Unexpected character (']'")) {
            return m.replaceAll(":.*", "") + "; a trailing comma before it is not allowed in JSON";
        }
        if (m.contains("ALLOW_SINGLE_QUOTES") || m.startsWith("Unexpected character ('''")) {
            return m.replaceAll(":.*", "") + "; JSON strings and field names are written in double quotes \"…\"";
        }
        if (m.contains("was expecting double-quote")) {
            return m.replaceAll(":.*", "") + "; a field name is written in double quotes \"…\"";
        }
        if (m.contains("CTRL-CHAR")) {
            return "a string is not closed on its line (a missing \" ?), or holds a control character; close"
                    + " the string, or write a line break as \\n";
        }
        if (m.contains("Invalid UTF-8")) {
            return "the file is not UTF-8 text; save it as UTF-8 (without changing the text)";
        }
        m = m.replaceAll("\\s*\\(?Source: REDACTED.*", "").replaceAll("\\s*\\(for [A-Za-z.]+ enable[^)]*\\)", "");
        if (m.startsWith("Duplicate field")) {
            return m + "; each field may appear once in an object";
        }
        if (m.contains("was expecting comma")) {
            return m + "; a comma may be missing after the previous value";
        }
        return m;
    }

    static JianbaoException fail(Path file, int line, int col, String message) {
        return new JianbaoException(new Problem(Problem.Severity.ERROR, file, line, col, "", message));
    }
}
