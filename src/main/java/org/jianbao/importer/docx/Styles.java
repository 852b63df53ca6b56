package org.jianbao.importer.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * The document's styles, followed through {@code basedOn}: what kind of paragraph a style makes
 * (title, heading N, caption, quote), and the properties a paragraph or run inherits from it
 * (outline level, numbering, bold, size, alignment).
 */
final class Styles {
    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Element defaultRun;

    Styles(XWPFDocument doc) {
        XWPFStyles s = doc.getStyles();
        Element def = null;
        if (s != null) {
            for (XWPFStyle st : s.getStyles()) {
                Element e = (Element) st.getCTStyle().getDomNode();
                byId.put(st.getStyleId(), e);
                names.put(st.getStyleId(), st.getName() == null ? "" : st.getName().toLowerCase(Locale.ROOT).strip());
            }
            if (s.getCtStyles().getDocDefaults() != null) {
                def = Dom.path((Element) s.getCtStyles().getDocDefaults().getDomNode(), "rPrDefault", "rPr");
            }
        }
        this.defaultRun = def;
    }

    /** The style's name in lower case ("heading 1", "title", "标题 1"), or "" when unknown. */
    String name(String id) {
        return id == null ? "" : names.getOrDefault(id, id.toLowerCase(Locale.ROOT));
    }

    /** Heading level 1–9 of a style by its name or its outline level, or 0. */
    int headingLevel(String id) {
        for (String at : chain(id)) {
            String n = name(at);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:heading|标题)\\s*(\\d)$").matcher(n);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        int outline = outlineLevel(id);
        return outline >= 0 && outline < 9 ? outline + 1 : 0;
    }

    boolean isTitle(String id) {
        String n = name(id);
        return n.equals("title") || n.equals("标题");
    }

    boolean isCaption(String id) {
        String n = name(id);
        return n.equals("caption") || n.equals("题注");
    }

    boolean isQuote(String id) {
        String n = name(id);
        return n.equals("quote") || n.equals("intense quote") || n.equals("引用") || n.equals("明显引用");
    }

    /** The style's outline level (0-based, w:outlineLvl), or -1. */
    int outlineLevel(String id) {
        for (String at : chain(id)) {
            Element lvl = Dom.path(byId.get(at), "pPr", "outlineLvl");
            if (lvl != null) {
                return Dom.integer(Dom.val(lvl), -1);
            }
        }
        return -1;
    }

    /** The style's paragraph numbering {@code numPr}, or null. */
    Element numPr(String id) {
        for (String at : chain(id)) {
            Element n = Dom.path(byId.get(at), "pPr", "numPr");
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** An on/off run property ("b", "i", "vanish") set by the style, or null. */
    Boolean runFlag(String id, String flag) {
        for (String at : chain(id)) {
            Boolean b = Dom.flag(Dom.path(byId.get(at), "rPr"), flag);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    /** The run size in half-points the style gives (or the document default), or 0. */
    int size(String id) {
        for (String at : chain(id)) {
            Element sz = Dom.path(byId.get(at), "rPr", "sz");
            if (sz != null) {
                return Dom.integer(Dom.val(sz), 0);
            }
        }
        Element sz = Dom.child(defaultRun, "sz");
        return sz == null ? 0 : Dom.integer(Dom.val(sz), 0);
    }

    /** The style's paragraph alignment (w:jc), or null. */
    String alignment(String id) {
        for (String at : chain(id)) {
            Element jc = Dom.path(byId.get(at), "pPr", "jc");
            if (jc != null) {
                return Dom.val(jc);
            }
        }
        return null;
    }

    /** The default paragraph style's id (Normal), or null. */
    String normal() {
        for (Map.Entry<String, Element> e : byId.entrySet()) {
            if ("1".equals(Dom.attr(e.getValue(), "default")) && "paragraph".equals(Dom.attr(e.getValue(), "type"))) {
                return e.getKey();
            }
        }
        return null;
    }

    private String basedOn(String id) {
        Element b = Dom.child(byId.get(id), "basedOn");
        String next = b == null ? null : Dom.val(b);
        return next == null || next.equals(id) ? null : next;
    }

    /** The style and those it is based on, nearest first (a circle of styles is cut where it closes). */
    private java.util.List<String> chain(String id) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String at = id; at != null && seen.add(at); at = basedOn(at)) {
            out.add(at);
        }
        return out;
    }
}
