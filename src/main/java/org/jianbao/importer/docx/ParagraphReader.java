package org.jianbao.importer.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jianbao.importer.article.Inline;
import org.w3c.dom.Element;

/**
 * Reads a {@code w:p} the way Word shows it with every tracked change accepted: inserted text kept,
 * deleted text dropped, field instructions skipped and field results kept, hidden text dropped;
 * hyperlinks, smart tags and content controls read through. Counts what it accepted or dropped.
 */
final class ParagraphReader {
    private final Styles styles;
    private final UnaryOperator<String> footnote;
    private final UnaryOperator<String> endnote;
    private final Para.Changes changes;

    /**
     * @param footnote the marker to set for a footnote reference (by its w:id), e.g. ①
     * @param endnote  the same for an endnote reference
     */
    ParagraphReader(Styles styles, UnaryOperator<String> footnote, UnaryOperator<String> endnote, Para.Changes changes) {
        this.styles = styles;
        this.footnote = footnote;
        this.endnote = endnote;
        this.changes = changes;
    }

    private List<Inline> runs;
    private List<String> pictures;
    private String style;
    private int maxSize;
    private boolean allBold;

    Para read(Element p) {
        runs = new ArrayList<>();
        pictures = new ArrayList<>();
        Element pPr = Dom.child(p, "pPr");
        style = Dom.val(Dom.child(pPr, "pStyle"));
        maxSize = 0;
        allBold = true;
        if (Dom.child(pPr, "pPrChange") != null) {
            changes.formatting++;
        }
        walk(p);
        String align = Dom.val(Dom.child(pPr, "jc"));
        if (align == null) {
            align = styles.alignment(style);
        }
        Element numPr = Dom.child(pPr, "numPr");
        if (numPr == null) {
            numPr = styles.numPr(style);
        }
        String numId = numPr == null ? null : Dom.val(Dom.child(numPr, "numId"));
        int ilvl = numPr == null ? 0 : Dom.integer(Dom.val(Dom.child(numPr, "ilvl")), 0);
        int outline = Dom.integer(Dom.val(Dom.child(pPr, "outlineLvl")), -1);
        boolean hasText = !Inline.plain(runs).isBlank();
        return new Para(List.copyOf(runs), List.copyOf(pictures), style, align, numId, ilvl, outline, maxSize,
                hasText && allBold, changes);
    }

    private void walk(Element e) {
        for (Element c : Dom.children(e)) {
            switch (Dom.name(c)) {
                case "pPr", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd" -> { }
                case "r" -> run(c);
                case "del", "moveFrom" -> changes.deletions++;
                case "ins", "moveTo" -> {
                    changes.insertions++;
                    walk(c);
                }
                case "commentRangeStart" -> changes.comments++;
                default -> walk(c);   // hyperlink, smartTag, sdt, sdtContent, fldSimple, customXml …
            }
        }
    }

    private void run(Element r) {
        Element rPr = Dom.child(r, "rPr");
        String rStyle = Dom.val(Dom.child(rPr, "rStyle"));
        if (Boolean.TRUE.equals(first(Dom.flag(rPr, "vanish"), styles.runFlag(rStyle, "vanish")))) {
            return;
        }
        if (Dom.child(rPr, "rPrChange") != null) {
            changes.formatting++;
        }
        boolean bold = Boolean.TRUE.equals(first(Dom.flag(rPr, "b"), styles.runFlag(rStyle, "b")));
        boolean italic = Boolean.TRUE.equals(first(Dom.flag(rPr, "i"), styles.runFlag(rStyle, "i")));
        boolean styleBold = Boolean.TRUE.equals(first(Dom.flag(rPr, "b"), styles.runFlag(rStyle, "b"),
                styles.runFlag(style, "b")));
        Element sz = Dom.child(rPr, "sz");
        int size = sz != null ? Dom.integer(Dom.val(sz), 0) : styles.size(rStyle != null ? rStyle : style);
        StringBuilder text = new StringBuilder();
        for (Element c : Dom.children(r)) {
            switch (Dom.name(c)) {
                case "t" -> text.append(Dom.text(c));
                case "tab", "ptab" -> text.append(' ');
                case "br" -> {
                    String type = Dom.attr(c, "type");
                    if (type == null || type.equals("textWrapping")) {
                        text.append('\n');
                    }
                }
                case "cr" -> text.append('\n');
                case "noBreakHyphen" -> text.append('-');
                case "sym" -> symbol(c, text);
                case "drawing", "pict", "object" -> picture(c);
                case "footnoteReference" -> text.append(footnote.apply(Dom.attr(c, "id")));
                case "endnoteReference" -> text.append(endnote.apply(Dom.attr(c, "id")));
                default -> { }   // delText, instrText, fldChar, rPr, commentReference (counted at its range), footnoteRef …
            }
        }
        if (text.length() == 0) {
            return;
        }
        if (!text.toString().isBlank()) {
            maxSize = Math.max(maxSize, size);
            allBold &= styleBold;
        }
        runs.add(new Inline(text.toString(), bold, italic));
    }

    /** A symbol from a symbol font: kept when it is an ordinary character, else left out (and counted). */
    private void symbol(Element sym, StringBuilder text) {
        String hex = Dom.attr(sym, "char");
        int cp = -1;
        try {
            cp = hex == null ? -1 : Integer.parseInt(hex, 16);
        } catch (NumberFormatException e) {
            // counted below
        }
        if (cp > 0x20 && (cp < 0xE000 || cp > 0xF8FF)) {
            text.appendCodePoint(cp);
        } else {
            changes.symbols++;
        }
    }

    private void picture(Element holder) {
        if (!Dom.descendants(holder, "txbxContent").isEmpty()) {
            changes.textBoxes++;
        }
        for (Element blip : Dom.descendants(holder, "blip")) {
            String id = blip.getAttributeNS(Dom.R, "embed");
            if (!id.isEmpty()) {
                pictures.add(id);
            }
        }
        for (Element img : Dom.descendants(holder, "imagedata")) {
            String id = img.getAttributeNS(Dom.R, "id");
            if (!id.isEmpty()) {
                pictures.add(id);
            }
        }
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
