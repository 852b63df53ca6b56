package org.jianbao.export.ofd;

import java.io.IOException;
import org.dom4j.Element;
import org.ofdrw.core.DefaultElementProxy;
import org.ofdrw.pkg.tool.ElemCup;

/** An element tree as the bytes of an XML file: UTF-8, compact (no indentation), the ofd namespace on the root. */
final class Xml {
    private Xml() {
    }

    static byte[] bytes(Element root) throws IOException {
        Element e = root;
        while (e instanceof DefaultElementProxy p) {
            e = p.getProxy();
        }
        return ElemCup.dump(e);
    }
}
