package org.jianbao.export.ofd;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.ofdrw.core.OFDElement;
import org.ofdrw.core.basicStructure.doc.CT_CommonData;
import org.ofdrw.core.basicStructure.ofd.DocBody;
import org.ofdrw.core.basicStructure.ofd.OFD;
import org.ofdrw.core.basicStructure.outlines.Outlines;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageTree.Pages;
import org.ofdrw.core.basicStructure.res.Res;
import org.ofdrw.core.basicStructure.res.resources.Fonts;
import org.ofdrw.core.basicStructure.res.resources.MultiMedias;
import org.ofdrw.core.basicType.ST_Loc;

/**
 * Writes a laid-out {@link Document} as OFD (GB/T 33190-2016): one document {@code Doc_0} whose
 * pages hold a layer of text, path and image objects in the frames' drawing order, its fonts as
 * embedded OpenType subsets ({@code PublicRes.xml}), its pictures ({@code DocumentRes.xml}), the
 * bookmarks as its outline, links as page actions, and the metadata in {@code OFD.xml}. The same
 * document always gives the same bytes. One exporter writes one document.
 */
public final class OfdExporter {
    private final Ids ids = new Ids();
    private final FontResources fonts = new FontResources();
    private final ImageResources images = new ImageResources();
    /** Package entries other than OFD.xml, in the order they are written. */
    private final Map<String, byte[]> xml = new LinkedHashMap<>();

    public void write(Document doc, OutputStream out) throws IOException {
        if (doc.pages().isEmpty()) {
            throw new IOException("the document has no pages");
        }
        // fonts first, in order of first use, so that their ids come before the pages'
        for (Frame f : doc.pages()) {
            for (FrameItem item : f.items()) {
                if (unwrap(item) instanceof FrameItem.GlyphRun r) {
                    fonts.use(r.face(), r.text(), ids);
                }
            }
        }
        List<Long> pageIds = new ArrayList<>();
        for (int p = 0; p < doc.pages().size(); p++) {
            pageIds.add(ids.next());
        }
        Frame first = doc.pages().get(0);
        Pages pages = new Pages();
        for (int p = 0; p < doc.pages().size(); p++) {
            String loc = "Pages/Page_" + p + "/Content.xml";
            xml.put(Resources.DOC + loc, Xml.bytes(page(doc.pages().get(p), first, pageIds)));
            org.ofdrw.core.basicStructure.pageTree.Page ref = new org.ofdrw.core.basicStructure.pageTree.Page();
            ref.addAttribute("ID", Long.toString(pageIds.get(p)));
            ref.addAttribute("BaseLoc", loc);
            pages.add(ref);
        }
        byte[] document = Xml.bytes(document(doc, first, pages, pageIds));
        List<FontResources.FontFile> fontFiles = fonts.files();

        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(Resources.DOC + "Document.xml", document);
        entries.put(Resources.DOC + "PublicRes.xml", Xml.bytes(publicRes()));
        if (!images.images().isEmpty()) {
            entries.put(Resources.DOC + "DocumentRes.xml", Xml.bytes(documentRes()));
        }
        entries.putAll(xml);
        String res = Resources.DOC + Resources.FOLDER + "/";
        for (FontResources.FontFile f : fontFiles) {
            entries.put(res + f.name(), f.bytes());
        }
        Map<String, byte[]> stored = new LinkedHashMap<>();
        for (ImageResources.Image img : images.images()) {
            stored.put(res + img.name(), img.bytes());
        }

        OFD ofd = new OFD();
        ofd.addAttribute("Version", "1.0");   // the version GB/T 33190-2016 defines (表 3)
        DocBody body = new DocBody();
        body.add(DocInfo.of(doc.metadata(), hash(entries, stored)));
        OFDElement root = OFDElement.getInstance("DocRoot");
        root.setText(Resources.DOC + "Document.xml");
        body.add(root);
        ofd.add(body);

        OfdZip zip = new OfdZip(out, doc.metadata().date());
        zip.deflated("OFD.xml", Xml.bytes(ofd));
        for (var e : entries.entrySet()) {
            zip.deflated(e.getKey(), e.getValue());
        }
        for (var e : stored.entrySet()) {
            zip.stored(e.getKey(), e.getValue());
        }
        zip.close();
    }

