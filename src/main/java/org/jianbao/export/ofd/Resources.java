package org.jianbao.export.ofd;

/** Where resource files live in the package: the folder named by the resource files' BaseLoc. */
final class Resources {
    /** The document's folder in the package (OFD.xml's DocRoot is {@code Doc_0/Document.xml}). */
    static final String DOC = "Doc_0/";
    /** BaseLoc of PublicRes.xml and DocumentRes.xml, relative to the document's folder (表 18). */
    static final String FOLDER = "Res";

    private Resources() {
    }
}
