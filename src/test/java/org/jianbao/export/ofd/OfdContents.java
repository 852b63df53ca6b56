package org.jianbao.export.ofd;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.OFDReader;

/** What ofdrw's reader finds in an OFD file: the text of each page, TextCode after TextCode in drawing order. */
final class OfdContents {
    private OfdContents() {
    }

    static List<String> pageTexts(Path ofd) throws IOException {
        List<String> pages = new ArrayList<>();
        try (OFDReader reader = new OFDReader(ofd)) {
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                Page page = reader.getPage(p);
                StringBuilder s = new StringBuilder();
                for (CT_Layer layer : page.getContent().getLayers()) {
                    for (PageBlockType block : layer.getPageBlocks()) {
                        if (block instanceof TextObject t) {
                            for (TextCode c : t.getTextCodes()) {
                                s.append(c.getContent());
                            }
                            s.append('\n');
                        }
                    }
                }
                pages.add(s.toString());
            }
        }
        return pages;
    }
}
