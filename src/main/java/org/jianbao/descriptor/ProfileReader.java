package org.jianbao.descriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianbao.model.Align;
import org.jianbao.model.Color;
import org.jianbao.model.Colophon;
import org.jianbao.model.Distribution;
import org.jianbao.model.Geometry;
import org.jianbao.model.Lang;
import org.jianbao.model.Masthead;
import org.jianbao.model.Delivery;
import org.jianbao.model.Normalise;
import org.jianbao.model.Patterns;
import org.jianbao.model.ProhibitionLevel;
import org.jianbao.model.Publication;
import org.jianbao.model.PunctuationStyle;
import org.jianbao.model.Style;
import org.jianbao.model.StyleSheet;
import org.jianbao.unit.Units;

/** A merged profile tree (defaults ← profile ← issue override) → {@link Publication}. */
final class ProfileReader {
    static final String[] FIELDS = {"$schema", "name", "masthead", "issueLine", "supplementLine", "editor", "dateFormat", "sections",
        "contents", "distribution", "copies", "colophon", "colors", "fonts", "page", "styles", "punctuation",
        "prohibition", "lang", "pdfa", "numbering", "normalise", "duplex", "marks", "print"};
    private static final String[] STYLE_NAMES = {"issueLine", "editorLine", "contentsTitle", "contentsSection",
        "contentsEntry", "sectionHeader", "articleTitle", "articleMeta", "body", "heading1", "heading2",
        "heading3", "heading4", "quote", "note", "caption", "table", "distribution", "folio"};
    private static final String[] STYLE_FIELDS = {"font", "boldFont", "size", "color", "lineHeight", "align",
        "indent", "spaceBefore", "spaceAfter", "format", "rule"};
    /** A4, GB/T 9704-2012 §5.1. */
    private static final double A4_W = Units.mm(210);
    private static final double A4_H = Units.mm(297);

    private final Set<String> fontNames;
    private Map<String, Color> colors = new LinkedHashMap<>();
    private Map<String, List<String>> fonts = new LinkedHashMap<>();
    /** Cleans the profile's texts as the issue's are cleaned. */
    private TextCleaner cleaner = new TextCleaner(Normalise.FIX);

    ProfileReader(Set<String> fontNames) {
        this.fontNames = fontNames;
    }

    Publication read(Node root) {
        Node.Fields f = root.fields(FIELDS);
        if (f == null) {
            return null;
        }
        Normalise normalise = f.opt("normalise", n -> enumOf(n, Normalise.class), Normalise.FIX);
        Lang lang = f.opt("lang", IssueReader::lang, Lang.HANS);
        cleaner = new TextCleaner(normalise);
        cleaner.lang(lang);
        colors = f.opt("colors", this::colors, Map.of());
        fonts = f.opt("fonts", this::fonts, Map.of());
        String name = f.req("name", this::text);
        Masthead masthead = f.req("masthead", this::masthead);
        String issueLine = f.req("issueLine", n -> pattern(n, Set.of("year", "number", "total")));
        String supplementLine = f.opt("supplementLine", n -> pattern(n, Set.of("year", "number", "total")),
                "{year}年增刊第{number}期");
        String editor = f.req("editor", this::text);
        String dateFormat = f.opt("dateFormat", n -> pattern(n, Set.of("year", "month", "day")), "{year}年{month}月{day}日");
        List<String> sections = f.opt("sections", n -> n.list(this::text), List.of());
        Node.Fields contents = f.opt("contents", n -> n.fields("enabled", "title"), null);
        boolean contentsOn = contents == null || contents.opt("enabled", Node::bool, true);
        String contentsTitle = contents == null ? "本期目录" : contents.opt("title", this::text, "本期目录");
        List<Distribution> distribution = f.opt("distribution", n -> n.list(this::distribution), List.of());
        Integer copies = f.opt("copies", n -> n.integer(1, 10_000_000), null);
        Colophon colophon = f.opt("colophon", this::colophon, new Colophon(null, null, null, null, null, List.of()));
        Geometry page = f.req("page", this::page);
        StyleSheet styles = f.req("styles", this::styles);
        if (page != null && styles != null) {
            styles = onGrid(styles, page);
        }
        PunctuationStyle punct = f.opt("punctuation",
                n -> enumOf(n, PunctuationStyle.class), PunctuationStyle.QUANJIAO);
        ProhibitionLevel prohibition = f.opt("prohibition", n -> enumOf(n, ProhibitionLevel.class), ProhibitionLevel.BASIC);
        boolean pdfa = f.opt("pdfa", Node::bool, true);
        Publication.Numbering numbering = f.opt("numbering", this::numbering, null);
        Delivery delivery = new Delivery(f.opt("duplex", Node::bool, false), f.opt("marks", this::marks, Delivery.Marks.NONE),
                f.opt("print", this::print, Delivery.Ink.RGB));
        cleaner.summarise(null, "the profile's texts");
        if (root.problems.hasErrors()) {
            return null;
        }
        return new Publication(name, masthead, issueLine, supplementLine, editor, dateFormat, sections, contentsOn,
                contentsTitle, distribution, copies, colophon, fonts, page, styles, punct, prohibition, lang, pdfa,
                numbering, normalise, delivery);
    }

