package org.jianbao.font;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** {@code name}: the full name (id 4) by which profiles refer to a face, and the PostScript name (id 6). */
final class NameTable {
    static final String TAG = "name";
    final String fullName;
    final String postScriptName;

    NameTable(ByteBuffer b) {
        fullName = find(b, 4);
        postScriptName = find(b, 6);
    }

    /** The English (Windows, US English) or Macintosh Roman record for {@code nameId}. */
    private static String find(ByteBuffer b, int nameId) {
        int count = Short.toUnsignedInt(b.getShort(2));
        int strings = Short.toUnsignedInt(b.getShort(4));
        String mac = null;
        for (int i = 0; i < count; i++) {
            int r = 6 + 12 * i;
            int platform = Short.toUnsignedInt(b.getShort(r));
            int language = Short.toUnsignedInt(b.getShort(r + 4));
            int id = Short.toUnsignedInt(b.getShort(r + 6));
            int length = Short.toUnsignedInt(b.getShort(r + 8));
            int offset = Short.toUnsignedInt(b.getShort(r + 10));
            if (id != nameId) {
                continue;
            }
            byte[] bytes = new byte[length];
            b.get(strings + offset, bytes);
            if (platform == 3 && language == 0x409) {
                return new String(bytes, StandardCharsets.UTF_16BE);
            }
            if (platform == 1 && mac == null) {
                mac = new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }
        return mac;
    }
}