    /** Document.xml (GB/T 33190-2016 §7.5, 表 5): common data, the page tree, the outline. */
    private OFDElement document(Document doc, Frame first, Pages pages, List<Long> pageIds) {
        Outlines outlines = OutlineWriter.of(doc.outline(), pageIds);
        org.ofdrw.core.basicStructure.doc.Document d = new org.ofdrw.core.basicStructure.doc.Document();
        CT_CommonData common = new CT_CommonData();
        OFDElement max = OFDElement.getInstance("MaxUnitID");
        max.setText(Long.toString(ids.last()));
        common.add(max);
        common.add(area("PageArea", first));
        common.add(loc("PublicRes", "PublicRes.xml"));
        if (!images.images().isEmpty()) {
            common.add(loc("DocumentRes", "DocumentRes.xml"));
        }
        d.add(common);
        d.add(pages);
        if (outlines != null) {
            d.add(outlines);
            // open with the outline shown and the title in the window, as the PDF does (表 8)
            OFDElement prefs = OFDElement.getInstance("VPreferences");
            prefs.add(loc("PageMode", "UseOutlines"));
            prefs.add(loc("TabDisplay", "DocTitle"));
            d.add(prefs);
        }
        return d;
    }

    /** A page's Content.xml (§7.7, 表 12): its size if not the document's, one layer, its links. */
    private OFDElement page(Frame f, Frame first, List<Long> pageIds) throws IOException {
        Page page = new Page();
        if (f.width() != first.width() || f.height() != first.height()) {
            page.add(area("Area", f));
        }
        CT_Layer layer = new CT_Layer();
        layer.addAttribute("ID", Long.toString(ids.next()));
        OFDElement actions = OFDElement.getInstance("Actions");
        for (FrameItem item : f.items()) {
            FrameItem it = unwrap(item);
            if (it instanceof FrameItem.GlyphRun r) {
                TextObjects.of(r, fonts.id(r.face()), ids).forEach(layer::add);
            } else if (it instanceof FrameItem.Rule r) {
                layer.add(Shapes.rule(r, ids));
            } else if (it instanceof FrameItem.Picture pic) {
                layer.add(Shapes.picture(pic, images.id(pic.file(), ids), ids));
            } else if (it instanceof FrameItem.UriLink u) {
                actions.add(Actions.uri(u));
            } else if (it instanceof FrameItem.Link l) {
                actions.add(Actions.goTo(l, pageIds));
            }
        }
        Content content = new Content();
        content.add(layer);
        page.add(content);
        if (!actions.elements().isEmpty()) {
            page.add(actions);
        }
        return page;
    }

    /** PublicRes.xml (§7.9): the fonts. */
    private OFDElement publicRes() {
        Res res = new Res();
        res.addAttribute("BaseLoc", Resources.FOLDER);
        Fonts list = new Fonts();
        fonts.elements().forEach(list::add);
        res.add(list);
        return res;
    }

    /** DocumentRes.xml (§7.9): the pictures. */
    private OFDElement documentRes() {
        Res res = new Res();
        res.addAttribute("BaseLoc", Resources.FOLDER);
        MultiMedias list = new MultiMedias();
        images.elements().forEach(list::add);
        res.add(list);
        return res;
    }

    /** A page area: the physical box in millimetres (CT_PageArea, 表 7). */
    private static OFDElement area(String name, Frame f) {
        OFDElement box = OFDElement.getInstance("PhysicalBox");
        box.setText(Mm.box(0, 0, f.width(), f.height()));
        OFDElement area = OFDElement.getInstance(name);
        area.add(box);
        return area;
    }

    private static OFDElement loc(String name, String text) {
        OFDElement e = OFDElement.getInstance(name);
        e.setText(text);
        return e;
    }

    private static FrameItem unwrap(FrameItem item) {
        return item instanceof FrameItem.Marked m ? m.item() : item;
    }

    /** SHA-256 over every entry's name and bytes: the DocID changes exactly when the content does. */
    private static byte[] hash(Map<String, byte[]> entries, Map<String, byte[]> stored) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map<String, byte[]> m : List.of(entries, stored)) {
                for (var e : m.entrySet()) {
                    md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update(e.getValue());
                }
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
