package org.jianbao.importer.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/** The descriptor's body blocks as JSON (docs/descriptor.md, "Blocks"), in the field order the samples use. */
public final class Blocks {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Blocks() {
    }

    /** A paragraph: a plain string ({@code **…**} marks bold). */
    public static JsonNode paragraph(String text) {
        return TextNode.valueOf(text);
    }

    /**
     * A text in the descriptor's form: a string with {@code **bold**} marks, or — when a run is italic,
     * which a string cannot say — a list of runs, plain ones as strings and emphasised ones as
     * {@code {text, bold, italic}}. Every run's text passes through {@code clean}.
     */
    public static JsonNode text(List<Inline> runs, java.util.function.UnaryOperator<String> clean) {
        if (!Inline.anyItalic(runs)) {
            return TextNode.valueOf(clean.apply(Inline.marked(runs)));
        }
        ArrayNode a = F.arrayNode();
        for (Inline r : runs) {
            String t = clean.apply(r.text());
            if (!r.bold() && !r.italic()) {
                a.add(t);
            } else {
                ObjectNode o = a.addObject().put("text", t);
                if (r.bold()) {
                    o.put("bold", true);
                }
                if (r.italic()) {
                    o.put("italic", true);
                }
            }
        }
        return a;
    }

    /** A paragraph of {@link #text}: a plain string, or {@code {type: paragraph, text: [runs]}}. */
    public static JsonNode paragraph(JsonNode text) {
        return text.isTextual() ? text : F.objectNode().put("type", "paragraph").set("text", text);
    }

    /** A block quotation of {@link #text}. */
    public static JsonNode quote(JsonNode text) {
        return F.objectNode().put("type", "quote").set("text", text);
    }

    public static JsonNode heading(int level, String text) {
        ObjectNode h = F.objectNode().put("type", "heading").put("level", level);
        return h.put("text", text);
    }

    /** A list; {@code marker} is {@code bullet}, {@code number} or {@code paren}. */
    public static JsonNode list(String marker, List<String> items) {
        ObjectNode l = F.objectNode().put("type", "list").put("marker", marker);
        ArrayNode a = l.putArray("items");
        items.forEach(a::add);
        return l;
    }

    public static JsonNode note(String label, String text) {
        return F.objectNode().put("type", "note").put("label", label).put("text", text);
    }

    /** A picture; {@code src} relative to the issue file, {@code caption} may be null. */
    public static JsonNode image(String src, String caption, String width) {
        ObjectNode i = F.objectNode().put("type", "image").put("src", src);
        if (caption != null) {
            i.put("caption", caption);
        }
        if (width != null) {
            i.put("width", width);
        }
        return i;
    }

    /** A table cell: a plain string, or {@code {text, colspan, rowspan}} when it spans. */
    public static JsonNode cell(String text, int colspan, int rowspan) {
        if (colspan == 1 && rowspan == 1) {
            return TextNode.valueOf(text);
        }
        ObjectNode c = F.objectNode().put("text", text);
        if (colspan > 1) {
            c.put("colspan", colspan);
        }
        if (rowspan > 1) {
            c.put("rowspan", rowspan);
        }
        return c;
    }

    /** A table: one column entry per column (its alignment), header rows, body rows, caption (or null). */
    public static JsonNode table(List<String> columnAligns, List<List<JsonNode>> header, List<List<JsonNode>> rows,
                                 String caption) {
        ObjectNode t = F.objectNode().put("type", "table");
        if (caption != null) {
            t.put("caption", caption);
        }
        ArrayNode cols = t.putArray("columns");
        columnAligns.forEach(a -> cols.addObject().put("align", a));
        if (!header.isEmpty()) {
            ArrayNode h = t.putArray("header");
            header.forEach(r -> h.addArray().addAll(r));
        }
        ArrayNode b = t.putArray("rows");
        rows.forEach(r -> b.addArray().addAll(r));
        return t;
    }

    /** Sets the caption of an image block made earlier (in Word a caption follows its picture), before its width. */
    public static void caption(JsonNode block, String caption) {
        ObjectNode o = (ObjectNode) block;
        JsonNode width = o.remove("width");
        o.put("caption", caption);
        if (width != null) {
            o.set("width", width);
        }
    }

    /** Whether {@code block} is a picture or table still without a caption. */
    public static boolean awaitsCaption(JsonNode block, String type) {
        return block != null && block.isObject() && type.equals(block.path("type").asText()) && !block.has("caption");
    }
}
