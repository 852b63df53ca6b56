package org.jianbao.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Align;
import org.jianbao.model.Lang;
import org.jianbao.model.Span;
import org.jianbao.model.Style;
import org.jianbao.model.Table;

/**
 * Tables in the 公文 manner: a full grid of thin rules with heavier rules at top and bottom, bold
 * header rows repeated at the top of every page the table continues on, the caption above the
 * table. Column widths come from the cells' natural widths (explicit widths win) and fill the
 * column. A row is one slab; rows joined by a row span are kept on one page.
 */
final class Tables {
    private static final double THIN = 0.5;
    private static final double THICK = 1.0;
    /** Horizontal cell padding, in ems of the table's size. */
    private static final double PAD_X = 0.4;
    /** Vertical cell padding, in ems. */
    private static final double PAD_Y = 0.25;

    /** A row taller than this share of the text block is split across pages, line by line. */
    private static final double MAX_ROW_SHARE = 0.75;
    /** Lines per piece of a split row. */
    private static final int PIECE_LINES = 3;

    private final LineSetter setter;
    private final Style style;
    private final Style captionStyle;
    private final double width;
    private final double maxRow;
    /** The rules made so far, each once (see {@link #rule}). */
    private final Map<FrameItem.Rule, FrameItem> rules = new HashMap<>();

    Tables(LineSetter setter, Style style, Style captionStyle, double width, double pageHeight) {
        this.setter = setter;
        this.style = style;
        this.captionStyle = captionStyle;
        this.width = width;
        this.maxRow = MAX_ROW_SHARE * pageHeight;
    }

    /** A cell placed on the grid. */
    private record Placed(Table.Cell cell, int row, int col, boolean header) {
    }

    List<Slab> slabs(Table t, Lang lang, At at, Tag parent) {
        Tag table = parent.add("Table");
        int cols = t.columns().size();
        List<Placed> head = place(t.header(), cols, true);
        List<Placed> body = place(t.rows(), cols, false);
        double[] colW = widths(t, head, body, lang, at);
        double[] x = new double[cols + 1];
        for (int c = 0; c < cols; c++) {
            x[c + 1] = x[c] + colW[c];
        }
        List<Slab> out = new ArrayList<>();
        if (t.caption() != null) {
            List<Line> lines = setter.lines(t.caption(), captionStyle, lang, LineSpec.of(width, Align.CENTER),
                    at.named("the caption of " + at.what()));
            out.addAll(Tagging.slabs(Keeps.paragraph(lines, captionStyle, 0, false), table.add("Caption")));
        }
        List<Slab> headSlabs = head.isEmpty() ? List.of()
                : rows(t, head, t.header().size(), x, lang, at, true, table.add("THead"));
        List<Slab> bodySlabs = rows(t, body, t.rows().size(), x, lang, at, false, table.add("TBody"));
        // on a continuation page the header rows are page furniture, not read a second time
        List<Slab> repeated = new ArrayList<>();
        for (Slab h : headSlabs) {
            List<FrameItem> items = new ArrayList<>();
            for (FrameItem it : h.items()) {
                items.add(it instanceof FrameItem.Marked m && !m.tag().isArtifact()
                        ? new FrameItem.Marked(m.item(), Tag.PAGINATION) : it);
            }
            repeated.add(h.withItems(items));
        }
        for (int i = 0; i < headSlabs.size(); i++) {
            out.add(headSlabs.get(i).keep(i > 0 || t.caption() != null));
        }
        for (int i = 0; i < bodySlabs.size(); i++) {
            Slab s = bodySlabs.get(i);
            if (i == 0) {
                s = s.keep(!headSlabs.isEmpty() || t.caption() != null || s.keepWithPrevious());
            } else {
                s = s.repeating(repeated);
            }
            out.add(s);
        }
        return out;
    }

