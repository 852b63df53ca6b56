package org.jianbao.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an exporter's files go: a folder (each file written atomically) or memory. Files are named
 * by a suffix to the output's base name: {@code ".pdf"}, {@code "-p3.png"}.
 */
public interface Output {

    /** The bytes of one file, written to the stream it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the file {@code suffix} with {@code content}; on failure nothing of it is left behind. */
    void file(String suffix, Content content) throws IOException;
}
