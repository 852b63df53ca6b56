package org.jianbao.export.ofd;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jianbao.frame.Tag;
import org.ofdrw.core.Const;
import org.ofdrw.core.OFDElement;

/**
 * The document's logical structure (the tree a tagged PDF carries: Sect, H1–H6, P, L/LI, Table,
 * TR/TH/TD, Figure, Caption, TOC, Link …) kept as a custom tag (GB/T 33190-2016 §16, 表 63): an
 * index file {@code CustomTags.xml} naming a tag file of jianbao's own vocabulary, whose elements
 * are the structure nodes in reading order and whose leaves point at the page objects drawn for
 * them with {@code ofd:ObjectRef PageRef="page id"}, the standard's way of tagging content without
 * touching it. Artifacts (rules, folios, repeated table headers) are not in the tree. Readers
 * draw pages without it; it is there for whoever processes the document's content.
 */
final class StructureTags {
    /** The tag file's namespace and type: jianbao's structure vocabulary (the roles of ISO 32000-1 §14.8.4). */
    static final String NAMESPACE = "urn:jianbao:structure";
    static final String TYPE_ID = "jianbao-structure";
    /** Where the index and the tag file live, relative to the document's folder; FileLoc is relative to the index. */
    static final String INDEX = "Tags/CustomTags.xml";
    static final String FILE = "Structure.xml";

    /**
     * The objects drawn for each node, as a chain through three arrays (a huge table has hundreds of
     * thousands): the node's first and last entry, and for each entry its page, its object and the
     * node's next entry (−1 at the end).
     */
    private final Map<Tag, int[]> chains = new IdentityHashMap<>();
    private long[] pages = new long[256];
    private long[] objectIds = new long[256];
    private int[] next = new int[256];
    private int n;

    /** Notes that object {@code objectId} on page {@code pageId} is content of {@code tag}. */
    void add(Tag tag, long pageId, long objectId) {
        if (tag.isArtifact()) {
            return;
        }
        if (n == pages.length) {
            pages = Arrays.copyOf(pages, 2 * n);
            objectIds = Arrays.copyOf(objectIds, 2 * n);
            next = Arrays.copyOf(next, 2 * n);
        }
        pages[n] = pageId;
        objectIds[n] = objectId;
        next[n] = -1;
        int[] chain = chains.get(tag);
        if (chain == null) {
            chains.put(tag, new int[] {n, n});
        } else {
            next[chain[1]] = n;
            chain[1] = n;
        }
        n++;
    }

    boolean isEmpty() {
        return chains.isEmpty();
    }

    /** CustomTags.xml: one CustomTag of type {@link #TYPE_ID} whose file is {@link #FILE}. */
    OFDElement index() {
        OFDElement tag = OFDElement.getInstance("CustomTag");
        tag.addAttribute("TypeID", TYPE_ID);
        tag.addAttribute("NameSpace", NAMESPACE);
        OFDElement file = OFDElement.getInstance("FileLoc");
        file.setText(FILE);
        tag.add(file);
        OFDElement tags = OFDElement.getInstance("CustomTags");
        tags.add(tag);
        return tags;
    }

    /**
     * The tag file: the structure tree from {@code root}, each node's objects before its children,
     * written as it is walked (a huge table's tree as elements would take hundreds of megabytes),
     * byte for byte as dom4j writes the same tree: the XML declaration on a line of its own, the
     * structure namespace as the default and the ofd prefix declared on the root, empty elements
     * closed with {@code />}, attribute values escaped as dom4j escapes them.
     */
    void tree(Tag root, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        node(root, w, " xmlns=\"" + NAMESPACE + "\" xmlns:" + Const.OFD_VALUE + "=\"" + Const.OFD_NAMESPACE_URI + "\"");
        w.flush();
    }

    private void node(Tag tag, Writer w, String namespaces) throws IOException {
        w.write('<');
        w.write(tag.role());
        w.write(namespaces);
        attribute(w, "Alt", tag.alt());
        attribute(w, "Lang", tag.lang());
        attribute(w, "Scope", tag.scope());
        attribute(w, "RowSpan", tag.rowSpan() != 1 ? Integer.toString(tag.rowSpan()) : null);
        attribute(w, "ColSpan", tag.colSpan() != 1 ? Integer.toString(tag.colSpan()) : null);
        int[] chain = chains.get(tag);
        if (chain == null && tag.kids().isEmpty()) {
            w.write("/>");
            return;
        }
        w.write('>');
        for (int i = chain == null ? -1 : chain[0]; i >= 0; i = next[i]) {
            w.write("<" + Const.OFD_VALUE + ":ObjectRef PageRef=\"");
            w.write(Long.toString(pages[i]));
            w.write("\">");
            w.write(Long.toString(objectIds[i]));
            w.write("</" + Const.OFD_VALUE + ":ObjectRef>");
        }
        for (Tag kid : tag.kids()) {
            node(kid, w, "");
        }
        w.write("</");
        w.write(tag.role());
        w.write('>');
    }

    /** An attribute as dom4j writes it (its escapes for a value in double quotes), or nothing for null. */
    private static void attribute(Writer w, String name, String value) throws IOException {
        if (value == null) {
            return;
        }
        w.write(' ');
        w.write(name);
        w.write("=\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> w.write("&lt;");
                case '>' -> w.write("&gt;");
                case '"' -> w.write("&quot;");
                case '&' -> w.write("&amp;");
                case '\t', '\n', '\r' -> w.write(c);
                default -> {
                    if (c < 32) {
                        w.write("&#" + (int) c + ";");
                    } else {
                        w.write(c);
                    }
                }
            }
        }
        w.write('"');
    }
}
