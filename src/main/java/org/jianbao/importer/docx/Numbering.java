package org.jianbao.importer.docx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;

/**
 * Word's automatic numbering resolved to the label a reader sees (ECMA-376 Part 1, §17.9): each
 * paragraph that takes part in a list advances its level's counter (deeper levels start again) and
 * gets the level's {@code lvlText} with {@code %1 %2 …} filled in each level's number format —
 * {@code 一、}, {@code （一）}, {@code 1.}, {@code （1）}, {@code ①} — or is marked as a bullet.
 */
final class Numbering {
    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, Element> abstracts = new HashMap<>();
    /** Counters per list: per num when it restarts its numbering, else per abstract definition (shared). */
    private final Map<String, int[]> counters = new HashMap<>();

    Numbering(XWPFDocument doc) {
        XWPFNumbering n = doc.getNumbering();
        if (n == null) {
            return;
        }
        for (var a : n.getAbstractNums()) {
            Element e = (Element) a.getCTAbstractNum().getDomNode();
            abstracts.put(Dom.attr(e, "abstractNumId"), e);
        }
        for (var num : n.getNums()) {
            Element e = (Element) num.getCTNum().getDomNode();
            nums.put(Dom.attr(e, "numId"), e);
        }
    }

    /** A paragraph's label: its text ("" for none) and whether the list is a bulleted one. */
    record Label(String text, boolean bullet) {
    }

    /** The label of the next paragraph in list {@code numId} at level {@code ilvl}; null when there is none. */
    Label next(String numId, int ilvl) {
        Element num = nums.get(numId);
        if (num == null || ilvl < 0 || ilvl > 8) {
            return null;   // numId 0 means "no numbering"
        }
        String absId = Dom.val(Dom.child(num, "abstractNumId"));
        Element abs = abstracts.get(absId);
        if (abs == null) {
            return null;
        }
        boolean own = !Dom.children(num, "lvlOverride").isEmpty();
        int[] c = counters.computeIfAbsent(own ? "num" + numId : "abs" + absId, k -> new int[9]);
        Element lvl = level(abs, num, ilvl);
        if (lvl == null) {
            return null;
        }
        c[ilvl] = c[ilvl] == 0 ? start(abs, num, ilvl) : c[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < 9; deeper++) {
            c[deeper] = 0;
        }
        String fmt = Dom.val(Dom.child(lvl, "numFmt"));
        if ("bullet".equals(fmt)) {
            return new Label("", true);
        }
        String text = Dom.val(Dom.child(lvl, "lvlText"));
        if (text == null || "none".equals(fmt)) {
            return new Label("", false);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int k = text.charAt(++i) - '1';
                if (k >= 0 && k < 9) {
                    Element kl = level(abs, num, k);
                    int value = c[k] == 0 ? start(abs, num, k) : c[k];
                    out.append(NumberFormats.format(value, kl == null ? "decimal" : Dom.val(Dom.child(kl, "numFmt"))));
                }
            } else {
                out.append(ch);
            }
        }
        return new Label(out.toString(), false);
    }

    /** The level definition: the num's override if it has one, else the abstract definition's. */
    private static Element level(Element abs, Element num, int ilvl) {
        for (Element o : Dom.children(num, "lvlOverride")) {
            if (Dom.integer(Dom.attr(o, "ilvl"), -1) == ilvl && Dom.child(o, "lvl") != null) {
                return Dom.child(o, "lvl");
            }
        }
        for (Element l : Dom.children(abs, "lvl")) {
            if (Dom.integer(Dom.attr(l, "ilvl"), -1) == ilvl) {
                return l;
            }
        }
        return null;
    }

    private static int start(Element abs, Element num, int ilvl) {
        for (Element o : Dom.children(num, "lvlOverride")) {
            if (Dom.integer(Dom.attr(o, "ilvl"), -1) == ilvl && Dom.child(o, "startOverride") != null) {
                return Math.max(1, Dom.integer(Dom.val(Dom.child(o, "startOverride")), 1));
            }
        }
        Element lvl = level(abs, num, ilvl);
        return lvl == null ? 1 : Math.max(0, Dom.integer(Dom.val(Dom.child(lvl, "start")), 1));
    }
}
