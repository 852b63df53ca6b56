package org.jianbao.descriptor;

import java.util.List;
import java.util.function.BiFunction;
import org.jianbao.model.Align;
import org.jianbao.model.Table;

/** A table block: columns, header rows, body rows, caption; checks that every row fills the grid. */
final class TableReader {
    private final BiFunction<Node, String, String> clean;

    TableReader(BiFunction<Node, String, String> clean) {
        this.clean = clean;
    }

    Table read(Node n) {
        long before = n.problems.errorCount();
        Node.Fields f = n.fields("type", "columns", "header", "rows", "caption");
        List<Table.Column> columns = f.req("columns", c -> c.list(this::column));
        List<List<Table.Cell>> header = f.opt("header", h -> h.list(r -> r.list(this::cell)), List.of());
        List<List<Table.Cell>> rows = f.req("rows", r -> r.list(x -> x.list(this::cell)));
        String caption = f.opt("caption", c -> {
            String t = c.text();
            return t == null ? null : clean.apply(c, t);
        }, null);
        if (columns == null || rows == null || n.problems.errorCount() > before) {
            return null;
        }
        if (columns.isEmpty()) {
            f.req("columns").error("a table needs at least one column");
            return null;
        }
        Node headerNode = f.opt("header");
        if ((headerNode != null && !fits(headerNode, header, columns.size()))
                || !fits(f.req("rows"), rows, columns.size())) {
            return null;
        }
        return new Table(columns, header, rows, caption);
    }

    /** Every row, counting the cells spanned into it from above, must have exactly {@code cols} columns. */
    private static boolean fits(Node at, List<List<Table.Cell>> rows, int cols) {
        int[] carried = new int[cols];   // rows still covered by a rowspan, per column
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Table.Cell cell : rows.get(r)) {
                while (c < cols && carried[c] > 0) {
                    c++;
                }
                if (c + cell.colspan() > cols) {
                    at.error("row " + (r + 1) + " has more cells than the " + cols + " columns");
                    return false;
                }
                if (r + cell.rowspan() > rows.size()) {
                    at.error("row " + (r + 1) + " has a cell spanning " + cell.rowspan() + " rows, past the last row ("
                            + rows.size() + "); make the rowspan smaller or add rows");
                    return false;
                }
                for (int k = 0; k < cell.colspan(); k++) {
                    carried[c + k] = cell.rowspan();
                }
                c += cell.colspan();
            }
            while (c < cols && carried[c] > 0) {
                c++;
            }
            if (c < cols) {
                at.error("row " + (r + 1) + " fills " + c + " of the " + cols + " columns; add cells or widen a span");
                return false;
            }
            for (int k = 0; k < cols; k++) {
                carried[k] = Math.max(0, carried[k] - 1);
            }
        }
        return true;
    }

    private Table.Column column(Node n) {
        Node.Fields f = n.fields("align", "width");
        if (f == null) {
            return null;
        }
        Align align = f.opt("align", IssueReader::align, Align.CENTER);
        double width = f.opt("width", w -> Values.length(w, 0), 0.0);
        return new Table.Column(align, width);
    }

    private Table.Cell cell(Node n) {
        if (n.isString()) {
            String t = n.string();
            return new Table.Cell(t.isBlank() ? "" : clean.apply(n, t), 1, 1, null);
        }
        Node.Fields f = n.fields("text", "colspan", "rowspan", "align");
        if (f == null) {
            return null;
        }
        String t = f.req("text", Node::string);
        int colspan = f.opt("colspan", x -> x.integer(1, 100), 1);
        int rowspan = f.opt("rowspan", x -> x.integer(1, 10_000), 1);
        Align align = f.opt("align", IssueReader::align, null);
        return t == null ? null : new Table.Cell(t.isBlank() ? "" : clean.apply(f.req("text"), t), colspan, rowspan, align);
    }
}
