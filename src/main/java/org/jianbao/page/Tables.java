package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
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
     * The cells of a header or body placed on the grid: their lines, the rows' heights (a cell
     * spanning rows makes its last row taller when it needs room), the structure node of each
     * cell, and which cells start in which row.
     */
    private record Grid(List<Placed> cells, List<List<Line>> lines, double[] rowH, int[] spanEnd, Tag[] tags,
                        List<List<Integer>> byRow, double[] x) {

        int lastRow(int cell) {
            Placed p = cells.get(cell);
            return Math.min(rowH.length, p.row() + p.cell().rowspan()) - 1;
        }

        double height(int cell) {
            double h = 0;
            for (int r = cells.get(cell).row(); r <= lastRow(cell); r++) {
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

    private Grid grid(Table t, List<Placed> cells, int rowCount, double[] x, Lang lang, At at, boolean header,
                      Tag group) {
        Tag[] rowTags = new Tag[rowCount];
        for (int r = 0; r < rowCount; r++) {
            rowTags[r] = group.add("TR");
        }
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
                rowH[p.row()] = Math.max(rowH[p.row()], Math.max(1, lines.size()) * pitch + 2 * padY);
            }
        }
        int[] spanEnd = new int[rowCount];
        List<List<Integer>> byRow = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            spanEnd[r] = r;
            byRow.add(new ArrayList<>());
        }
        Tag[] tags = new Tag[cells.size()];
        Grid g = new Grid(cells, cellLines, rowH, spanEnd, tags, byRow, x);
        for (int i = 0; i < cells.size(); i++) {
            Placed p = cells.get(i);
            double need = Math.max(1, cellLines.get(i).size()) * pitch + 2 * padY;
            double have = g.height(i);
            if (need > have) {
                rowH[g.lastRow(i)] += need - have;
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            Placed p = cells.get(i);
            int last = g.lastRow(i);
            spanEnd[p.row()] = Math.max(spanEnd[p.row()], last);
            tags[i] = rowTags[p.row()].add(header ? "TH" : "TD").span(last - p.row() + 1, p.cell().colspan());
            if (header) {
                tags[i].scope("Column");
            }
            byRow.get(p.row()).add(i);
        }
        return g;
    }

    private List<Slab> rows(Table t, List<Placed> cells, int rowCount, double[] x, Lang lang, At at,
                            boolean header, Tag group) {
        Grid g = grid(t, cells, rowCount, x, lang, at, header, group);
        double pitch = style.lineHeight();
        double right = x[x.length - 1];
        List<Slab> out = new ArrayList<>();
        int keepUntil = -1;
        for (int r = 0; r < rowCount; r++) {
            boolean thickTop = r == 0 && (header || t.header().isEmpty());
            boolean thickBottom = !header && r == rowCount - 1;
            boolean simple = r > keepUntil && g.spanEnd()[r] == r;
            if (g.rowH()[r] > maxRow && simple) {
                List<Slab> chunks = split(g, r, thickTop, thickBottom);
                out.add(chunks.get(0).keep(r <= keepUntil));
                out.addAll(chunks.subList(1, chunks.size()));
            } else {
                List<FrameItem> it = new ArrayList<>();
                for (int i : g.byRow().get(r)) {
                    double h = g.height(i);
                    int n = g.lines().get(i).size();
                    text(it, g, i, 0, n, (h - n * pitch) / 2);
                    box(it, g.left(i), g.right(i), h, true, true);
                }
                if (thickTop) {
                    it.add(new FrameItem.Rule(0, 0, right, 0, THICK, style.color()));
                }
                if (thickBottom) {
                    it.add(new FrameItem.Rule(0, g.rowH()[r], right, g.rowH()[r], THICK, style.color()));
                }
                out.add(Slab.of(g.rowH()[r], Tagging.mark(it, Tag.LAYOUT)).keep(r <= keepUntil));
            }
            keepUntil = Math.max(keepUntil, g.spanEnd()[r]);
        }
        return out;
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
                it.add(new FrameItem.Rule(0, 0, right, 0, THICK, style.color()));
            }
            if (c == pieces - 1 && thickBottom) {
                it.add(new FrameItem.Rule(0, h, right, h, THICK, style.color()));
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
            out.add(new FrameItem.Rule(x0, 0, x1, 0, THIN, style.color()));
        }
        if (bottom) {
            out.add(new FrameItem.Rule(x0, h, x1, h, THIN, style.color()));
        }
        out.add(new FrameItem.Rule(x0, 0, x0, h, THIN, style.color()));
        out.add(new FrameItem.Rule(x1, 0, x1, h, THIN, style.color()));
    }
}
