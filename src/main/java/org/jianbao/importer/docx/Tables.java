package org.jianbao.importer.docx;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jianbao.importer.article.Blocks;
import org.jianbao.importer.article.Report;
import org.w3c.dom.Element;

/**
 * A Word table → a descriptor table. Word keeps merged cells as a grid: a cell spans columns with
 * {@code gridSpan} (or the old {@code hMerge}) and rows with {@code vMerge} — "restart" on the first
 * cell, an empty "continue" cell below it in each further row. The descriptor, like HTML, gives the
 * first cell a {@code colspan}/{@code rowspan} and leaves the covered cells out. Rows marked as
 * repeating headers ({@code tblHeader}), or else a first row set all in bold, become the header.
 */
final class Tables {
    private Tables() {
    }

    /** One cell as Word stores it. */
    private static final class Cell {
        final int col;
        int colspan;
        int rowspan = 1;
        final String text;
        final String align;
        final boolean bold;
        final boolean continues;

        Cell(int col, int colspan, String text, String align, boolean bold, boolean continues) {
            this.col = col;
            this.colspan = colspan;
            this.text = text;
            this.align = align;
            this.bold = bold;
            this.continues = continues;
        }
    }

    /** A cell's content as read: its text (paragraphs joined by line breaks), alignment, boldness. */
    record Content(String text, String align, boolean bold) {
    }

