package org.jianbao.inline;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.model.Lang;
import org.jianbao.model.PunctuationStyle;
import org.jianbao.text.CharClass;

/**
 * Step 3, clusters → boxes, glue and penalties. Here live the clreq width rules:
 * <ul>
 * <li>a full-width mark is its ink half (a box) plus a blank half (glue), so a mark at the end of
 *     a line is set half an em wide (GB/T 15834-2011 §5.1.10) and an opening bracket at the start
 *     of a line loses its blank (clreq §3.1.6.1);</li>
 * <li>two adjacent marks keep at most one blank half between their inks: 2 em → 1.5 em
 *     (clreq §3.1.6.1), also across bold/regular runs;</li>
 * <li>a quarter em between Han and Latin letters or digits, shrinkable (clreq §3.2.1) — but none
 *     beside punctuation, full-width or ASCII: a solidus or a bracket is set tight;</li>
 * <li>a blank typed between two Han characters is a phrase space of half an em;</li>
 * <li>inter-character stretch between full-width characters for justification, never inside
 *     —— or …… and never around connectors (clreq §3.8); never inside a Latin word, a number or
 *     an address.</li>
 * </ul>
 */
final class ItemBuilder {
    /** Stretch per gap between two full-width characters, in ems: justification's last resort. */
    private static final double CJK_STRETCH = 0.10;
    /** Shrink per gap between Han characters, in ems: allows GB/T 9704's 28 characters at 三号. */
    private static final double CJK_SHRINK = 0.02;
    /** Han–Latin gap (clreq §3.2.1): a quarter em, stretching to a third, shrinking to an eighth. */
    private static final double HAN_LATIN = 0.25;
    private static final double HAN_LATIN_STRETCH = 0.08;
    private static final double HAN_LATIN_SHRINK = 0.125;
    /** A paragraph whose last line would hold fewer characters than this is penalised (clreq §3.4). */
    private static final int MIN_LAST_LINE = 2;
    private static final double SHORT_LAST_LINE = 5000;

    /**
     * A blank typed between two Han characters ({@code 數聚河西 智匯津門}): the author's phrase
     * space, set half an em wide — what a half-width space measures in a Chinese font, so the gap
     * the author saw — stretching and shrinking by a quarter em like a word space (clreq §3.8).
     */
    private static final double PHRASE_SPACE = 0.5;
    private static final double PHRASE_SPACE_FLEX = 0.25;
    /**
     * How much wider than its natural width a glyph of an address may be drawn to fill a line, at
     * the glue's natural stretch: font expansion (Hàn Thế Thành, "Micro-typographic extensions to
     * the TeX typesetting system", 2000, finds 2 % invisible in running text) instead of letter
     * spacing, which an address never takes (issue 10 item 7).
     */
    static final double EXPANSION = 0.02;
    /** An apostrophe drawn with a full-width glyph is set in this much of an em (its ink's width). */
    private static final double APOSTROPHE = 0.3;

    private final PunctuationStyle punctuation;

    ItemBuilder(PunctuationStyle punctuation) {
        this.punctuation = punctuation;
    }

    /** The shape of one cluster: its ink box and the blanks on either side. */
    private record Shape(Item.Box box, double lead, double trail, double leadShrink, double trailShrink) {
    }

    List<Item> build(List<Cluster> clusters, double[] cost, double indent) {
        return build(clusters, cost, new boolean[clusters.size()], indent);
    }

