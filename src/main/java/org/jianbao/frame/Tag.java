package org.jianbao.frame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node of the document's logical structure (tagged PDF, ISO 32000-1 §14.8): a standard
 * structure type such as {@code Sect}, {@code H1}, {@code P}, {@code Table}, {@code TD},
 * {@code Figure}, with its children in reading order. Content carries the tag of the leaf it
 * belongs to; page furniture (rules, folios, repeated table headers) carries an artifact tag
 * instead and stays out of the reading order.
 */
public final class Tag {
    /** Decoration: rules, the masthead's red lines. */
    public static final Tag LAYOUT = new Tag("Artifact", null, "Layout");
    /** Page furniture: folios, a table header repeated on a continuation page. */
    public static final Tag PAGINATION = new Tag("Artifact", null, "Pagination");
    /** The masthead's red rules: decoration that 套打 paper has printed already. */
    public static final Tag PREPRINTED_RULE = new Tag("Artifact", null, "Layout").preprinted();
    /** A watermark: page furniture printed under the content. */
    public static final Tag WATERMARK = new Tag("Artifact", null, "Pagination");

    private final String role;
    private Tag parent;
    private final String artifactType;
    /** The children, null while there are none (most nodes of a huge table are leaves). */
    private List<Tag> kids;
    /** What few nodes have (alternative text, language, a table cell's scope and spans), null for none. */
    private Extra extra;
    private boolean preprinted;

    private static final class Extra {
        String alt;
        String lang;
        String scope;
        int rowSpan = 1;
        int colSpan = 1;
    }

    private Extra extra() {
        if (extra == null) {
            extra = new Extra();
        }
        return extra;
    }

    private Tag(String role, Tag parent, String artifactType) {
        this.role = role;
        this.parent = parent;
        this.artifactType = artifactType;
    }

    /** A new structure tree: its root, of type Document. */
    public static Tag document() {
        return new Tag("Document", null, null);
    }

    /** A new child of this node, after the children it already has. */
    public Tag add(String role) {
        Tag t = new Tag(role, this, null);
        if (kids == null) {
            kids = new ArrayList<>(2);
        }
        kids.add(t);
        return t;
    }

    /**
     * A new child of this node, of type {@code role}, that takes over the children of {@code tree}, the
     * root of a structure made on its own (an issue bound into a volume becomes a {@code Part} of the
     * volume's Document). The content marked with those nodes stays theirs; {@code tree} is left
     * empty.
     */
    public Tag adopt(String role, Tag tree) {
        Tag root = this;
        while (root.parent != null) {
            root = root.parent;
        }
        if (tree.parent != null || tree == root) {
            throw new IllegalArgumentException("only the root of another tree can be adopted");
        }
        Tag t = add(role);
        if (tree.lang() != null) {
            t.lang(tree.lang());
        }
        for (Tag kid : tree.kids()) {
            kid.parent = t;
            if (t.kids == null) {
                t.kids = new ArrayList<>();
            }
            t.kids.add(kid);
        }
        tree.kids = null;
        return t;
    }

    /** Removes this node's children: a part that is set again (the contents list, once its page numbers are known). */
    public Tag clear() {
        for (Tag kid : kids()) {
            kid.parent = null;
        }
        kids = null;
        return this;
    }

    public String role() {
        return role;
    }

    public Tag parent() {
        return parent;
    }

    public List<Tag> kids() {
        return kids == null ? List.of() : Collections.unmodifiableList(kids);
    }

    public boolean isArtifact() {
        return artifactType != null;
    }

    /** For an artifact: Layout or Pagination. */
    public String artifactType() {
        return artifactType;
    }

    /** Alternative text (a figure's description). */
    public String alt() {
        return extra == null ? null : extra.alt;
    }

    public Tag alt(String text) {
        extra().alt = text;
        return this;
    }

    /** Language of the node's content when it differs from the document's (zh-TW in a zh-CN issue). */
    public String lang() {
        return extra == null ? null : extra.lang;
    }

    public Tag lang(String tag) {
        extra().lang = tag;
        return this;
    }

    /**
     * Whether this node's content is printed in advance on 套打 paper (the masthead's name and its
     * red rules): an overprint variant leaves it out and keeps everything else where it was.
     */
    public boolean isPreprinted() {
        return preprinted;
    }

    public Tag preprinted() {
        this.preprinted = true;
        return this;
    }

    /** For a table header cell: Column or Row. */
    public String scope() {
        return extra == null ? null : extra.scope;
    }

    public Tag scope(String s) {
        extra().scope = s;
        return this;
    }

    /** For a table cell: the rows and columns it spans. */
    public Tag span(int rows, int cols) {
        if (rows != 1 || cols != 1 || extra != null) {
            extra().rowSpan = rows;
            extra().colSpan = cols;
        }
        return this;
    }

    public int rowSpan() {
        return extra == null ? 1 : extra.rowSpan;
    }

    public int colSpan() {
        return extra == null ? 1 : extra.colSpan;
    }

    @Override
    public String toString() {
        return role;
    }
}
