package org.jianbao.importer.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jianbao.model.Lang;

/**
 * An article as read from a file, in the descriptor's form: title, the optional source, author and
 * byline lines, and the body as descriptor blocks ({@link Blocks}) or as Markdown; every text has passed through
 * {@link Cleanup}. The {@link Report} counts what came in and holds every warning.
 */
public final class Draft {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Lang lang;
    private String title;
    private String source;
    private String author;
    private String byline;
    private final List<JsonNode> body = new ArrayList<>();
    private String markdown;
    private final Report report = new Report();
    private final Cleanup cleanup = new Cleanup();

    public Draft(Lang lang) {
        this.lang = lang;
    }

    public Report report() {
        return report;
    }

    /** The report once the article is read: with the count of the punctuation corrections made. */
    public Report finished() {
        String corrected = cleanup.summary();
        if (corrected != null && !report.warnings().contains(corrected)) {
            report.warn(corrected);
        }
        return report;
    }

    public String title() {
        return title;
    }

    public boolean hasTitle() {
        return title != null;
    }

    public void title(String t) {
        title = cleanup.text(t.strip(), lang);
    }

    public void source(String s) {
        source = cleanup.text(s.strip(), lang);
    }

    public void author(String a) {
        author = cleanup.text(a.strip(), lang);
    }

    /** A second byline line is joined to the first with a space. */
    public void byline(String b) {
        String t = cleanup.text(b.strip(), lang);
        byline = byline == null ? t : byline + "　" + t;
    }

    public boolean hasMeta() {
        return source != null || author != null || byline != null;
    }

    /** Adds a block built by {@link Blocks}, counting it under {@code kind}. */
    public void add(String kind, JsonNode block) {
        body.add(block);
        report.count(kind);
    }

    /** The last block added, or null. */
    public JsonNode last() {
        return body.isEmpty() ? null : body.get(body.size() - 1);
    }

    public boolean isEmpty() {
        return body.isEmpty() && markdown == null;
    }

    /** The body as Markdown text (the descriptor's {@code markdown} field) instead of blocks. */
    public void markdown(String text) {
        markdown = text;
    }

    /** A Markdown body for the descriptor: its text through {@link Cleanup}, its syntax untouched. */
    public String cleanMarkdown(String source) {
        return cleanup.markdown(source, lang);
    }

    /** Text for the descriptor: through {@link Cleanup}. */
    public String clean(String text) {
        return cleanup.text(text, lang);
    }

    /** The article object, fields in the descriptor's order: title, source, author, byline, body. */
    public ObjectNode toJson() {
        ObjectNode a = F.objectNode();
        a.put("title", title);
        if (source != null) {
            a.put("source", source);
        }
        if (author != null) {
            a.put("author", author);
        }
        if (byline != null) {
            a.put("byline", byline);
        }
        if (markdown != null) {
            a.put("markdown", markdown);
        } else {
            ArrayNode b = a.putArray("body");
            body.forEach(b::add);
        }
        return a;
    }
}
