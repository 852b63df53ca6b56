package org.jianbao.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.jianbao.model.Lang;
import org.jianbao.importer.article.Draft;
import org.jianbao.importer.article.ImportException;
import org.jianbao.importer.article.Lines;
import org.jianbao.importer.article.PictureStore;
import org.jianbao.importer.article.Report;

/**
 * A Markdown article, kept as Markdown (the descriptor's {@code markdown} body, read by the same
 * CommonMark-with-tables rules as render): a leading {@code # title} (or a short first line) is the
 * title, the source/author/byline lines under it fill those fields, and when the title was {@code #}
 * the body's {@code ##} headings move up a level (they are the article's first level). Pictures
 * are copied into the workspace's {@code images/} with the checks of Word pictures, and their paths
 * rewritten to be relative to the issue.
 */
public final class MarkdownArticle {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(\\s*<?([^)\\s>]+)>?(\\s+\"[^\"]*\")?\\s*\\)");
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private MarkdownArticle() {
    }

    public static Draft read(Path file, PictureStore pictures, Lang lang) {
        Draft d = new Draft(lang);
        List<String> lines = new ArrayList<>(List.of(TextFiles.read(file, d.report()).split("\n", -1)));
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        if (lines.isEmpty()) {
            throw new ImportException(file + ": is empty");
        }
        String first = lines.get(0).strip();
        boolean hashTitle = first.matches("#\\s+\\S.*");
        if (hashTitle || first.length() <= 40 && !first.startsWith("#") && !first.endsWith("。")) {
            d.title(first.replaceFirst("^#\\s+", "").replaceFirst("\\s+#+$", ""));
            lines.remove(0);
        } else {
            String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            d.title(name);
            d.report().warn("no title found (no \"# title\" line first); the file name \"" + name + "\" is the title");
        }
        while (!lines.isEmpty()) {
            if (lines.get(0).isBlank()) {
                lines.remove(0);
                continue;
            }
            Lines.Meta m = Lines.meta(lines.get(0));
            if (m == null) {
                break;
            }
            if (m.source() != null) {
                d.source(m.source());
            }
            if (m.author() != null) {
                d.author(m.author());
            }
            if (m.byline() != null) {
                d.byline(m.byline());
            }
            lines.remove(0);
        }
        String body = String.join("\n", lines).strip();
        if (hashTitle && !Pattern.compile("(?m)^#\\s").matcher(body).find()) {
            body = body.replaceAll("(?m)^#(#{1,5}\\s)", "$1");
        }
        body = pictures(body, file, pictures, d.report());
        if (body.isBlank()) {
            throw new ImportException(file + ": has no text under its title \"" + d.title() + "\"");
        }
        d.markdown(d.cleanMarkdown(body + "\n"));
        count(body, d.report());
        return d;
    }

    /** Each local picture copied into images/ and its path rewritten; web pictures and missing files are dropped. */
    private static String pictures(String body, Path file, PictureStore store, Report report) {
        Matcher m = IMAGE.matcher(body);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            n++;
            String src = m.group(2);
            String what = "picture " + n + " (" + src + ") of " + file.getFileName();
            PictureStore.Saved saved = null;
            if (src.contains("://")) {
                report.warn(what + " is on the web; nothing is fetched from the network — download it and refer to the file");
            } else {
                Path p = file.toAbsolutePath().getParent().resolve(src).normalize();
                try {
                    saved = store.save(Files.readAllBytes(p), what, report);
                } catch (java.io.IOException e) {
                    report.warn(what + " cannot be read (" + e.getMessage() + "); it was left out");
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(saved == null ? "" : "![" + m.group(1) + "](" + saved.src() + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void count(String body, Report report) {
        PARSER.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph p) {
                report.count(p.getFirstChild() instanceof Image && p.getFirstChild().getNext() == null ? "picture" : "paragraph");
            }

            @Override
            public void visit(Heading h) {
                report.count("heading");
            }

            @Override
            public void visit(BulletList l) {
                report.count("list");
            }

            @Override
            public void visit(OrderedList l) {
                report.count("list");
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock b) {
                if (b instanceof TableBlock) {
                    report.count("table");
                }
            }
        });
    }
}
