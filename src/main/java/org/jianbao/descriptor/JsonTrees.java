package org.jianbao.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** A parsed {@link Json} tree as Jackson nodes, for the schema validator (no second parse). */
final class JsonTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    static JsonNode node(Json json) {
        if (json instanceof Json.Obj o) {
            ObjectNode n = NODES.objectNode();
            o.members().forEach((k, v) -> n.set(k, node(v)));
            return n;
        }
        if (json instanceof Json.Arr a) {
            ArrayNode n = NODES.arrayNode();
            a.items().forEach(v -> n.add(node(v)));
            return n;
        }
        if (json instanceof Json.Str s) {
            return NODES.textNode(s.value());
        }
        if (json instanceof Json.Num num) {
            double v = num.value();
            if (!num.integral()) {
                return NODES.numberNode(v);
            }
            return v == Math.rint(v) && Math.abs(v) < 0x1p53 ? NODES.numberNode((long) v)
                    : NODES.numberNode(new BigDecimal(v).toBigInteger());
        }
        if (json instanceof Json.Bool b) {
            return NODES.booleanNode(b.value());
        }
        return NODES.nullNode();
    }
}
