package org.jianbao.font.cff;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A CFF INDEX (Adobe Technical Note #5176, §5): a count, an offset size, count+1 offsets and the
 * data. Reading is in place; {@link #write} makes a new one.
 */
final class CffIndex {
    final int count;
    /** Position after the INDEX in its table. */
    final int end;
    private final ByteBuffer b;
    private final int offSize;
    private final int offsets;
    private final int dataBase;

    CffIndex(ByteBuffer b, int pos) {
        this.b = b;
        count = Short.toUnsignedInt(b.getShort(pos));
        if (count == 0) {
            offSize = 0;
            offsets = 0;
            dataBase = 0;
            end = pos + 2;
            return;
        }
        offSize = b.get(pos + 2) & 0xFF;
        offsets = pos + 3;
        dataBase = offsets + (count + 1) * offSize - 1;
        end = dataBase + offset(count);
    }

    private int offset(int i) {
        int at = offsets + i * offSize;
        return switch (offSize) {
            case 1 -> b.get(at) & 0xFF;
            case 2 -> Short.toUnsignedInt(b.getShort(at));
            case 3 -> (Short.toUnsignedInt(b.getShort(at)) << 8) | (b.get(at + 2) & 0xFF);
            default -> b.getInt(at);
        };
    }

    /** Start of item {@code i} in the table. */
    int start(int i) {
        return dataBase + offset(i);
    }

    int length(int i) {
        return offset(i + 1) - offset(i);
    }

    byte[] get(int i) {
        byte[] out = new byte[length(i)];
        b.get(start(i), out);
        return out;
    }

    /** The items as a list read on demand: a font DICT may have 25,000 local subroutines, of which a few are used. */
    java.util.List<byte[]> asList() {
        return new java.util.AbstractList<>() {
            @Override
            public byte[] get(int i) {
                return CffIndex.this.get(i);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    /** A new INDEX holding {@code items}, with the smallest offset size that fits. */
    static byte[] write(List<byte[]> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = items.size();
        out.write(n >> 8);
        out.write(n);
        if (n == 0) {
            return out.toByteArray();
        }
        long total = 1;
        for (byte[] it : items) {
            total += it.length;
        }
        int offSize = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
        out.write(offSize);
        long off = 1;
        for (int i = 0; i <= n; i++) {
            for (int k = offSize - 1; k >= 0; k--) {
                out.write((int) (off >> (8 * k)));
            }
            if (i < n) {
                off += items.get(i).length;
            }
        }
        for (byte[] it : items) {
            out.write(it, 0, it.length);
        }
        return out.toByteArray();
    }
}
