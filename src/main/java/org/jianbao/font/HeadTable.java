package org.jianbao.font;

import java.nio.ByteBuffer;

/** {@code head}: the font header; the layout needs only the design units per em. */
final class HeadTable {
    static final String TAG = "head";
    final int unitsPerEm;

    HeadTable(ByteBuffer b) {
        unitsPerEm = Short.toUnsignedInt(b.getShort(18));
    }
}
