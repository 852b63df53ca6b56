package com.lowagie.text.pdf;

import com.lowagie.text.error_messages.MessageLocalization;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * jianbao's structure tree (part of jianbao, not of OpenPDF; in this package for the writer's
 * package-private hooks, as {@link EmbeddedSubsetFont}). It writes exactly what OpenPDF's
 * {@link PdfStructureTreeRoot} with a {@link PdfStructureElement} per node writes — the same
 * objects, numbered alike, in the same order, with the same marked-content operators — but keeps
 * each node as a few numbers until the document is closed, instead of a dictionary of objects: a
 * tagged table of 50,000 rows has 300,000 nodes, which OpenPDF's elements hold in about 140 MB
 * until the end, these in about 7 MB.
 *
 * <p>Nodes are added parent before child, children in reading order ({@link #add}); content is
 * marked with {@link #begin} and {@link #end}; link annotations are tied to their node with
 * {@link #annotation}. At the document's end the writer calls {@link #buildTree}, which writes the
 * parent tree and then every node, children before their parent, as OpenPDF does.
 */
public final class LeanStructureTree extends PdfStructureTreeRoot {
    private static final PdfName STRUCT_ELEM = new PdfName("StructElem");

    private final PdfWriter writer;
    private final Map<String, PdfName> roles = new HashMap<>();
    private int n;
    private int[] parent = new int[64];
    private int[] number = new int[64];
    /** The node's first marked-content id while it is its only content (OpenPDF's K as a number), else -1. */
    private int[] mark = new int[64];
    /** The object number of the page of the node's first marked content (its PG), 0 for none. */
    private int[] page = new int[64];
    private boolean[] hasKids = new boolean[64];
    private PdfName[] role = new PdfName[64];
    /** Alt, Lang and attributes of the few nodes that have them, in the order they were given. */
    private final Map<Integer, PdfDictionary> extras = new HashMap<>();
    /**
     * A node's K when it is more than its kids or one mark: a leaf marked more than once (the mark
     * and the marked-content references), or any node with link annotations (their object references
     * after its kids).
     */
    private final Map<Integer, PdfArray> moreK = new HashMap<>();

    /** The parent tree: for each key, a page's marked nodes (an int list of object numbers) or an annotation's node. */
    private final Map<Integer, Object> parentTree = new HashMap<>();
    private final Map<Integer, Integer> pageKeys = new HashMap<>();
    private int nextKey;

    private LeanStructureTree(PdfWriter writer) {
        super(writer);
        this.writer = writer;
    }

    /**
     * Makes this the structure tree root of {@code writer}, which must be tagged and must not have
     * made its own root yet (its object number is taken now, where OpenPDF would take it on first
     * use).
     */
    public static LeanStructureTree install(PdfWriter writer) {
        if (!writer.isTagged() || writer.structureTreeRoot != null) {
            throw new IllegalStateException("the writer must be tagged and have no structure tree yet");
        }
        LeanStructureTree tree = new LeanStructureTree(writer);
        writer.structureTreeRoot = tree;
        return tree;
    }

    /**
     * Adds a node of type {@code role} as the last child of node {@code parentNode} (−1: of the
     * root), with its alternative text, language and attributes (each may be null); returns the node.
     */
    public int add(int parentNode, String role, String alt, String lang, PdfDictionary attributes) {
        if (parentNode >= n || parentNode < -1) {
            throw new IllegalArgumentException("no node " + parentNode);
        }
        if (n == number.length) {
            int c = 2 * n;
            parent = Arrays.copyOf(parent, c);
            number = Arrays.copyOf(number, c);
            mark = Arrays.copyOf(mark, c);
            page = Arrays.copyOf(page, c);
            hasKids = Arrays.copyOf(hasKids, c);
            this.role = Arrays.copyOf(this.role, c);
        }
        int e = n++;
        if (parentNode < 0) {
            // OpenPDF: the root's K array, made with its first kid
            PdfObject k = get(PdfName.K);
            if (k == null) {
                k = new PdfArray();
                put(PdfName.K, k);
            }
            number[e] = writer.getPdfIndirectReference().getNumber();
            ((PdfArray) k).add(reference(number[e]));
        } else {
            hasKids[parentNode] = true;
            number[e] = writer.getPdfIndirectReference().getNumber();
        }
        parent[e] = parentNode;
        mark[e] = -1;
        this.role[e] = roles.computeIfAbsent(role, PdfName::new);
        if (alt != null || lang != null || attributes != null) {
            PdfDictionary x = new PdfDictionary();
            if (alt != null) {
                x.put(PdfName.ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
            }
            if (lang != null) {
                x.put(PdfName.LANG, new PdfString(lang));
            }
            if (attributes != null) {
                x.put(PdfName.A, attributes);
            }
            extras.put(e, x);
        }
        return e;
    }

    /** Opens a marked-content sequence of node {@code e} in {@code cb}, as {@code beginMarkedContentSequence(element)}. */
    public void begin(PdfContentByte cb, int e) {
        int m = cb.pdf.getMarkPoint();
        int pageIndex = writer.getPageNumber() - 1;
        PdfArray more = moreK.get(e);
        if (hasKids[e] || more != null || mark[e] >= 0) {
            PdfArray ar;
            if (more == null && !hasKids[e]) {
                ar = new PdfArray();
                ar.add(new PdfNumber(mark[e]));
                moreK.put(e, ar);
                mark[e] = -1;
            } else if (!hasKids[e] && more.getPdfObject(0).isNumber()) {
                ar = more;
            } else {
                throw new IllegalArgumentException(MessageLocalization.getComposedMessage("the.structure.has.kids"));
            }
            PdfDictionary mcr = new PdfDictionary(PdfName.MCR);
            mcr.put(PdfName.PG, writer.getCurrentPage());
            mcr.put(PdfName.MCID, new PdfNumber(m));
            ar.add(mcr);
            marked(pageIndex, e);
        } else {
            mark[e] = m;
            marked(pageIndex, e);
            page[e] = writer.getCurrentPage().getNumber();
        }
        cb.pdf.incMarkPoint();
        PdfDictionary props = new PdfDictionary();
        props.put(PdfName.MCID, new PdfNumber(m));
        try {
            cb.content.append(role[e].getBytes()).append(" ");
            props.toPdf(writer, cb.content);
        } catch (IOException ex) {
            throw new com.lowagie.text.ExceptionConverter(ex);
        }
        cb.content.append(" BDC").append_i(cb.separator);
    }

    /** Closes the marked-content sequence opened by {@link #begin}. */
    public void end(PdfContentByte cb) {
        cb.content.append("EMC").append_i(cb.separator);
    }

    /**
     * Ties annotation {@code a} to node {@code e}: an object reference (OBJR) among the node's kids,
     * and the annotation's /StructParent entry in the parent tree.
     */
    public void annotation(int e, PdfAnnotation a) {
        PdfIndirectReference ref = a.getIndirectReference();
        int key = addExistingObject(reference(number[e]));
        a.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
        objr.put(PdfName.OBJ, ref);
        objr.put(PdfName.PG, writer.getCurrentPage());
        PdfArray kids = moreK.get(e);
        if (kids == null) {
            kids = new PdfArray();
            if (mark[e] >= 0) {
                kids.add(new PdfNumber(mark[e]));
                mark[e] = -1;
            }
            moreK.put(e, kids);
        }
        kids.add(objr);
    }

    private void marked(int pageIndex, int e) {
        @SuppressWarnings("unchecked")
        IntList refs = (IntList) parentTree.get(getOrCreatePageKey(pageIndex));
        refs.add(number[e]);
    }

    @Override
    public int addExistingObject(PdfIndirectReference struc) {
        int key = nextKey++;
        parentTree.put(key, struc);
        return key;
    }

    @Override
    void setPageMark(int pageIndex, PdfIndirectReference struc) {
        ((IntList) parentTree.get(getOrCreatePageKey(pageIndex))).add(struc.getNumber());
    }

    @Override
    int getOrCreatePageKey(int pageIndex) {
        Integer key = pageKeys.get(pageIndex);
        if (key == null) {
            key = nextKey++;
            parentTree.put(key, new IntList());
            pageKeys.put(pageIndex, key);
        }
        return key;
    }

    @Override
    void buildTree() throws IOException {
        Map<Integer, PdfIndirectReference> numTree = new HashMap<>();
        for (Integer i : parentTree.keySet()) {
            Object v = parentTree.get(i);
            if (v instanceof PdfIndirectReference r) {
                numTree.put(i, r);
            } else {
                PdfArray ar = new PdfArray();
                IntList refs = (IntList) v;
                for (int k = 0; k < refs.size; k++) {
                    ar.add(reference(refs.values[k]));
                }
                numTree.put(i, writer.addToBody(ar).getIndirectReference());
            }
        }
        PdfDictionary dicTree = PdfNumberTree.writeTree(numTree, writer);
        if (dicTree != null) {
            put(PdfName.PARENTTREE, writer.addToBody(dicTree).getIndirectReference());
        }
        // every node after its kids, as OpenPDF's nodeProcess writes them
        int[] end = new int[n];
        for (int e = 0; e < n; e++) {
            end[e] = e + 1;
        }
        for (int e = n - 1; e >= 0; e--) {
            if (parent[e] >= 0) {
                end[parent[e]] = Math.max(end[parent[e]], end[e]);
            }
        }
        for (int e = 0; e < n; e = end[e]) {
            write(e, end);
        }
        writer.addToBody(this, getReference());
    }

    private void write(int e, int[] end) throws IOException {
        List<Integer> kids = new ArrayList<>();
        for (int k = e + 1; k < end[e]; k = end[k]) {
            kids.add(k);
        }
        for (int k : kids) {
            write(k, end);
        }
        PdfDictionary d = new PdfDictionary();
        d.put(PdfName.S, role[e]);
        d.put(PdfName.P, parent[e] < 0 ? getReference() : reference(number[parent[e]]));
        d.put(PdfName.TYPE, STRUCT_ELEM);
        PdfDictionary x = extras.get(e);
        if (x != null) {
            for (PdfName key : List.of(PdfName.ALT, PdfName.LANG, PdfName.A)) {
                if (x.contains(key)) {
                    d.put(key, x.get(key));
                }
            }
        }
        PdfArray more = moreK.get(e);
        if (!kids.isEmpty()) {
            PdfArray k = new PdfArray();
            for (int kid : kids) {
                k.add(reference(number[kid]));
            }
            if (more != null) {
                for (int i = 0; i < more.size(); i++) {
                    k.add(more.getPdfObject(i));
                }
            }
            d.put(PdfName.K, k);
        } else if (more != null) {
            d.put(PdfName.K, more);
        } else if (mark[e] >= 0) {
            d.put(PdfName.K, new PdfNumber(mark[e]));
        }
        if (page[e] != 0) {
            d.put(PdfName.PG, reference(page[e]));
        }
        writer.addToBody(d, reference(number[e]));
    }

    private static PdfIndirectReference reference(int number) {
        return new PdfIndirectReference(PdfObject.DICTIONARY, number, 0);
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] values = new int[8];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }
    }
}