    static JsonNode convert(Element tbl, Function<Element, Content> content, String caption, Report report) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Boolean> repeat = new ArrayList<>();
        int gridCols = Dom.children(Dom.child(tbl, "tblGrid"), "gridCol").size();
        int widest = 0;
        for (Element tr : rowsOf(tbl)) {
            Element trPr = Dom.child(tr, "trPr");
            int col = Dom.integer(Dom.val(Dom.child(trPr, "gridBefore")), 0);
            List<Cell> row = new ArrayList<>();
            for (Element tc : cellsOf(tr)) {
                Element tcPr = Dom.child(tc, "tcPr");
                int span = Math.max(1, Dom.integer(Dom.val(Dom.child(tcPr, "gridSpan")), 1));
                Element vMerge = Dom.child(tcPr, "vMerge");
                boolean continues = vMerge != null && !"restart".equals(Dom.val(vMerge));
                Element hMerge = Dom.child(tcPr, "hMerge");
                if (hMerge != null && !"restart".equals(Dom.val(hMerge)) && !row.isEmpty()) {
                    row.get(row.size() - 1).colspan++;
                    col++;
                    continue;
                }
                if (!Dom.descendants(tc, "tbl").isEmpty()) {
                    report.warn("a table inside a table cell was flattened into the cell's text");
                }
                Content c = content.apply(tc);
                row.add(new Cell(col, span, c.text(), c.align(), c.bold(), continues));
                col += span;
            }
            widest = Math.max(widest, col);
            rows.add(row);
            repeat.add(Dom.flag(trPr, "tblHeader") == Boolean.TRUE);
        }
        int cols = Math.max(gridCols, widest);
        mergeRows(rows);
        int headerRows = headerRows(rows, repeat);
        List<List<JsonNode>> header = new ArrayList<>();
        List<List<JsonNode>> body = new ArrayList<>();
        int[] covered = new int[cols];   // rows still covered by a rowspan from above, per column
        for (int r = 0; r < rows.size(); r++) {
            List<JsonNode> out = new ArrayList<>();
            int c = 0;
            for (Cell cell : rows.get(r)) {
                if (cell.continues) {
                    continue;
                }
                c = fill(out, covered, c, Math.min(cell.col, cols));
                int span = Math.min(cell.colspan, cols - c);
                if (span <= 0) {
                    report.warn("a row of a table has more cells than its " + cols + " columns; the extra cells were left out");
                    break;
                }
                int rowspan = Math.min(cell.rowspan, (r < headerRows ? headerRows : rows.size()) - r);
                out.add(Blocks.cell(cell.text, span, rowspan));
                for (int k = 0; k < span; k++) {
                    covered[c + k] = rowspan;
                }
                c += span;
            }
            fill(out, covered, c, cols);
            for (int k = 0; k < cols; k++) {
                covered[k] = Math.max(0, covered[k] - 1);
            }
            (r < headerRows ? header : body).add(out);
        }
        return Blocks.table(aligns(rows, cols, headerRows), header, body, caption);
    }

    /** Empty cells up to column {@code to}, skipping columns a span from above covers; returns the column reached. */
    private static int fill(List<JsonNode> out, int[] covered, int from, int to) {
        int c = from;
        while (c < to) {
            if (covered[c] == 0) {
                out.add(Blocks.cell("", 1, 1));
                covered[c] = 1;
            }
            c++;
        }
        return c;
    }

    /** Each "continue" cell adds a row to the cell above it that starts at the same column. */
    private static void mergeRows(List<List<Cell>> rows) {
        Map<Integer, Cell> open = new HashMap<>();
        for (List<Cell> row : rows) {
            Map<Integer, Cell> next = new HashMap<>();
            for (Cell cell : row) {
                Cell above = open.get(cell.col);
                if (cell.continues && above != null) {
                    above.rowspan++;
                    next.put(cell.col, above);
                } else {
                    next.put(cell.col, cell);
                }
            }
            open = next;
        }
    }

    /** Leading rows marked to repeat, else a first row all in bold; widened so no header span reaches the body. */
    private static int headerRows(List<List<Cell>> rows, List<Boolean> repeat) {
        int n = 0;
        while (n < repeat.size() && repeat.get(n)) {
            n++;
        }
        if (n == 0 && rows.size() > 1 && rows.get(0).stream().filter(c -> !c.text.isBlank()).allMatch(c -> c.bold)
                && rows.get(0).stream().anyMatch(c -> !c.text.isBlank())) {
            n = 1;
        }
        for (boolean grown = true; grown && n > 0; ) {
            grown = false;
            for (int r = 0; r < n; r++) {
                for (Cell c : rows.get(r)) {
                    if (!c.continues && r + c.rowspan > n) {
                        n = r + c.rowspan;
                        grown = true;
                    }
                }
            }
        }
        return n >= rows.size() ? 0 : n;
    }

    /** Each column's alignment: the most common among its body cells ("left" for Word's default). */
    private static List<String> aligns(List<List<Cell>> rows, int cols, int headerRows) {
        List<Map<String, Integer>> votes = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            votes.add(new HashMap<>());
        }
        for (int r = headerRows; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                if (!cell.continues && cell.colspan == 1 && cell.col < cols && !cell.text.isBlank()) {
                    votes.get(cell.col).merge(align(cell.align), 1, Integer::sum);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Map<String, Integer> v : votes) {
            out.add(v.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("center"));
        }
        return out;
    }

    private static String align(String jc) {
        if (jc == null) {
            return "left";
        }
        return switch (jc) {
            case "center" -> "center";
            case "right", "end" -> "right";
            default -> "left";
        };
    }

    private static List<Element> rowsOf(Element tbl) {
        List<Element> out = new ArrayList<>();
        for (Element e : Dom.children(tbl)) {
            if (Dom.name(e).equals("tr")) {
                out.add(e);
            } else if (Dom.name(e).equals("sdt") || Dom.name(e).equals("customXml")) {
                out.addAll(rowsOf(Dom.child(e, "sdtContent") != null ? Dom.child(e, "sdtContent") : e));
            }
        }
        return out;
    }

    private static List<Element> cellsOf(Element tr) {
        List<Element> out = new ArrayList<>();
        for (Element e : Dom.children(tr)) {
            if (Dom.name(e).equals("tc")) {
                out.add(e);
            } else if (Dom.name(e).equals("sdt") || Dom.name(e).equals("customXml")) {
                out.addAll(cellsOf(Dom.child(e, "sdtContent") != null ? Dom.child(e, "sdtContent") : e));
            }
        }
        return out;
    }
}
