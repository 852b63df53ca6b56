package org.jianbao.font;

import java.nio.ByteBuffer;

/** {@code hmtx}: advance widths by glyph id, read in place (CJK fonts have 65 535 glyphs). */
final class HmtxTable {
    static final String TAG = "hmtx";
    private final ByteBuffer b;
    private final int numberOfHMetrics;

    HmtxTable(ByteBuffer b, int numberOfHMetrics) {
        this.b = b;
        this.numberOfHMetrics = numberOfHMetrics;
    }

    /** Advance width of {@code glyph} in design units; glyphs past the long metrics repeat the last. */
    int advance(int glyph) {
        int i = Math.min(glyph, numberOfHMetrics - 1);
        return Short.toUnsignedInt(b.getShort(4 * i));
    }
}
