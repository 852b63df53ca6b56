package org.jianbao.importer.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading WordprocessingML elements by local name (ECMA-376 Part 1, §17). */
final class Dom {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Dom() {
    }

    static String name(Node n) {
        String local = n.getLocalName();
        return local != null ? local : n.getNodeName().replaceFirst("^.*:", "");
    }

    /** The child elements of {@code e}, in order. */
    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        if (e != null) {
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element el) {
                    out.add(el);
                }
            }
        }
        return out;
    }

    static List<Element> children(Element e, String name) {
        return children(e).stream().filter(c -> name(c).equals(name)).toList();
    }

    /** The first child named {@code name}, or null. */
    static Element child(Element e, String name) {
        for (Element c : children(e)) {
            if (name(c).equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** {@code e/a/b/…}, or null. */
    static Element path(Element e, String... names) {
        Element at = e;
        for (String n : names) {
            at = child(at, n);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /** The {@code w:val} attribute, or null. */
    static String val(Element e) {
        return attr(e, "val");
    }

    /** An attribute in the w: namespace (or without one), or null. */
    static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, name);
        if (v == null || v.isEmpty()) {
            v = e.getAttribute("w:" + name);
        }
        return v == null || v.isEmpty() ? null : v;
    }

    /** An on/off property ({@code <w:b/>}, {@code <w:b w:val="0"/>}): null when absent. */
    static Boolean flag(Element props, String name) {
        Element f = child(props, name);
        if (f == null) {
            return null;
        }
        String v = val(f);
        return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
    }

    static int integer(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The text of an element and its descendants (XMLBeans' DOM has no getTextContent). */
    static String text(Node n) {
        StringBuilder s = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                s.append(c.getNodeValue());
            } else if (c instanceof Element) {
                s.append(text(c));
            }
        }
        return s.toString();
    }

    /** Every descendant element named {@code name}, in document order. */
    static List<Element> descendants(Element e, String name) {
        List<Element> out = new ArrayList<>();
        collect(e, name, out);
        return out;
    }

    private static void collect(Element e, String name, List<Element> out) {
        for (Element c : children(e)) {
            if (name(c).equals(name)) {
                out.add(c);
            }
            collect(c, name, out);
        }
    }
}
