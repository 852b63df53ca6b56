package org.jianbao.descriptor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jianbao.model.Align;
import org.jianbao.model.Block;
import org.jianbao.model.Image;
import org.jianbao.model.ListBlock;
import org.jianbao.model.Quote;
import org.jianbao.model.Span;
import org.jianbao.model.Table;

/**
 * A Markdown article body (CommonMark with GFM tables) → blocks: paragraphs, headings (# → level
 * 1 一、, ## → level 2 （一）, ### → 1., #### → （1）), bullet and numbered lists, block quotes,
 * tables, images (a paragraph holding only an image; its alt text is the caption), bold, italic
 * (楷体) and links.
 */
final class MarkdownReader {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Path folder;
    private final FileRefs refs;
    private final TextCleaner clean;

    MarkdownReader(Path folder, FileRefs refs, TextCleaner clean) {
        this.folder = folder;
        this.refs = refs;
        this.clean = clean;
    }

    List<Block> read(org.jianbao.descriptor.Node at, String markdown) {
        List<Block> out = new ArrayList<>();
        for (Node n = PARSER.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof BulletList || n instanceof OrderedList) {
                list(at, n, 0, out);
            } else if (n instanceof BlockQuote) {
                quote(at, n, 0, out);
            } else {
                Block b = block(at, n);
                if (b != null) {
                    out.add(b);
                }
            }
        }
        if (out.isEmpty()) {
            at.error("the Markdown body has no text");
        }
        return out;
    }

    private Block block(org.jianbao.descriptor.Node at, Node n) {
        if (n instanceof Heading h) {
            return new org.jianbao.model.Heading(Math.min(4, h.getLevel()), spans(at, h), false);
        }
        if (n instanceof Paragraph p) {
            if (p.getFirstChild() instanceof org.commonmark.node.Image img && img.getNext() == null) {
                return image(at, img);
            }
            List<Span> s = spans(at, p);
            return s.isEmpty() ? null : new org.jianbao.model.Paragraph(s);
        }
        if (n instanceof TableBlock t) {
            return table(at, t);
        }
        if (n instanceof FencedCodeBlock c) {
            return plain(at, c.getLiteral());
        }
        if (n instanceof IndentedCodeBlock c) {
            return plain(at, c.getLiteral());
        }
        if (n instanceof HtmlBlock) {
            at.warn("raw HTML in the Markdown body is left out: " + abbreviate(((HtmlBlock) n).getLiteral()));
            return null;
        }
        if (n instanceof ThematicBreak) {
            return null;
        }
        List<Span> s = spans(at, n);
        return s.isEmpty() ? null : new org.jianbao.model.Paragraph(s);
    }

    /**
     * A list and the lists nested in its items, as lists in reading order, each at its level: the
     * outer list is cut where a nested one comes and goes on after it, numbered on. Levels deeper
     * than {@link ListBlock#MAX_LEVEL} are set at that level, with a warning.
     */
    private void list(org.jianbao.descriptor.Node at, Node list, int level, List<Block> out) {
        ListBlock.Marker marker = list instanceof OrderedList ? ListBlock.Marker.NUMBER : ListBlock.Marker.BULLET;
        if (level > ListBlock.MAX_LEVEL) {
            at.warn("a list nested " + (level + 1) + " deep is set as level " + (ListBlock.MAX_LEVEL + 1)
                    + "; bulletins rarely need more than " + (ListBlock.MAX_LEVEL + 1) + " levels");
        }
        int depth = Math.min(level, ListBlock.MAX_LEVEL);
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        List<List<Span>> items = new ArrayList<>();
        int start = number;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            items.add(spans(at, item));
            number++;
            boolean nested = false;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof BulletList || c instanceof OrderedList || c instanceof BlockQuote) {
                    if (!nested && !items.isEmpty()) {
                        out.add(new ListBlock(marker, items, depth, start));
                        items = new ArrayList<>();
                        start = number;
                    }
                    nested = true;
                    if (c instanceof BlockQuote) {
                        quote(at, c, level + 1, out);
                    } else {
                        list(at, c, level + 1, out);
                    }
                }
            }
        }
        if (!items.isEmpty()) {
            out.add(new ListBlock(marker, items, depth, start));
        }
    }

    /** A quotation and the quotations inside it, each at its level. */
    private void quote(org.jianbao.descriptor.Node at, Node quote, int level, List<Block> out) {
        if (level > ListBlock.MAX_LEVEL) {
            at.warn("a quotation nested " + (level + 1) + " deep is set as level " + (ListBlock.MAX_LEVEL + 1));
        }
        int depth = Math.min(level, ListBlock.MAX_LEVEL);
        List<Span> text = spans(at, quote);
        if (!text.isEmpty()) {
            out.add(new Quote(text, depth));
        }
        for (Node c = quote.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof BlockQuote) {
                quote(at, c, level + 1, out);
            } else if (c instanceof BulletList || c instanceof OrderedList) {
                list(at, c, level + 1, out);
            }
        }
    }

    private static String abbreviate(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    /** A code block: cleaned, its marks left as written. */
    private Block plain(org.jianbao.descriptor.Node at, String text) {
        String t = clean.verbatim(at, text);
        return t == null ? null : new org.jianbao.model.Paragraph(List.of(new Span(t, false)));
    }

    /**
     * The inline content of {@code n} (and of its paragraphs) as spans, cleaned as one text like
     * any text of a descriptor (inline code keeps its marks); runs of equal emphasis are joined
     * first.
     */
    private List<Span> spans(org.jianbao.descriptor.Node at, Node n) {
        List<Run> raw = new ArrayList<>();
        collect(n, false, false, null, false, raw);
        List<Run> joined = new ArrayList<>();
        for (Run r : raw) {
            Run last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            Span s = r.span();
            if (last != null && last.code() == r.code() && last.span().bold() == s.bold()
                    && last.span().italic() == s.italic() && java.util.Objects.equals(last.span().href(), s.href())) {
                joined.set(joined.size() - 1, new Run(new Span(last.span().text() + s.text(), s.bold(), s.italic(),
                        s.href()), r.code()));
            } else {
                joined.add(r);
            }
        }
        List<Span> spans = new ArrayList<>();
        boolean[] code = new boolean[joined.size()];
        for (int i = 0; i < joined.size(); i++) {
            Span s = joined.get(i).span();
            String href = s.href();
            if (href != null && href.startsWith(UNSAFE)) {
                at.warn("the link “" + abbreviate(href.substring(UNSAFE.length())) + "” on “" + abbreviate(s.text())
                        + "” is not a web or mail address (http, https, mailto); the text is set without it");
                href = null;
            }
            spans.add(new Span(s.text(), s.bold(), s.italic(), href));
            code[i] = joined.get(i).code();
        }
        return clean.spans(at, spans, code);
    }

    /** A piece of inline content: a span, and whether it is inline code. */
    private record Run(Span span, boolean code) {
    }

    private static void collect(Node n, boolean bold, boolean italic, String href, boolean code, List<Run> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if ((n instanceof ListItem || n instanceof BlockQuote)
                    && (c instanceof BulletList || c instanceof OrderedList || c instanceof BlockQuote)) {
                continue;   // a nested list or quotation is a block of its own
            }
            if (c instanceof Text t) {
                out.add(new Run(new Span(t.getLiteral(), bold, italic, href), code));
            } else if (c instanceof Code k) {
                out.add(new Run(new Span(k.getLiteral(), bold, italic, href), true));
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                out.add(new Run(new Span("\n", bold, italic, href), code));
            } else if (c instanceof StrongEmphasis) {
                collect(c, true, italic, href, code, out);
            } else if (c instanceof Emphasis) {
                collect(c, bold, true, href, code, out);
            } else if (c instanceof Link l) {
                collect(c, bold, italic, safeLink(l.getDestination()), code, out);
            } else {
                collect(c, bold, italic, href, code, out);
            }
        }
        // paragraphs inside list items or quotes: keep them apart
        if (n instanceof Paragraph && n.getNext() != null && !out.isEmpty()) {
            out.add(new Run(new Span("\n", bold, italic, href), code));
        }
    }

    /** The plain text of {@code n}'s inline content (an image's alt text, a table cell). */
    private static String plainText(Node n) {
        List<Run> runs = new ArrayList<>();
        collect(n, false, false, null, false, runs);
        StringBuilder s = new StringBuilder();
        runs.forEach(r -> s.append(r.span().text()));
        return s.toString();
    }

    /**
     * Only web and mail links become clickable: a {@code javascript:} or {@code file:} link in a
     * bulletin sent to government offices is a hazard, so its text is set plain (and reported).
     */
    private static String safeLink(String href) {
        String h = href == null ? "" : href.trim().toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://") || h.startsWith("mailto:") ? href.trim()
                : UNSAFE + href;
    }

    /** Marks the text of a refused link, so that it can be reported once the spans are built. */
    private static final String UNSAFE = "\u0000unsafe";

    private Block image(org.jianbao.descriptor.Node at, org.commonmark.node.Image img) {
        String src = img.getDestination();
        Path file = refs.resolve(at, folder, src);
        if (file == null) {
            return null;
        }
        try {
            org.jianbao.io.InputFiles.requireRegular(file);
        } catch (org.jianbao.io.InputFiles.Refused e) {
            at.error("the image \"" + src + "\" of the Markdown body " + e.getMessage()
                    + (e.getMessage().equals("does not exist") ? " (looked for " + file + ")" : ""));
            return null;
        }
        String alt = plainText(img);
        String caption = alt.isBlank() ? null : clean.line(at, alt);
        return new Image(file, 0.8, caption);
    }

    private Block table(org.jianbao.descriptor.Node at, TableBlock t) {
        List<List<Table.Cell>> header = new ArrayList<>();
        List<List<Table.Cell>> rows = new ArrayList<>();
        List<Table.Column> columns = new ArrayList<>();
        for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Table.Cell> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        String text = plainText(cell);
                        String clean = text.isBlank() ? "" : this.clean.line(at, text);
                        cells.add(new Table.Cell(clean == null ? "" : clean, 1, 1, null));
                        if (part instanceof TableHead && columns.size() < cells.size()) {
                            columns.add(new Table.Column(align(cell.getAlignment()), 0));
                        }
                    }
                }
                (part instanceof TableBody ? rows : header).add(cells);
            }
        }
        int cols = columns.size();
        for (List<Table.Cell> r : rows) {
            while (r.size() < cols) {
                r.add(new Table.Cell("", 1, 1, null));
            }
            while (r.size() > cols) {
                r.remove(r.size() - 1);
            }
        }
        return cols == 0 ? null : new Table(columns, header, rows, null);
    }

    private static Align align(TableCell.Alignment a) {
        if (a == null) {
            return Align.LEFT;
        }
        return switch (a) {
            case CENTER -> Align.CENTER;
            case RIGHT -> Align.RIGHT;
            default -> Align.LEFT;
        };
    }
}