    /** @param inAddress which clusters belong to a web or e-mail address (never letter-spaced) */
    List<Item> build(List<Cluster> clusters, double[] cost, boolean[] inAddress, double indent) {
        int n = clusters.size();
        Shape[] shapes = new Shape[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = shape(clusters.get(i));
        }
        compressAdjacent(clusters, shapes);
        int[] charsFrom = charsFrom(clusters);

        List<Item> items = new ArrayList<>();
        if (indent > 0) {
            items.add(new Item.Box(indent, List.of()));
        }
        for (int i = 0; i < n; i++) {
            Cluster c = clusters.get(i);
            if (isSpace(c)) {
                continue;   // emitted with the boundary before the next cluster
            }
            if (i > 0) {
                boolean address = inAddress[i - 1] && inAddress[i];
                if (address) {
                    items.add(Item.Glue.expansion(EXPANSION * clusters.get(i - 1).advance()));
                }
                int before = items.size();
                boundary(items, clusters, shapes, cost, charsFrom, i);
                if (address && items.size() == before) {
                    // no place to break here: marked, so that an address too long for any line can get one
                    items.add(new Item.Penalty(Item.INFINITE));
                }
            }
            items.add(shapes[i].box());
        }
        items.add(new Item.Penalty(Item.INFINITE));
        items.add(Item.Glue.fill());
        items.add(new Item.Penalty(-Item.INFINITE));
        return mergeBoxes(items);
    }

    /** The penalty and glue between the cluster before {@code i} (skipping spaces) and cluster {@code i}. */
    private void boundary(List<Item> items, List<Cluster> clusters, Shape[] shapes, double[] cost,
                          int[] charsFrom, int i) {
        Cluster b = clusters.get(i);
        int j = i - 1;
        while (j >= 0 && isSpace(clusters.get(j))) {
            j--;
        }
        if (j < 0) {
            return;   // leading spaces are dropped
        }
        Cluster a = clusters.get(j);
        double spaceWidth = 0;
        double spaceStretch = 0;
        double spaceShrink = 0;
        Glyph spaceGlyph = null;
        boolean phrase = CharClass.isHan(a.lastCodePoint()) && CharClass.isHan(b.firstCodePoint());
        for (int k = j + 1; k < i; k++) {
            Cluster s = clusters.get(k);
            spaceGlyph = new Glyph(s.text(), s.face(), s.style(), 0, 1);
            double em = s.em();
            if (s.cls() == CharClass.IDEOGRAPHIC_SPACE) {
                // a full-width blank: an em, a quarter of it shrinkable, gone at a line's edge
                spaceWidth += em;
                spaceShrink += 0.25 * em;
            } else if (phrase) {
                spaceWidth += PHRASE_SPACE * em;
                spaceStretch += PHRASE_SPACE_FLEX * em;
                spaceShrink += PHRASE_SPACE_FLEX * em;
            } else {
                // a word space: natural, stretching to half an em, shrinking to a quarter (clreq §3.8)
                spaceWidth += s.advance();
                spaceStretch += Math.max(0, 0.5 * em - s.advance());
                spaceShrink += Math.max(0, s.advance() - 0.25 * em);
            }
        }
        boolean spaced = j < i - 1;
        double breakCost = cost[i];
        if (spaced) {
            // a break at a space: allowed unless the neighbours forbid a line to end or start there
            breakCost = cost[i] >= Item.INFINITE || a.cls() == CharClass.OPENING ? Item.INFINITE : 0;
        }
        double em = Math.min(a.em(), b.em());
        double width = shapes[j].trail() + shapes[i].lead() + spaceWidth;
        double shrink = shapes[j].trailShrink() + shapes[i].leadShrink() + spaceShrink;
        double stretch = spaceStretch;
        if (!spaced) {
            if (isHan(a) && b.cls() == CharClass.LATIN && takesGap(b.firstCodePoint())
                    || a.cls() == CharClass.LATIN && takesGap(a.lastCodePoint()) && isHan(b)) {
                width += HAN_LATIN * em;
                stretch += HAN_LATIN_STRETCH * em;
                shrink += HAN_LATIN_SHRINK * em;
            } else if (a.cls().isWide() && b.cls().isWide() && !Breaks.rigid(a.cls()) && !Breaks.rigid(b.cls())
                    && !(a.cls().isCompressible() && b.cls().isCompressible())) {
                stretch += CJK_STRETCH * em;
                if (isHan(a) && isHan(b)) {
                    shrink += CJK_SHRINK * em;
                }
            }
        }
        if (a.style() == b.style() && a.style().tracking() != 0) {
            width += a.style().tracking() * a.em();
        }
        if (breakCost < Item.INFINITE && charsFrom[i] < MIN_LAST_LINE) {
            breakCost = Math.min(Item.INFINITE - 1, breakCost + SHORT_LAST_LINE);
        }
        boolean glue = width != 0 || stretch != 0 || shrink != 0;
        if (breakCost < Item.INFINITE || glue) {
            items.add(new Item.Penalty(breakCost));
        }
        if (glue) {
            // the space's character sits where the glue begins: after the previous mark's blank half
            Glyph g = spaceGlyph == null ? null : spaceGlyph.shifted(shapes[j].trail());
            items.add(new Item.Glue(width, stretch, shrink, g));
        }
    }

