package org.jianbao.descriptor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jianbao.io.InputFiles;
import org.jianbao.model.Align;
import org.jianbao.unit.Units;
import org.jianbao.model.Article;
import org.jianbao.model.Attachments;
import org.jianbao.model.ListBlock;
import org.jianbao.model.Note;
import org.jianbao.model.Quote;
import org.jianbao.model.Signature;
import org.jianbao.model.Block;
import org.jianbao.model.Heading;
import org.jianbao.model.Image;
import org.jianbao.model.Issue;
import org.jianbao.model.Lang;
import org.jianbao.model.Paragraph;
import org.jianbao.model.Publication;
import org.jianbao.model.Section;
import org.jianbao.model.Span;
import org.jianbao.model.Table;

/** The issue tree → {@link Issue}; text is normalised on the way and its warnings located. */
final class IssueReader {
    static final String[] FIELDS = {"$schema", "profile", "year", "number", "total", "supplement", "date", "lang",
        "sections", "override", "marks"};
    static final Set<String> BLOCK_TYPES = new LinkedHashSet<>(List.of("paragraph", "heading", "list", "quote",
            "note", "attachments", "signature", "image", "table", "addressee"));

    private final Path folder;
    private final FileRefs refs;
    private final Publication publication;
    private final TextCleaner cleaner;
    /** Where each article and block was written: identity map, since equal blocks may stand in two places. */
    private final java.util.Map<Object, org.jianbao.model.Origin> origins = new java.util.IdentityHashMap<>();

    IssueReader(Path folder, FileRefs refs, Publication publication) {
        this.folder = folder;
        this.refs = refs;
        this.publication = publication;
        this.cleaner = new TextCleaner(publication == null ? null : publication.normalise());
    }

    Issue read(Node root, Path source) {
        Node.Fields f = root.fields(FIELDS);
        Integer year = f.req("year", n -> n.integer(1949, 2200));
        Integer number = f.req("number", n -> n.integer(0, 999));
        Integer total = f.req("total", n -> n.integer(0, 100_000));
        LocalDate date = f.req("date", IssueReader::date);
        boolean supplement = f.opt("supplement", Node::bool, false);
        if (number != null && total != null && total < number) {
            f.req("total").error("the cumulative number (总第" + total + "期) is smaller than the issue number ("
                    + number + "); check \"total\"");
        }
        if (year != null && date != null && Math.abs(date.getYear() - year) > 1) {
            f.req("date").warn("the date " + date + " is far from the issue year " + year);
        }
        if (!supplement && publication != null && publication.numbering() != null && year != null && number != null && total != null) {
            int expected = publication.numbering().expectedTotal(year, number);
            if (expected != total) {
                f.req("total").warn("总第" + total + "期 does not follow from the profile's \"numbering\" ("
                        + publication.numbering().year() + "年第" + publication.numbering().number() + "期 = 总第"
                        + publication.numbering().total() + "期, " + publication.numbering().perYear()
                        + " a year): expected 总第" + expected + "期; check \"total\", \"number\" or the profile");
            }
        }
        Lang lang = f.opt("lang", IssueReader::lang, publication == null ? Lang.HANS : publication.lang());
        List<Section> sections = f.req("sections", n -> n.list(s -> section(s, lang)));
        if (sections != null) {
            duplicateTitles(f.req("sections"), sections);
            sections = sections.stream().filter(s -> !s.articles().isEmpty()).toList();
            if (sections.isEmpty() && !root.problems.hasErrors()) {
                f.req("sections").error("an issue needs at least one section with articles");
            }
        }
        if (root.problems.hasErrors() || publication == null) {
            return null;
        }
        return new Issue(source, publication, year, number, total, date, lang, sections, origins, supplement);
    }

    /** The same title twice in one issue is almost always a copy-and-paste slip. */
    private static void duplicateTitles(Node at, List<Section> sections) {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (int si = 0; si < sections.size(); si++) {
            for (int ai = 0; ai < sections.get(si).articles().size(); ai++) {
                String title = sections.get(si).articles().get(ai).title();
                String here = "$.sections[" + si + "].articles[" + ai + "]";
                String first = seen.putIfAbsent(title, here);
                if (first != null) {
                    at.problems.warn(at.where(), here + ".title", "the title \"" + title + "\" is the same as that of "
                            + first + "; is one of the articles pasted twice?");
                }
            }
        }
    }

