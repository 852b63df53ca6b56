package org.jianbao.workspace;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jianbao.model.Lang;
import org.jianbao.text.Punctuation;
import org.jianbao.workspace.json.JsonPath;
import org.jianbao.workspace.json.JsonText;

/**
 * The punctuation corrections of the descriptor reader ({@link Punctuation}, docs/typography.md §6)
 * applied to the files themselves, so that a source is clean once and stays clean: every string of
 * a descriptor or profile (but the few that are names of files, codes and patterns), the text (not
 * the syntax) of a Markdown body or file. Nothing else of the file changes, not a space.
 */
public final class Fixer {
    /** Members whose strings are file names, codes or patterns, never prose. */
    private static final Set<String> NOT_PROSE = Set.of("$schema", "profile", "src", "markdownFile", "seal", "type",
            "marker", "lang", "align", "date", "format", "spot", "red",
            "normalise", "punctuation", "prohibition", "font", "boldFont", "color", "size", "lineHeight", "width",
            "sealSize", "rule", "spaceBefore", "spaceAfter", "indent", "top", "bottom", "left", "right");

    private Fixer() {
    }

    /** One correction: where (a JSON path, or a line of a Markdown file), what it was and what it is. */
    public record Fix(String where, String from, String to) {
        @Override
        public String toString() {
            return where + ": “" + from + "” → “" + to + "”";
        }
    }

    /** A file's text corrected, and the corrections made. */
    public record Fixed(String text, List<Fix> fixes) {
    }

    /** A descriptor's or a profile's JSON text corrected. */
    public static Fixed json(String source) {
        JsonText text = JsonText.parse(source);
        List<Fix> fixes = new ArrayList<>();
        for (JsonPath path : text.strings()) {
            Object last = path.steps().isEmpty() ? null : path.steps().get(path.steps().size() - 1);
            String member = last instanceof String s ? s : memberOf(path);
            if (member != null && NOT_PROSE.contains(member)) {
                continue;
            }
            String value = text.value(path.toString()).asText();
            Lang lang = lang(text, path);
            Fixed f = member != null && member.equals("markdown") ? markdown(value, lang, path.toString())
                    : plain(value, lang, path.toString());
            if (!f.fixes().isEmpty()) {
                text = text.replace(path.toString(), TextNode.valueOf(f.text()));
                fixes.addAll(f.fixes());
            }
        }
        return new Fixed(text.text(), fixes);
    }

    /** The member an array element belongs to ({@code items} for {@code $.…items[2]}), or null. */
    private static String memberOf(JsonPath path) {
        for (int i = path.steps().size() - 1; i >= 0; i--) {
            if (path.steps().get(i) instanceof String s) {
                return s;
            }
        }
        return null;
    }

    /** The language the nearest {@code lang} above {@code path} says, zh-Hans when none does. */
    private static Lang lang(JsonText text, JsonPath path) {
        for (JsonPath p = path.parent(); p != null; p = p.parent()) {
            String at = p + ".lang";
            if (text.has(at)) {
                return text.value(at).asText().equals("zh-Hant") ? Lang.HANT : Lang.HANS;
            }
        }
        return Lang.HANS;
    }

    private static Fixed plain(String value, Lang lang, String where) {
        Punctuation.Result r = Punctuation.normalise(value, lang);
        List<Fix> fixes = new ArrayList<>();
        for (Punctuation.Change c : r.changes()) {
            fixes.add(new Fix(where, c.from(), c.to()));
        }
        return new Fixed(r.text(), fixes);
    }

    /**
     * Markdown: only the text is corrected — brackets, angle brackets and quotes of its syntax and
     * its code are left as they are. A text whose source differs from its literal (escapes,
     * entities) is left as written.
     */
    public static Fixed markdown(String source, Lang lang, String where) {
        Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        int[] lineStart = lineStarts(source);
        List<int[]> edits = new ArrayList<>();   // start, end, index into replacements
        List<String> replacements = new ArrayList<>();
        List<Fix> fixes = new ArrayList<>();
        parser.parse(source).accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                List<SourceSpan> spans = t.getSourceSpans();
                if (spans.size() != 1) {
                    return;
                }
                SourceSpan s = spans.get(0);
                int start = lineStart[s.getLineIndex()] + s.getColumnIndex();
                int end = start + s.getLength();
                if (end > source.length() || !source.substring(start, end).equals(t.getLiteral())) {
                    return;
                }
                Punctuation.Result r = Punctuation.normalise(t.getLiteral(), lang);
                if (r.changed()) {
                    edits.add(new int[] {start, end, replacements.size()});
                    replacements.add(r.text());
                    for (Punctuation.Change c : r.changes()) {
                        fixes.add(new Fix(where + " (line " + (s.getLineIndex() + 1) + ")", c.from(), c.to()));
                    }
                }
            }
        });
        StringBuilder out = new StringBuilder(source);
        for (int i = edits.size() - 1; i >= 0; i--) {
            int[] e = edits.get(i);
            out.replace(e[0], e[1], replacements.get(e[2]));
        }
        return new Fixed(out.toString(), fixes);
    }

    private static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