    /** The marks of the first page (GB/T 9704-2012 §7.2.1–7.2.2). */
    private Delivery.Marks marks(Node n) {
        Node.Fields f = n.fields("notice", "secrecy", "period", "copyNumber", "watermark");
        if (f == null) {
            return null;
        }
        String secrecy = f.opt("secrecy", x -> x.choice(new java.util.LinkedHashSet<>(List.of("绝密", "机密", "秘密"))),
                null);
        String period = f.opt("period", this::shortLine, null);
        if (period != null && secrecy == null) {
            f.req("period").error("a secrecy period (保密期限) goes with a secrecy level: give \"secrecy\" too");
        }
        return new Delivery.Marks(f.opt("notice", this::shortLine, null), secrecy, period,
                f.opt("copyNumber", Node::bool, false), f.opt("watermark", this::shortLine, null));
    }

    /** A mark is a few words on one line. */
    private String shortLine(Node n) {
        String s = text(n);
        if (s != null && (s.isBlank() || s.codePointCount(0, s.length()) > 20)) {
            n.error("a mark is 1 to 20 characters on one line, e.g. \"内部资料　注意保存\"");
            return null;
        }
        return s;
    }

    /** The red ink: {@code {"red": "rgb" | "cmyk" | "spot", "cmyk": [0, 100, 100, 0], "spot": "name"}}. */
    private Delivery.Ink print(Node n) {
        Node.Fields f = n.fields("red", "cmyk", "spot");
        if (f == null) {
            return null;
        }
        String mode = f.opt("red", x -> x.choice(new java.util.LinkedHashSet<>(List.of("rgb", "cmyk", "spot"))), "rgb");
        List<Integer> cmyk = f.opt("cmyk", x -> {
            List<Integer> v = x.list(c -> c.integer(0, 100));
            if (v != null && v.size() != 4) {
                x.error("a CMYK colour is four percentages, cyan, magenta, yellow, black: [0, 100, 100, 0]");
                return null;
            }
            return v;
        }, Delivery.Ink.RGB.cmyk());
        String spot = f.opt("spot", x -> {
            String s = x.text();
            if (s != null && !s.matches("[\\x20-\\x7E]{1,40}")) {
                x.error("a spot colour's name is 1 to 40 Latin letters, digits or spaces, as the print shop names"
                        + " the ink (\"PANTONE 485 C\")");
                return null;
            }
            return s;
        }, "Red");
        return mode == null || cmyk == null || spot == null ? null
                : new Delivery.Ink(Delivery.Ink.Mode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)), cmyk, spot);
    }

    /** A text the profile prints (a name, a recipient, the address): cleaned as the issue's texts are. */
    private String text(Node n) {
        String raw = n.text();
        return raw == null ? null : cleaner.line(n, raw);
    }

    private static <E extends Enum<E>> E enumOf(Node n, Class<E> type) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        String s = n.choice(names);
        return s == null ? null : Enum.valueOf(type, s.toUpperCase(java.util.Locale.ROOT));
    }

    /** A pattern makes one line: the issue line, a date. */
    private static final int MAX_PATTERN = 200;

    private String pattern(Node n, Set<String> slots) {
        String s = text(n);
        if (s != null) {
            if (s.length() > MAX_PATTERN) {
                n.error("a pattern of " + s.length() + " characters is too long; it makes one line (at most "
                        + MAX_PATTERN + " characters)");
                return null;
            }
            List<String> bad = Patterns.problems(s, slots);
            if (!bad.isEmpty()) {
                n.error(bad.get(0));
                return null;
            }
        }
        return s;
    }

    private Map<String, Color> colors(Node n) {
        Map<String, Color> m = new LinkedHashMap<>();
        m.put("black", Color.BLACK);
        m.put("red", Color.RED);
        var entries = n.entries();
        if (entries != null) {
            for (var e : entries) {
                String hex = e.getValue().string();
                Color c = Color.parseHex(hex);
                if (hex != null && c == null) {
                    e.getValue().error("\"" + hex + "\" is not a colour; write #RRGGBB, e.g. #E60012");
                } else if (c != null) {
                    m.put(e.getKey(), c);
                }
            }
        }
        return m;
    }

    private Map<String, List<String>> fonts(Node n) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        var entries = n.entries();
        if (entries == null) {
            return m;
        }
        for (var e : entries) {
            List<String> families = e.getValue().list(item -> {
                String family = item.text();
                if (family != null && !fontNames.contains(family)) {
                    String near = Suggest.nearest(family, fontNames);
                    item.error("no font named \"" + family + "\" in the fonts folder; "
                            + (near != null ? "did you mean \"" + near + "\"?" : "available: " + String.join(", ", fontNames)));
                    return null;
                }
                return family;
            });
            if (families != null && families.isEmpty() && e.getValue().json instanceof Json.Arr a && a.items().isEmpty()) {
                e.getValue().error("a font role needs at least one font family");
            }
            // a role whose fonts are all wrong is still a role: the styles naming it draw no further errors
            m.put(e.getKey(), families == null ? List.of() : families);
        }
        return m;
    }

    private String role(Node n) {
        String r = n.text();
        if (r != null && !fonts.containsKey(r)) {
            String near = Suggest.nearest(r, fonts.keySet());
            n.error("no font role \"" + r + "\"; roles are the keys of the profile's \"fonts\": "
                    + String.join(", ", fonts.keySet()) + (near == null ? "" : " (did you mean \"" + near + "\"?)"));
            return null;
        }
        return r;
    }

    private Publication.Numbering numbering(Node n) {
        Node.Fields f = n.fields("year", "number", "total", "perYear");
        if (f == null) {
            return null;
        }
        Integer year = f.req("year", x -> x.integer(1949, 2200));
        Integer number = f.req("number", x -> x.integer(0, 999));
        Integer total = f.req("total", x -> x.integer(0, 100_000));
        int perYear = f.opt("perYear", x -> x.integer(1, 366), 12);
        return year == null || number == null || total == null ? null
                : new Publication.Numbering(year, number, total, perYear);
    }

    private Masthead masthead(Node n) {
        Node.Fields f = n.fields("lines", "font", "color", "rule");
        if (f == null) {
            return null;
        }
        List<Masthead.Line> lines = f.req("lines", l -> l.list(this::mastheadLine));
        if (lines != null && (lines.isEmpty() || lines.size() > 2)) {
            f.req("lines").error("the masthead has one or two lines, found " + lines.size());
        }
        String font = f.opt("font", this::role, "song-bold");
        Color color = f.opt("color", c -> Values.color(c, colors), Color.RED);
        String rule = f.opt("rule", r -> r.choice(new java.util.LinkedHashSet<>(List.of("single", "double"))), "single");
        return new Masthead(lines == null ? List.of() : lines, font, color, rule.equals("double"));
    }

    private Masthead.Line mastheadLine(Node n) {
        if (n.isString()) {
            String text = text(n);
            return text == null ? null : new Masthead.Line(text, 0, 0);
        }
        Node.Fields f = n.fields("text", "size", "tracking");
        if (f == null) {
            return null;
        }
        String text = f.req("text", this::text);
        double size = f.opt("size", Values::size, 0.0);
        double tracking = f.opt("tracking", x -> x.range(-0.5, 5, "ems of tracking"), 0.0);
        return text == null ? null : new Masthead.Line(text, size, tracking);
    }

    private Distribution distribution(Node n) {
        Node.Fields f = n.fields("label", "to");
        if (f == null) {
            return null;
        }
        String label = f.req("label", this::text);
        List<String> to = f.req("to", x -> x.list(this::text));
        return label == null || to == null ? null : new Distribution(label, to);
    }

    private Colophon colophon(Node n) {
        Node.Fields f = n.fields("address", "postcode", "phone", "email", "website", "lines");
        if (f == null) {
            return null;
        }
        return new Colophon(f.opt("address", this::text, null), f.opt("postcode", this::text, null),
                f.opt("phone", this::text, null), f.opt("email", this::text, null),
                f.opt("website", this::text, null), f.opt("lines", x -> x.list(this::text), List.of()));
    }

    private Geometry page(Node n) {
        Node.Fields f = n.fields("size", "margins");
        if (f == null) {
            return null;
        }
        double w = A4_W;
        double h = A4_H;
        Node size = f.opt("size");
        if (size != null && size.isString()) {
            if (!"A4".equals(size.choice(Set.of("A4")))) {
                return null;
            }
        } else if (size != null) {
            Node.Fields wh = size.fields("width", "height");
            if (wh == null) {
                return null;
            }
            Double pw = wh.req("width", ProfileReader::paperSide);
            Double ph = wh.req("height", ProfileReader::paperSide);
            if (pw == null || ph == null) {
                return null;
            }
            w = pw;
            h = ph;
        }
        Node.Fields m = f.req("margins", x -> x.fields("top", "bottom", "left", "right"));
        if (m == null) {
            return null;
        }
        Double top = m.req("top", x -> Values.length(x, 0));
        Double bottom = m.req("bottom", x -> Values.length(x, 0));
        Double left = m.req("left", x -> Values.length(x, 0));
        Double right = m.req("right", x -> Values.length(x, 0));
        if (top == null || bottom == null || left == null || right == null) {
            return null;
        }
        if (w - left - right < 144 || h - top - bottom < 144) {
            n.error("the margins leave less than 2 inches of text block; check the page size and margins");
            return null;
        }
        return new Geometry(w, h, top, bottom, left, right);
    }

    /** A side of the paper: from A6's short side to A0's long side. */
    private static Double paperSide(Node n) {
        Double v = Values.length(n, 0);
        if (v != null && (v < Units.mm(105) - 0.5 || v > Units.mm(1189) + 0.5)) {
            n.error("a paper side of " + Math.round(v / Units.mm(1)) + " mm is outside 105 mm (A6) to 1189 mm (A0);"
                    + " give the paper's real size, e.g. \"210mm\"");
            return null;
        }
        return v;
    }

    /**
     * The body's line pitch made to fill the text block with whole lines (GB/T 9704-2012 §5.2.3:
     * 22 lines of the 版心; docs/typography.md §1.1): the profile's pitch becomes the nearest one that
     * divides the block's height, so that full pages end on the block's bottom edge.
     */
    private static StyleSheet onGrid(StyleSheet st, Geometry page) {
        Style b = st.body();
        long lines = Math.max(1, Math.round(page.textHeight() / b.lineHeight()));
        double pitch = page.textHeight() / lines;
        if (Math.abs(pitch - b.lineHeight()) < 1e-9) {
            return st;
        }
        Style body = new Style(b.font(), b.boldFont(), b.size(), b.color(), pitch, b.align(), b.indent(),
                b.spaceBefore(), b.spaceAfter(), b.format(), b.ruleBelow());
        return new StyleSheet(st.issueLine(), st.editorLine(), st.contentsTitle(), st.contentsSection(),
                st.contentsEntry(), st.sectionHeader(), st.articleTitle(), st.articleMeta(), body, st.heading1(),
                st.heading2(), st.heading3(), st.heading4(), st.quote(), st.note(), st.caption(), st.table(),
                st.distribution(), st.folio());
    }

    private StyleSheet styles(Node n) {
        Node.Fields f = n.fields(STYLE_NAMES);
        if (f == null) {
            return null;
        }
        Style body = style(f.req("body"), null);
        List<Style> s = new ArrayList<>();
        for (String name : STYLE_NAMES) {
            Node node = f.opt(name);
            boolean inheritsBody = name.startsWith("heading") || name.equals("quote") || name.equals("note");
            s.add(name.equals("body") ? body : style(node, inheritsBody ? f.req("body") : null));
        }
        if (s.contains(null)) {
            return null;
        }
        return new StyleSheet(s.get(0), s.get(1), s.get(2), s.get(3), s.get(4), s.get(5), s.get(6), s.get(7),
                s.get(8), s.get(9), s.get(10), s.get(11), s.get(12), s.get(13), s.get(14), s.get(15), s.get(16),
                s.get(17), s.get(18));
    }

    /** One style; heading styles take whatever they do not set from {@code base} (the body). */
    private Style style(Node n, Node base) {
        Node.Fields f = n == null ? null : n.fields(STYLE_FIELDS);
        Node.Fields b = base == null ? null : base.fields(STYLE_FIELDS);
        if (n != null && f == null) {
            return null;
        }
        double size = pick(f, b, "size", Values::size, 16.0);
        String font = pick(f, b, "font", this::role, "song");
        String bold = pick(f, b, "boldFont", this::role, "song-bold");
        Color color = pick(f, b, "color", x -> Values.color(x, colors), Color.BLACK);
        double lineHeight = pick(f, b, "lineHeight", x -> {
            Double lh = Values.lineHeight(x, size);
            if (lh != null && (lh < 0.8 * size || lh > 10 * size)) {
                x.error("a line height of " + Math.round(lh * 100) / 100.0 + " pt does not suit type of " + size
                        + " pt; give between " + Math.round(0.8 * size) + " and " + Math.round(10 * size) + " pt");
                return null;
            }
            return lh;
        }, 1.5 * size);
        Align align = pick(f, b, "align", x -> enumOf(x, Align.class), Align.LEFT);
        double indent = pick(f, b, "indent", x -> x.range(0, 10, "ems of indent"), 0.0);
        double before = f == null ? 0 : f.opt("spaceBefore", x -> Values.bounded(x, size, 0, 300), 0.0);
        double after = f == null ? 0 : f.opt("spaceAfter", x -> Values.bounded(x, size, 0, 300), 0.0);
        String format = f == null ? null : f.opt("format", Node::string, null);
        if (format != null && !format.contains("{text}")) {
            f.opt("format").error("a format must contain {text}, where the element's text goes");
        }
        String rule = f == null ? "none" : f.opt("rule", x -> x.choice(Set.of("none", "below")), "none");
        return new Style(font, bold, size, color, lineHeight, align, indent, before, after, format, rule.equals("below"));
    }

    private static <T> T pick(Node.Fields f, Node.Fields base, String key, java.util.function.Function<Node, T> read,
                              T fallback) {
        if (f != null && f.opt(key) != null) {
            return f.opt(key, read, fallback);
        }
        if (base != null && base.opt(key) != null) {
            return base.opt(key, read, fallback);
        }
        return fallback;
    }
}
