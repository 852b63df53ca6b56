package org.jianbao.font;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Test access to a face's raw tables. */
final class FontLibraryTestAccess {
    private FontLibraryTestAccess() {
    }

    static byte[] cffTable(Face face) throws IOException {
        ByteBuffer b = SfntFile.open(face.path()).directory(face.index()).table("CFF ");
        byte[] out = new byte[b.limit()];
        b.get(0, out);
        return out;
    }
}
