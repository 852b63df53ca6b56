package org.jianbao.font;

import java.nio.ByteBuffer;

/** {@code hhea}: horizontal header — ascender, descender and the count of long metrics. */
final class HheaTable {
    static final String TAG = "hhea";
    final int ascender;
    final int descender;
    final int numberOfHMetrics;

    HheaTable(ByteBuffer b) {
        ascender = b.getShort(4);
        descender = b.getShort(6);
        numberOfHMetrics = Short.toUnsignedInt(b.getShort(34));
    }
}
