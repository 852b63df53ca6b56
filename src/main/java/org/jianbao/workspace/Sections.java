package org.jianbao.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The sections of a new issue: one {@code {"name": …, "articles": []}} per section name, in order. */
final class Sections {
    private Sections() {
    }

    static ArrayNode empty(JsonNode names) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (names != null) {
            for (JsonNode n : names) {
                if (n.isTextual() && !n.textValue().isBlank()) {
                    out.addObject().put("name", n.textValue()).putArray("articles");
                }
            }
        }
        return out;
    }
}
