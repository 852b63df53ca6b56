package org.jianbao.export.ofd;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.QName;
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

    private final Map<Tag, List<long[]>> objects = new IdentityHashMap<>();

    /** Notes that object {@code objectId} on page {@code pageId} is content of {@code tag}. */
    void add(Tag tag, long pageId, long objectId) {
        if (!tag.isArtifact()) {
            objects.computeIfAbsent(tag, t -> new ArrayList<>()).add(new long[] {pageId, objectId});
        }
    }

    boolean isEmpty() {
        return objects.isEmpty();
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

    /** The tag file: the structure tree from {@code root}, each node's objects before its children. */
    Element tree(Tag root) {
        Element e = node(root);
        e.addNamespace(Const.OFD_VALUE, Const.OFD_NAMESPACE_URI);
        return e;
    }

    private Element node(Tag tag) {
        Element e = DocumentHelper.createElement(QName.get(tag.role(), NAMESPACE));
        if (tag.alt() != null) {
            e.addAttribute("Alt", tag.alt());
        }
        if (tag.lang() != null) {
            e.addAttribute("Lang", tag.lang());
        }
        if (tag.scope() != null) {
            e.addAttribute("Scope", tag.scope());
        }
        if (tag.rowSpan() != 1) {
            e.addAttribute("RowSpan", Integer.toString(tag.rowSpan()));
        }
        if (tag.colSpan() != 1) {
            e.addAttribute("ColSpan", Integer.toString(tag.colSpan()));
        }
        for (long[] ref : objects.getOrDefault(tag, List.of())) {
            Element r = DocumentHelper.createElement(QName.get("ObjectRef", Const.OFD_NAMESPACE));
            r.addAttribute("PageRef", Long.toString(ref[0]));
            r.setText(Long.toString(ref[1]));
            e.add(r);
        }
        for (Tag kid : tag.kids()) {
            e.add(node(kid));
        }
        return e;
    }
}