    /**
     * Whether a Latin character takes the Han–Latin gap on its Chinese side: letters, digits and
     * symbols ({@code +}, {@code %} of a number) do; punctuation — a solidus, a bracket, a quote, a
     * full stop — is set tight against Chinese (clreq §3.2.1 spaces Han from Western words).
     */
    private static boolean takesGap(int cp) {
        if (Character.isLetterOrDigit(cp) || cp == '%' || cp == '‰') {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL || t == Character.OTHER_SYMBOL;
    }

    private static boolean isSpace(Cluster c) {
        return c.cls() == CharClass.SPACE || c.cls() == CharClass.IDEOGRAPHIC_SPACE;
    }

    private static boolean isHan(Cluster c) {
        return c.cls() == CharClass.HAN;
    }

    /** Characters (not counting punctuation and spaces) from cluster {@code i} to the end. */
    private static int[] charsFrom(List<Cluster> clusters) {
        int[] from = new int[clusters.size() + 1];
        for (int i = clusters.size() - 1; i >= 0; i--) {
            CharClass c = clusters.get(i).cls();
            from[i] = from[i + 1] + (c == CharClass.HAN || c == CharClass.LATIN ? 1 : 0);
        }
        return from;
    }

    private Shape shape(Cluster c) {
        double em = c.em();
        double a = c.advance() > 0 ? c.advance() : em;
        boolean hant = c.style().lang() == Lang.HANT;
        double half = 0.5 * em;
        return switch (c.cls()) {
            case PAUSE_STOP -> {
                if (hant) {
                    // Taiwan/Hong Kong: centred marks, one em, not compressed (clreq §3.1.6)
                    yield new Shape(box(c, a, 0, 1), 0, 0, 0, 0);
                }
                boolean stop = "。？！．".indexOf(c.firstCodePoint()) >= 0;
                double blank = blank(stop) ? half : 0;
                // a sentence-end mark gives up half its blank at most; a pause mark all of it (clreq §3.8)
                yield new Shape(box(c, half, 0, 1), 0, blank, 0, stop ? blank / 2 : blank);
            }
            case CLOSING -> {
                double blank = blank(false) ? half : 0;
                yield new Shape(box(c, half, 0, 1), 0, blank, 0, blank);
            }
            case OPENING -> {
                double blank = blank(false) ? half : 0;
                yield new Shape(box(c, half, half - a, 1), blank, 0, blank, 0);
            }
            case MIDDLE -> {
                double blank = blank(false) ? 0.25 * em : 0;
                yield new Shape(box(c, half, 0.25 * em - a / 2, 1), blank, blank, blank, blank);
            }
            case DASH, ELLIPSIS -> {
                // each character fills one em: a 0.89-em dash is widened, a narrow ellipsis centred
                List<Glyph> glyphs = new ArrayList<>();
                int k = 0;
                for (int off = 0; off < c.text().length(); ) {
                    int cp = c.text().codePointAt(off);
                    String t = new String(Character.toChars(cp));
                    double scale = c.cls() == CharClass.DASH ? em / a : 1;
                    double dx = k * em + (c.cls() == CharClass.ELLIPSIS ? (em - a) / 2 : 0);
                    glyphs.add(new Glyph(t, c.face(), c.style(), dx, scale));
                    off += Character.charCount(cp);
                    k++;
                }
                yield new Shape(new Item.Box(k * em, glyphs), 0, 0, 0, 0);
            }
            default -> {
                if (c.cls() == CharClass.LATIN && c.firstCodePoint() == '’' && a > APOSTROPHE * em) {
                    // an apostrophe in a Latin word drawn with a Chinese font's full-width quote:
                    // its ink, in the left of the em, in a narrow box
                    yield new Shape(box(c, APOSTROPHE * em, 0, 1), 0, 0, 0, 0);
                }
                yield new Shape(box(c, a, 0, 1), 0, 0, 0, 0);
            }
        };
    }

    /** Whether a mark keeps a blank half in the chosen punctuation style (clreq §3.1.6, ctex styles). */
    private boolean blank(boolean sentenceEnd) {
        return switch (punctuation) {
            case QUANJIAO -> true;
            case KAIMING -> sentenceEnd;
            case BANJIAO -> false;
        };
    }

    private static Item.Box box(Cluster c, double width, double dx, double scale) {
        return new Item.Box(width, List.of(new Glyph(c.text(), c.face(), c.style(), dx, scale)));
    }

    /**
     * Adjacent marks (clreq §3.1.6.1): between a closing or stop mark and an opening one, one blank
     * half stays; where a mark follows a closing or stop mark, or an opening mark follows another,
     * the inks touch.
     */
    private static void compressAdjacent(List<Cluster> clusters, Shape[] shapes) {
        for (int i = 1; i < clusters.size(); i++) {
            CharClass a = clusters.get(i - 1).cls();
            CharClass b = clusters.get(i).cls();
            boolean aEnds = a == CharClass.CLOSING || a == CharClass.PAUSE_STOP;
            Shape sa = shapes[i - 1];
            Shape sb = shapes[i];
            if (aEnds && b == CharClass.OPENING) {
                shapes[i] = new Shape(sb.box(), 0, sb.trail(), 0, sb.trailShrink());
            } else if (aEnds && (b == CharClass.CLOSING || b == CharClass.PAUSE_STOP)) {
                shapes[i - 1] = new Shape(sa.box(), sa.lead(), 0, sa.leadShrink(), 0);
            } else if (a == CharClass.OPENING && b == CharClass.OPENING) {
                shapes[i] = new Shape(sb.box(), 0, sb.trail(), 0, sb.trailShrink());
            }
        }
        if (clusters.size() > 0) {
            // an opening bracket that begins the paragraph sits against the indent
            Shape first = shapes[0];
            shapes[0] = new Shape(first.box(), 0, first.trail(), 0, first.trailShrink());
        }
    }

    /** Consecutive boxes become one box: fewer items for the line breaker. */
    private static List<Item> mergeBoxes(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        int i = 0;
        while (i < items.size()) {
            Item it = items.get(i);
            if (!(it instanceof Item.Box first) || i + 1 >= items.size() || !(items.get(i + 1) instanceof Item.Box)) {
                out.add(it);
                i++;
                continue;
            }
            List<Glyph> g = new ArrayList<>(first.glyphs());
            double[] starts = java.util.Arrays.copyOf(first.starts(), Math.max(8, first.starts().length * 2));
            int n = first.starts().length;
            double width = first.width();
            i++;
            while (i < items.size() && items.get(i) instanceof Item.Box b) {
                for (int k = 0; k < b.glyphs().size(); k++) {
                    g.add(b.glyphs().get(k).shifted(width));
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = width + b.starts()[k];
                }
                width += b.width();
                i++;
            }
            out.add(new Item.Box(width, g, java.util.Arrays.copyOf(starts, n)));
        }
        return out;
    }
}
