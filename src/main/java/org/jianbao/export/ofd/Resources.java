package org.jianbao.export.ofd;

/** Where things live in the package (GB/T 33190-2016 §7.9 for resources). */
final class Resources {
    /** The document's folder in the package (OFD.xml's DocRoot is {@code Doc_0/Document.xml}). */
    static final String DOC = "Doc_0/";
    /** BaseLoc of PublicRes.xml and DocumentRes.xml, relative to the document's folder (§7.9). */
    static final String FOLDER = "Res";
    /** The resources shared by documents (the fonts), relative to the document's folder. */
    static final String PUBLIC = "PublicRes.xml";
    /** The document's own resources (the pictures), relative to the document's folder. */
    static final String DOCUMENT = "DocumentRes.xml";

    private Resources() {
    }
}