    static LocalDate date(Node n) {
        String s = n.string();
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            n.error("\"" + s + "\" is not a date; write it as YYYY-MM-DD, e.g. 2020-07-31");
            return null;
        }
    }

    static Lang lang(Node n) {
        String s = n.choice(new LinkedHashSet<>(List.of("zh-Hans", "zh-Hant", "zh-CN", "zh-TW", "zh-HK")));
        if (s == null) {
            return null;
        }
        return s.equals("zh-Hans") || s.equals("zh-CN") ? Lang.HANS : Lang.HANT;
    }

    private Section section(Node n, Lang inherited) {
        Node.Fields f = n.fields("name", "lang", "articles");
        if (f == null) {
            return null;
        }
        Lang lang = f.opt("lang", IssueReader::lang, inherited);
        cleaner.lang(lang);
        String name = f.req("name", this::line);
        cleaner.summarise(f.opt("name"), "the section name");
        if (name != null && publication != null && !publication.sections().contains(name)) {
            String near = Suggest.nearest(name, publication.sections());
            if (near != null && Suggest.distance(near, name) <= 1) {
                f.req("name").warn("section \"" + name + "\" is not one of the profile's sections; did you mean \""
                        + near + "\"?");
            }
        }
        List<Article> articles = f.req("articles", a -> a.list(x -> article(x, lang)));
        if (articles != null && articles.isEmpty() && f.req("articles").json instanceof Json.Arr arr
                && arr.items().isEmpty()) {
            // what `jianbao new` writes: the profile's sections, still to be filled
            f.req("articles").warn("the section \"" + name + "\" has no articles yet and is left out of this issue;"
                    + " add articles to it or remove it");
        }
        return name == null || articles == null ? null : new Section(name, lang, articles);
    }

    private Article article(Node n, Lang inherited) {
        Node.Fields f = n.fields("title", "source", "author", "byline", "lang", "body", "markdown", "markdownFile");
        if (f == null) {
            return null;
        }
        Lang lang = f.opt("lang", IssueReader::lang, inherited);
        cleaner.lang(lang);
        String title = f.req("title", this::line);
        String source = f.opt("source", this::line, null);
        String author = f.opt("author", this::line, null);
        String byline = f.opt("byline", this::line, null);
        List<Block> body = body(f);
        cleaner.summarise(n, title == null ? "this article" : "the article “" + title + "”");
        if (body != null && body.isEmpty() && f.opt("body") != null && f.opt("body").json instanceof Json.Arr arr
                && arr.items().isEmpty()) {
            f.req("body").error("the article \"" + title + "\" has an empty body");
        }
        if (title == null || body == null) {
            return null;
        }
        Article a = new Article(title, source, author, byline, lang, body);
        remember(a, f.req("title"));
        return a;
    }

    /** The body: typed blocks, or Markdown inline or in a file beside the descriptor (one of the three). */
    private List<Block> body(Node.Fields f) {
        Node blocks = f.opt("body");
        Node md = f.opt("markdown");
        Node mdFile = f.opt("markdownFile");
        int given = (blocks == null ? 0 : 1) + (md == null ? 0 : 1) + (mdFile == null ? 0 : 1);
        if (given == 0) {
            f.error("an article needs \"body\" (a list of blocks), \"markdown\" or \"markdownFile\"");
            return null;
        }
        if (given > 1) {
            (mdFile != null ? mdFile : md).error("give only one of \"body\", \"markdown\" and \"markdownFile\"");
            return null;
        }
        if (blocks != null) {
            return blocks.list(this::block);
        }
        MarkdownReader reader = new MarkdownReader(folder, refs, cleaner);
        if (md != null) {
            String text = md.text();
            return text == null ? null : remembered(reader.read(md, text), md);
        }
        String ref = mdFile.text();
        Path file = ref == null ? null : refs.resolve(mdFile, folder, ref);
        if (file == null) {
            return null;
        }
        String text;
        try {
            byte[] bytes = InputFiles.read(file, JsonParser.MAX_BYTES);
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (InputFiles.Refused e) {
            mdFile.error("the Markdown file \"" + ref + "\" " + e.getMessage()
                    + (e.getMessage().equals("does not exist") ? " (looked for " + file + ")" : ""));
            return null;
        } catch (java.nio.charset.CharacterCodingException e) {
            mdFile.error("the Markdown file \"" + ref + "\" is not UTF-8 text; save it as UTF-8");
            return null;
        }
        return remembered(new MarkdownReader(file.getParent(), refs, cleaner).read(mdFile, text), mdFile);
    }

    /** A one-line text (title, name, byline): cleaned, warnings located. */
    private String line(Node n) {
        String raw = n.text();
        return raw == null ? null : cleaner.line(n, raw);
    }

    private List<Block> remembered(List<Block> blocks, Node at) {
        blocks.forEach(b -> remember(b, at));
        return blocks;
    }

    private void remember(Object part, Node at) {
        if (part != null && at != null) {
            origins.put(part, new org.jianbao.model.Origin(at.where().file(), at.where().line(), at.where().column(),
                    at.path));
        }
    }

    private Block block(Node n) {
        Block b = readBlock(n);
        remember(b, n);
        return b;
    }

    private Block readBlock(Node n) {
        if (n.isString()) {
            List<Span> text = rich(n);
            return text == null ? null : new Paragraph(text);
        }
        if (!n.isObject()) {
            n.error("a body block is a string (a paragraph) or an object with a \"type\", found " + n.json.kind());
            return null;
        }
        Json.Obj o = (Json.Obj) n.json;
        Json type = o.members().get("type");
        if (type == null) {
            n.error("a body block object needs a \"type\": one of " + String.join(", ", BLOCK_TYPES));
            return null;
        }
        String t = new Node(type, n.path + ".type", n.problems).choice(BLOCK_TYPES);
        if (t == null) {
            return null;
        }
        return switch (t) {
            case "paragraph" -> {
                Node.Fields f = n.fields("type", "text", "indent");
                List<Span> text = f.req("text", this::rich);
                Boolean indent = f.opt("indent", Node::bool, null);
                yield text == null ? null : new Paragraph(text, indent == null ? Paragraph.Indent.AUTO
                        : indent ? Paragraph.Indent.YES : Paragraph.Indent.NO);
            }
            case "addressee" -> {
                Node.Fields f = n.fields("type", "text");
                List<Span> text = f.req("text", this::rich);
                yield text == null ? null : new Paragraph(text, Paragraph.Indent.NO);
            }
            case "heading" -> {
                Node.Fields f = n.fields("type", "text", "level", "numbered");
                List<Span> text = f.req("text", this::rich);
                int level = f.opt("level", x -> x.integer(1, 4), 1);
                boolean numbered = f.opt("numbered", Node::bool, false);
                yield text == null ? null : new Heading(level, text, numbered);
            }
            case "list" -> {
                Node.Fields f = n.fields("type", "items", "marker", "level", "start");
                List<List<Span>> items = f.req("items", x -> x.list(this::rich));
                String marker = f.opt("marker", x -> x.choice(new LinkedHashSet<>(List.of("bullet", "number", "paren"))),
                        "bullet");
                int level = f.opt("level", x -> x.integer(1, ListBlock.MAX_LEVEL + 1), 1);
                int start = f.opt("start", x -> x.integer(0, 9999), 1);
                if (items != null && items.isEmpty()) {
                    f.req("items").error("a list needs at least one item");
                }
                yield items == null || items.isEmpty() ? null
                        : new ListBlock(ListBlock.Marker.valueOf(marker.toUpperCase(java.util.Locale.ROOT)), items,
                                level - 1, start);
            }
            case "quote" -> {
                Node.Fields f = n.fields("type", "text", "level");
                List<Span> text = f.req("text", this::rich);
                int level = f.opt("level", x -> x.integer(1, ListBlock.MAX_LEVEL + 1), 1);
                yield text == null ? null : new Quote(text, level - 1);
            }
            case "note" -> {
                Node.Fields f = n.fields("type", "text", "label");
                List<Span> text = f.req("text", this::rich);
                String label = f.opt("label", this::line, "注");
                yield text == null ? null : new Note(label, text);
            }
            case "attachments" -> {
                Node.Fields f = n.fields("type", "items");
                List<String> items = f.req("items", x -> x.list(this::line));
                yield items == null || items.isEmpty() ? null : new Attachments(items);
            }
            case "signature" -> {
                Node.Fields f = n.fields("type", "signer", "date", "seal", "sealSize");
                String signer = f.req("signer", this::line);
                LocalDate date = f.req("date", IssueReader::date);
                Path seal = f.opt("seal", this::picture, null);
                // the common round seal of an organisation is 42 mm across
                double size = f.opt("sealSize", x -> Values.bounded(x, 12, Units.mm(20), Units.mm(60)), Units.mm(42));
                yield signer == null || date == null ? null : new Signature(signer, date, seal, size);
            }
            case "image" -> image(n);
            default -> new TableReader(cleaner::line).read(n);
        };
    }

    /**
     * A text with {@code **bold**} runs, or a list of runs (strings and {@code {text, bold, italic}}),
     * cleaned as one text.
     */
    private List<Span> rich(Node n) {
        List<Span> runs;
        if (n.json instanceof Json.Arr) {
            runs = runs(n);
        } else {
            String raw = n.text();
            runs = raw == null ? null : spans(n, raw);
        }
        if (runs == null) {
            return null;
        }
        List<Span> spans = cleaner.spans(n, runs, new boolean[runs.size()]);
        if (spans.isEmpty()) {
            n.error("holds only spaces");
            return null;
        }
        return spans;
    }

    /**
     * Runs: each normalised on its own (as Markdown's emphasis runs are), the whole checked once for
     * the warnings of normalisation; italic is set in 楷体.
     */
    /** A list of runs: strings, and {@code {text, bold, italic}} objects; not yet cleaned. */
    private List<Span> runs(Node n) {
        List<Span> raw = n.list(r -> {
            if (r.isString()) {
                return new Span(r.string(), false);
            }
            Node.Fields f = r.fields("text", "bold", "italic");
            String t = f == null ? null : f.req("text", Node::string);
            return t == null ? null : new Span(t, f.opt("bold", Node::bool, false), f.opt("italic", Node::bool, false),
                    null);
        });
        if (raw != null && raw.isEmpty()) {
            n.error("the runs hold no text");
            return null;
        }
        return raw;
    }

    /** {@code **bold**} runs; an unpaired {@code **} is a warning and stays as text. */
    private static List<Span> spans(Node n, String text) {
        String[] parts = text.split("\\*\\*", -1);
        if (parts.length % 2 == 0) {
            n.warn("an unpaired ** (bold mark); the text is set without bold");
            return List.of(new Span(text, false));
        }
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                out.add(new Span(parts[i], i % 2 == 1));
            }
        }
        return out;
    }

    /** A picture file the descriptor names, inside its workspace and a regular file; null after reporting. */
    private Path picture(Node n) {
        String src = n.text();
        Path file = src == null ? null : refs.resolve(n, folder, src);
        if (file == null) {
            return null;
        }
        try {
            InputFiles.requireRegular(file);
        } catch (InputFiles.Refused e) {
            n.error("the picture \"" + src + "\" " + e.getMessage()
                    + (e.getMessage().equals("does not exist") ? " (looked for " + file + ")" : ""));
            return null;
        }
        return file;
    }

    private Image image(Node n) {
        Node.Fields f = n.fields("type", "src", "caption", "width");
        String src = f.req("src", Node::text);
        String caption = f.opt("caption", this::line, null);
        double width = f.opt("width", IssueReader::fraction, 0.8);
        if (src == null) {
            return null;
        }
        Path file = refs.resolve(f.req("src"), folder, src);
        if (file == null) {
            return null;
        }
        try {
            InputFiles.requireRegular(file);
        } catch (InputFiles.Refused e) {
            f.req("src").error("the image \"" + src + "\" " + e.getMessage()
                    + (e.getMessage().equals("does not exist") ? " (looked for " + file + ")" : ""));
            return null;
        }
        return new Image(file, width, caption);
    }

    /** "80%" or a number in (0, 1]. */
    private static Double fraction(Node n) {
        if (n.json instanceof Json.Num num && num.value() > 0 && num.value() <= 1) {
            return num.value();
        }
        String s = n.json instanceof Json.Str str ? str.value().trim() : null;
        if (s != null && s.matches("\\d{1,3}(\\.\\d+)?%")) {
            double v = Double.parseDouble(s.substring(0, s.length() - 1)) / 100;
            if (v > 0 && v <= 1) {
                return v;
            }
        }
        n.error("an image width is a percentage of the column, \"10%\" to \"100%\"");
        return null;
    }

    static Align align(Node n) {
        String s = n.choice(new LinkedHashSet<>(List.of("left", "center", "right")));
        return s == null ? null : Align.valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
