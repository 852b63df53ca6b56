package org.jianbao.export;

import java.io.IOException;
import org.jianbao.frame.Document;

/**
 * Writes a laid-out document in one file format. An exporter only walks the frames: it decides
 * nothing about layout. A format of one file (PDF, OFD) writes one; page images write one per page.
 */
public interface Exporter {

    /** Writes {@code doc} to {@code out}, each file named by the suffix it adds to the output's name. */
    void export(Document doc, Output out) throws IOException;
}