    /** Rows of cells → cells with their grid positions (covered positions skipped). */
    private static List<Placed> place(List<List<Table.Cell>> rows, int cols, boolean header) {
        List<Placed> out = new ArrayList<>();
        int[] carried = new int[cols];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Table.Cell cell : rows.get(r)) {
                while (c < cols && carried[c] > 0) {
                    c++;
                }
                out.add(new Placed(cell, r, c, header));
                for (int k = 0; k < cell.colspan() && c + k < cols; k++) {
                    carried[c + k] = cell.rowspan();
                }
                c += cell.colspan();
            }
            for (int k = 0; k < cols; k++) {
                carried[k] = Math.max(0, carried[k] - 1);
            }
        }
        return out;
    }

    private double[] widths(Table t, List<Placed> head, List<Placed> body, Lang lang, At at) {
        int cols = t.columns().size();
        double pad = 2 * PAD_X * style.size();
        double[] natural = new double[cols];
        List<Placed> all = new ArrayList<>(head);
        all.addAll(body);
        for (Placed p : all) {
            if (p.cell().colspan() == 1) {
                double w = p.cell().text().isEmpty() ? 0 : setter.natural(List.of(new Span(p.cell().text(),
                        p.header())), style, lang, at.named("a table cell"));
                natural[p.col()] = Math.max(natural[p.col()], w + pad);
            }
        }
        double fixed = 0;
        double free = 0;
        for (int c = 0; c < cols; c++) {
            natural[c] = Math.max(natural[c], 2 * style.size() + pad);
            if (t.columns().get(c).width() > 0) {
                fixed += t.columns().get(c).width();
            } else {
                free += natural[c];
            }
        }
        double[] w = new double[cols];
        double room = Math.max(0, width - fixed);
        for (int c = 0; c < cols; c++) {
            double given = t.columns().get(c).width();
            w[c] = given > 0 ? given : natural[c] * room / Math.max(free, 1e-6);
        }
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        if (fixed > width + 0.5) {
            setter.problems().warning(at, "the column widths of a table add up to " + Math.round(fixed) + " pt, more than the "
                    + Math.round(width) + " pt of the text block; the columns were narrowed to fit");
        }
        for (int c = 0; c < cols; c++) {
            w[c] *= width / sum;   // explicit widths that overfill the column are scaled down with the rest
        }
        return w;
    }

    /**
     * The cells of a band of rows — rows joined by row spans, set together — placed on the grid:
     * their lines, the rows' heights (a cell spanning rows makes its last row taller when it needs
     * room), the structure node of each cell, and which cells start in which row. Rows and cells
     * are counted from the band's first ({@code row0}, {@code cell0}).
     */
    private record Grid(List<Placed> cells, int row0, List<List<Line>> lines, double[] rowH, int[] spanEnd,
                        Tag[] tags, List<List<Integer>> byRow, double[] x) {

        /** The band's row index of the last row cell {@code cell} covers. */
        int lastRow(int cell) {
            Placed p = cells.get(cell);
            return Math.min(row0 + rowH.length, p.row() + p.cell().rowspan()) - 1 - row0;
        }

        double height(int cell) {
            double h = 0;
            for (int r = cells.get(cell).row() - row0; r <= lastRow(cell); r++) {
                h += rowH[r];
            }
            return h;
        }

        double left(int cell) {
            return x[cells.get(cell).col()];
        }

        double right(int cell) {
            Placed p = cells.get(cell);
            return x[p.col() + p.cell().colspan()];
        }
    }

    /**
     * The band of rows that starts with the cell {@code from} of {@code cells} (in row order): the
     * index after its last cell. A band ends at the first row that no cell above spans beyond.
     */
    private static int bandEnd(List<Placed> cells, int from, int rowCount) {
        int end = cells.get(from).row();
        int i = from;
        while (i < cells.size() && cells.get(i).row() <= end) {
            Placed p = cells.get(i);
            end = Math.max(end, Math.min(rowCount, p.row() + p.cell().rowspan()) - 1);
            i++;
        }
        return i;
    }

    private Grid grid(Table t, List<Placed> cells, int row0, int rowCount, double[] x, Lang lang, At at,
                      boolean header, Tag[] rowTags) {
        double pitch = style.lineHeight();
        double padY = PAD_Y * style.size();
        List<List<Line>> cellLines = new ArrayList<>();
        double[] rowH = new double[rowCount];
        At cellAt = at.named("a cell of the table in " + at.what());
        for (Placed p : cells) {
            double w = x[p.col() + p.cell().colspan()] - x[p.col()] - 2 * PAD_X * style.size();
            Align a = p.cell().align() != null ? p.cell().align() : t.columns().get(p.col()).align();
            List<Line> lines = p.cell().text().isEmpty() ? List.of()
                    : setter.lines(List.of(new Span(p.cell().text(), header)), style, lang, LineSpec.of(w, a), 0,
                            cellAt);
            cellLines.add(lines);
            if (p.cell().rowspan() == 1) {
                rowH[p.row() - row0] = Math.max(rowH[p.row() - row0], Math.max(1, lines.size()) * pitch + 2 * padY);
            }
        }
        int[] spanEnd = new int[rowCount];
        List<List<Integer>> byRow = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            spanEnd[r] = r;
            byRow.add(new ArrayList<>());
        }
        Tag[] tags = new Tag[cells.size()];
        Grid g = new Grid(cells, row0, cellLines, rowH, spanEnd, tags, byRow, x);
        for (int i = 0; i < cells.size(); i++) {
            double need = Math.max(1, cellLines.get(i).size()) * pitch + 2 * padY;
            double have = g.height(i);
            if (need > have) {
                rowH[g.lastRow(i)] += need - have;
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            Placed p = cells.get(i);
            int r = p.row() - row0;
            int last = g.lastRow(i);
            spanEnd[r] = Math.max(spanEnd[r], last);
            tags[i] = rowTags[p.row()].add(header ? "TH" : "TD").span(last - r + 1, p.cell().colspan());
            if (header) {
                tags[i].scope("Column");
            }
            byRow.get(r).add(i);
        }
        return g;
    }

    /**
     * The rows of a header or body as slabs, set band by band (rows joined by row spans together):
     * the lines of a band's cells are let go once its slabs are made, so that a table of tens of
     * thousands of rows never holds the glyph objects of them all.
     */
    private List<Slab> rows(Table t, List<Placed> cells, int rowCount, double[] x, Lang lang, At at,
                            boolean header, Tag group) {
        Tag[] rowTags = new Tag[rowCount];
        for (int r = 0; r < rowCount; r++) {
            rowTags[r] = group.add("TR");
        }
        double pitch = style.lineHeight();
        double right = x[x.length - 1];
        List<Slab> out = new ArrayList<>();
        int keepUntil = -1;
        int from = 0;
        int row0 = 0;
        while (row0 < rowCount) {
            int to = from < cells.size() && cells.get(from).row() == row0 ? bandEnd(cells, from, rowCount) : from;
            // a row no cell starts in (all covered, or missing) is a band of its own
            int rows = to > from ? Math.min(rowCount, lastRowOf(cells.subList(from, to), rowCount) + 1) - row0 : 1;
            Grid g = grid(t, cells.subList(from, to), row0, rows, x, lang, at, header, rowTags);
            for (int b = 0; b < rows; b++) {
                int r = row0 + b;
                boolean thickTop = r == 0 && (header || t.header().isEmpty());
                boolean thickBottom = !header && r == rowCount - 1;
                boolean simple = r > keepUntil && g.spanEnd()[b] == b;
                if (g.rowH()[b] > maxRow && simple) {
                    List<Slab> chunks = split(g, b, thickTop, thickBottom);
                    out.add(chunks.get(0).keep(r <= keepUntil));
                    out.addAll(chunks.subList(1, chunks.size()));
                } else {
                    List<FrameItem> it = new ArrayList<>();
                    for (int i : g.byRow().get(b)) {
                        double h = g.height(i);
                        int n = g.lines().get(i).size();
                        text(it, g, i, 0, n, (h - n * pitch) / 2);
                        box(it, g.left(i), g.right(i), h, true, true);
                    }
                    if (thickTop) {
                        it.add(rule(0, 0, right, 0, THICK));
                    }
                    if (thickBottom) {
                        it.add(rule(0, g.rowH()[b], right, g.rowH()[b], THICK));
                    }
                    out.add(Slab.of(g.rowH()[b], Tagging.mark(it, Tag.LAYOUT)).keep(r <= keepUntil));
                }
                keepUntil = Math.max(keepUntil, row0 + g.spanEnd()[b]);
            }
            row0 += rows;
            from = to;
        }
        return out;
    }

    /** The last row any of {@code cells} covers. */
    private static int lastRowOf(List<Placed> cells, int rowCount) {
        int last = 0;
        for (Placed p : cells) {
            last = Math.max(last, Math.min(rowCount, p.row() + p.cell().rowspan()) - 1);
        }
        return last;
    }

    /**
     * A row taller than a page as several slabs of a few lines each, so that it can run over pages:
     * each piece has its side rules, the first the row's top rule, the last its bottom rule.
     */
    private List<Slab> split(Grid g, int row, boolean thickTop, boolean thickBottom) {
        double pitch = style.lineHeight();
        double padY = PAD_Y * style.size();
        // small pieces, so that the page breaker can fill each page to its foot
        int per = PIECE_LINES;
        int most = 0;
        for (int i : g.byRow().get(row)) {
            most = Math.max(most, g.lines().get(i).size());
        }
        int pieces = (most + per - 1) / per;
        double right = g.x()[g.x().length - 1];
        List<Slab> out = new ArrayList<>();
        for (int c = 0; c < pieces; c++) {
            int from = c * per;
            int n = Math.min(per, most - from);
            double h = n * pitch + (c == 0 ? padY : 0) + (c == pieces - 1 ? padY : 0);
            double top = c == 0 ? padY : 0;
            List<FrameItem> it = new ArrayList<>();
            for (int i : g.byRow().get(row)) {
                text(it, g, i, from, Math.min(g.lines().get(i).size(), from + per), top);
                box(it, g.left(i), g.right(i), h, c == 0, c == pieces - 1);
            }
            if (c == 0 && thickTop) {
                it.add(rule(0, 0, right, 0, THICK));
            }
            if (c == pieces - 1 && thickBottom) {
                it.add(rule(0, h, right, h, THICK));
            }
            out.add(Slab.of(h, Tagging.mark(it, Tag.LAYOUT)));
        }
        return out;
    }

    /** Lines {@code from}..{@code to} of a cell, the first {@code top} below the piece's top. */
    private void text(List<FrameItem> out, Grid g, int cell, int from, int to, double top) {
        double pitch = style.lineHeight();
        List<Line> lines = g.lines().get(cell);
        for (int k = from; k < to; k++) {
            for (FrameItem f : GlyphItems.line(lines.get(k), pitch, style.size(), g.left(cell) + PAD_X * style.size())) {
                out.add(Tagging.mark(f.moved(0, top + (k - from) * pitch), g.tags()[cell]));
            }
        }
    }

    /** A cell's thin rules: its top and bottom edges when asked, and both sides. */
    private void box(List<FrameItem> out, double x0, double x1, double h, boolean top, boolean bottom) {
        if (top) {
            out.add(rule(x0, 0, x1, 0, THIN));
        }
        if (bottom) {
            out.add(rule(x0, h, x1, h, THIN));
        }
        out.add(rule(x0, 0, x0, h, THIN));
        out.add(rule(x1, 0, x1, h, THIN));
    }

    /**
     * A rule of the grid, as decoration. Rows of one height have the same rules (each is relative to
     * its row): one object serves them all, so that a table of tens of thousands of rows holds a few
     * dozen rules, not millions.
     */
    private FrameItem rule(double x0, double y0, double x1, double y1, double thickness) {
        FrameItem.Rule r = new FrameItem.Rule(x0, y0, x1, y1, thickness, style.color());
        return rules.computeIfAbsent(r, k -> new FrameItem.Marked(k, Tag.LAYOUT));
    }
}
