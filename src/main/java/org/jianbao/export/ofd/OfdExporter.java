package org.jianbao.export.ofd;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.export.Exporter;
import org.jianbao.export.Output;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.ofdrw.core.OFDElement;
import org.ofdrw.core.basicStructure.ofd.DocBody;
import org.ofdrw.core.basicStructure.ofd.OFD;

/**
 * Writes a laid-out {@link Document} as OFD (GB/T 33190-2016): one document {@code Doc_0} whose
 * pages hold a layer of text, path and image objects in the frames' drawing order, its fonts as
 * embedded OpenType subsets ({@code PublicRes.xml}), its pictures ({@code DocumentRes.xml}), the
 * bookmarks as its outline, links as page actions, the structure tree as a custom tag, and the
 * metadata in {@code OFD.xml}. The same document always gives the same bytes.
 */
public final class OfdExporter implements Exporter {

    /**
     * Loads the OFD writer's classes (ofdrw's elements, dom4j, the zip writer) ahead of need, as
     * {@code PdfExporter.warmUp()} does for the PDF writer: a blank page written to nowhere. Meant
     * for a background thread at start-up when OFD is to be written.
     */
    public static void warmUp() {
        try {
            Document blank = new Document(List.of(new Frame(10, 10, List.of())), List.of(),
                    new org.jianbao.frame.Metadata("", "", "", "", "zh-CN", null),
                    org.jianbao.frame.Tag.document());
            new OfdExporter().write(blank, OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // only a head start: the real document reports its own problems
        }
    }

    @Override
    public void export(Document doc, Output out) throws IOException {
        out.file(".ofd", s -> write(doc, s));
    }

    public void write(Document doc, OutputStream out) throws IOException {
        if (doc.pages().isEmpty()) {
            throw new IOException("the document has no pages");
        }
        Ids ids = new Ids();
        FontResources fonts = new FontResources();
        ImageResources images = new ImageResources();
        // fonts first, in order of first use, so that their ids come before the pages'
        for (Frame f : doc.pages()) {
            for (FrameItem item : f.items()) {
                FrameItem inner = item instanceof FrameItem.Marked m ? m.item() : item;
                if ((inner instanceof FrameItem.Rotated t ? t.item() : inner) instanceof FrameItem.GlyphRun r) {
                    fonts.use(r.face(), r.text(), ids);
                }
            }
        }
        List<Long> pageIds = new ArrayList<>();
        List<String> pageLocs = new ArrayList<>();
        for (int p = 0; p < doc.pages().size(); p++) {
            pageIds.add(ids.next());
            pageLocs.add("Pages/Page_" + p + "/Content.xml");
        }
        // each page's file packed as soon as it is made: a huge document's pages are never all held as XML
        Map<String, Packed> pages = new LinkedHashMap<>();
        StructureTags structure = new StructureTags();
        PageWriter writer = new PageWriter(ids, fonts, images, pageIds, structure);
        Frame first = doc.pages().get(0);
        for (int p = 0; p < doc.pages().size(); p++) {
            pages.put(Resources.DOC + pageLocs.get(p), Packed.of(Xml.bytes(writer.page(doc.pages().get(p), p, first))));
        }
        boolean tagged = doc.structure() != null && !structure.isEmpty();

        // every entry but OFD.xml, in the order written: XML and fonts deflated, pictures stored
        Map<String, Packed> deflated = new LinkedHashMap<>();
        deflated.put(Resources.DOC + "Document.xml",
                Packed.of(Xml.bytes(DocumentXml.of(doc, pageIds, pageLocs, ids.last(), !fonts.isEmpty(),
                        !images.isEmpty(), tagged))));
        if (!fonts.isEmpty()) {
            deflated.put(Resources.DOC + Resources.PUBLIC, Packed.of(Xml.bytes(fonts.res())));
        }
        if (!images.isEmpty()) {
            deflated.put(Resources.DOC + Resources.DOCUMENT, Packed.of(Xml.bytes(images.res())));
        }
        deflated.putAll(pages);
        pages.clear();
        if (tagged) {
            deflated.put(Resources.DOC + StructureTags.INDEX, Packed.of(Xml.bytes(structure.index())));
            String folder = StructureTags.INDEX.substring(0, StructureTags.INDEX.lastIndexOf('/') + 1);
            Packed.Packer tree = new Packed.Packer();
            structure.tree(doc.structure(), tree);
            deflated.put(Resources.DOC + folder + StructureTags.FILE, tree.packed());
        }
        String folder = Resources.DOC + Resources.FOLDER + "/";
        for (FontResources.FontFile f : fonts.files()) {
            deflated.put(folder + f.name(), Packed.of(f.bytes()));
        }
        Map<String, byte[]> stored = new LinkedHashMap<>();
        for (ImageResources.Image img : images.images()) {
            stored.put(folder + img.name(), img.bytes());
        }

        OfdZip zip = new OfdZip(out, doc.metadata().date());
        zip.deflated("OFD.xml", Xml.bytes(entry(doc, hash(deflated, stored))));
        for (var e : deflated.entrySet()) {
            zip.deflated(e.getKey(), e.getValue());
        }
        for (var e : stored.entrySet()) {
            zip.stored(e.getKey(), e.getValue());
        }
        zip.close();
    }

    /** OFD.xml, the package's entry (GB/T 33190-2016 图 3, 表 3): version 1.0, type OFD, the metadata, the document's root. */
    private static OFDElement entry(Document doc, byte[] contentHash) {
        OFD ofd = new OFD();
        ofd.addAttribute("Version", "1.0");
        DocBody body = new DocBody();
        body.add(DocInfo.of(doc.metadata(), contentHash));
        OFDElement root = OFDElement.getInstance("DocRoot");
        root.setText(Resources.DOC + "Document.xml");
        body.add(root);
        ofd.add(body);
        return ofd;
    }

    /** SHA-256 over every other entry's name and bytes: the DocID changes exactly when the content does. */
    private static byte[] hash(Map<String, Packed> deflated, Map<String, byte[]> stored) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (var e : deflated.entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                e.getValue().digest(md);
            }
            for (var e : stored.entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(e.getValue());
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
