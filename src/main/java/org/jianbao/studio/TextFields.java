package org.jianbao.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jianbao.model.Lang;

/**
 * Runs the normaliser over every text of an issue that is printed as written — titles, bylines,
 * paragraphs, headings, list items, quotes, notes, captions, table cells, signers — in the
 * language that applies there (issue, section or article {@code lang}), changing the tree in
 * place. Section names, file names, dates and Markdown are left alone.
 */
final class TextFields {
    private static final List<String> ARTICLE_LINES = List.of("title", "source", "author", "byline");

    /** One change, where it was made. */
    record Change(String path, String what) {
    }

    /** The changes made, whether any text changed, and the distinct notices the normaliser gave. */
    record Result(List<Change> changes, boolean altered, Set<String> notices) {
    }

    private final BiFunction<String, Lang, Routine.Normalised> normaliser;
    private final List<Change> changes = new ArrayList<>();
    private final Set<String> notices = new LinkedHashSet<>();
    private boolean altered;

    private TextFields(BiFunction<String, Lang, Routine.Normalised> normaliser) {
        this.normaliser = normaliser;
    }

    static Result normalise(ObjectNode issue, Routine routine) {
        TextFields t = new TextFields(routine::normalise);
        Lang lang = lang(issue, Lang.HANS);
        JsonNode sections = issue.path("sections");
        for (int s = 0; s < sections.size(); s++) {
            JsonNode section = sections.get(s);
            Lang sl = lang(section, lang);
            JsonNode articles = section.path("articles");
            for (int a = 0; a < articles.size(); a++) {
                if (articles.get(a) instanceof ObjectNode article) {
                    t.article(article, "$.sections[" + s + "].articles[" + a + "]", lang(article, sl));
                }
            }
        }
        return new Result(List.copyOf(t.changes), t.altered, t.notices);
    }

    private void article(ObjectNode article, String at, Lang lang) {
        for (String f : ARTICLE_LINES) {
            field(article, f, at + "." + f, lang);
        }
        if (article.get("body") instanceof ArrayNode body) {
            for (int b = 0; b < body.size(); b++) {
                String here = at + ".body[" + b + "]";
                if (body.get(b).isTextual()) {
                    fix(body, b, here, lang);
                } else if (body.get(b) instanceof ObjectNode block) {
                    block(block, here, lang);
                }
            }
        }
    }

    private void block(ObjectNode block, String at, Lang lang) {
        for (String f : List.of("text", "caption", "signer", "label")) {
            field(block, f, at + "." + f, lang);
        }
        if (block.get("items") instanceof ArrayNode items) {
            for (int i = 0; i < items.size(); i++) {
                fix(items, i, at + ".items[" + i + "]", lang);
            }
        }
        for (String part : List.of("header", "rows")) {
            JsonNode rows = block.path(part);
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) instanceof ArrayNode row) {
                    for (int c = 0; c < row.size(); c++) {
                        String here = at + "." + part + "[" + r + "][" + c + "]";
                        if (row.get(c).isTextual()) {
                            fix(row, c, here, lang);
                        } else if (row.get(c) instanceof ObjectNode cell) {
                            field(cell, "text", here + ".text", lang);
                        }
                    }
                }
            }
        }
    }

    private void field(ObjectNode o, String name, String at, Lang lang) {
        if (o.get(name) != null && o.get(name).isTextual()) {
            Routine.Normalised n = run(o.get(name).asText(), lang, at);
            if (n != null) {
                o.put(name, n.text());
            }
        }
    }

    private void fix(ArrayNode a, int i, String at, Lang lang) {
        Routine.Normalised n = run(a.get(i).asText(), lang, at);
        if (n != null) {
            a.set(i, TextNode.valueOf(n.text()));
        }
    }

    /** The normalised text when it differs, else {@code null}; changes and notices recorded. */
    private Routine.Normalised run(String text, Lang lang, String at) {
        Routine.Normalised n = normaliser.apply(text, lang);
        if (n.notice() != null) {
            notices.add(n.notice());
        }
        n.changes().forEach(c -> changes.add(new Change(at, c)));
        if (n.text() == null || n.text().equals(text)) {
            return null;
        }
        altered = true;
        return n;
    }

    private static Lang lang(JsonNode node, Lang inherited) {
        String l = node.path("lang").asText("");
        return switch (l) {
            case "zh-Hant", "zh-TW", "zh-HK" -> Lang.HANT;
            case "zh-Hans", "zh-CN" -> Lang.HANS;
            default -> inherited;
        };
    }
}
