package org.jianbao.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.problem.Problem;

/**
 * Validates a descriptor or profile file against the JSON Schema kept in the repository's
 * {@code schema/} folder (the same files an editor can be pointed at), and locates each violation
 * by line:column through the parsed tree (the file is not parsed a second time: the tree is handed
 * to the validator as Jackson nodes). Used by {@code jianbao check}; rendering does not need it.
 */
final class SchemaCheck {
    private static final String BASE = "https://jianbao.example/schema/";
    private static SchemaRegistry registry;

    private SchemaCheck() {
    }

    /** Which schema a file follows. */
    enum Kind {
        ISSUE("issue.schema.json"), PROFILE("profile.schema.json");

        final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    private static synchronized SchemaRegistry registry() {
        if (registry == null) {
            Map<String, String> schemas = new HashMap<>();
            for (Kind k : Kind.values()) {
                schemas.put(BASE + k.file, resource(k.file));
            }
            registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(schemas));
        }
        return registry;
    }

    private static String resource(String name) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("schema/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of {@code file}, parsed here (for tests and single files). */
    static List<Problem> check(Path file, Kind kind) {
        return check(JsonParser.parse(file), kind);
    }

    /** The schema violations of a parsed file, located in it. */
    static List<Problem> check(Json tree, Kind kind) {
        Path file = tree.where().file();
        JsonNode node = JsonTrees.node(tree);
        Schema schema = registry().getSchema(com.networknt.schema.SchemaLocation.of(BASE + kind.file));
        List<Problem> out = new ArrayList<>();
        for (Error e : schema.validate(node)) {
            NodePath at = e.getInstanceLocation();
            String path = path(at);
            Json.Where w = locate(tree, at);
            String message = e.getMessage();
            String prefix = at.toString() + ": ";
            if (message.startsWith(prefix)) {
                message = message.substring(prefix.length());
            }
            out.add(new Problem(Problem.Severity.ERROR, file, w.line(), w.column(), path,
                    "does not follow the schema (" + kind.file + "): " + message));
        }
        return out;
    }

    private static String path(NodePath p) {
        StringBuilder s = new StringBuilder("$");
        for (int i = 0; i < p.getNameCount(); i++) {
            Object el = p.getElement(i);
            if (el instanceof Integer n) {
                s.append('[').append(n).append(']');
            } else {
                s.append('.').append(el);
            }
        }
        return s.toString();
    }

    /** The place of the value at {@code p}, or of its nearest enclosing value that exists. */
    private static Json.Where locate(Json tree, NodePath p) {
        Json cur = tree;
        for (int i = 0; i < p.getNameCount(); i++) {
            Object el = p.getElement(i);
            Json next = null;
            if (el instanceof Integer n && cur instanceof Json.Arr a && n < a.items().size()) {
                next = a.items().get(n);
            } else if (cur instanceof Json.Obj o) {
                next = o.members().get(String.valueOf(el));
            }
            if (next == null) {
                break;
            }
            cur = next;
        }
        return cur.where();
    }
}
