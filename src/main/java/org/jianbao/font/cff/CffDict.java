package org.jianbao.font.cff;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CFF DICT (Technical Note #5176, §4): operators with their operands, kept as raw operand bytes so
 * that entries can be copied unchanged; offsets are read as numbers and written back as 5-byte
 * integers, whose fixed size lets a writer lay out a font before it knows the offsets.
 */
final class CffDict {
    /** Two-byte operators are stored as 1200 + the second byte. */
    static final int CHARSET = 15;
    static final int CHARSTRINGS = 17;
    static final int PRIVATE = 18;
    static final int SUBRS = 19;
    static final int ROS = 1230;
    static final int CID_COUNT = 1234;
    static final int FD_ARRAY = 1236;
    static final int FD_SELECT = 1237;

    /** Operator → its operands, in file order. */
    final Map<Integer, Entry> entries = new LinkedHashMap<>();

    record Entry(byte[] raw, List<Number> operands) {
    }

    CffDict(byte[] data) {
        int i = 0;
        List<Number> ops = new ArrayList<>();
        int opStart = 0;
        while (i < data.length) {
            int b0 = data[i] & 0xFF;
            if (b0 <= 21) {
                int op = b0;
                int len = 1;
                if (b0 == 12) {
                    op = 1200 + (data[i + 1] & 0xFF);
                    len = 2;
                }
                byte[] raw = java.util.Arrays.copyOfRange(data, opStart, i);
                entries.put(op, new Entry(raw, List.copyOf(ops)));
                ops.clear();
                i += len;
                opStart = i;
            } else if (b0 == 28) {
                ops.add((short) (((data[i + 1] & 0xFF) << 8) | (data[i + 2] & 0xFF)));
                i += 3;
            } else if (b0 == 29) {
                ops.add(((data[i + 1] & 0xFF) << 24) | ((data[i + 2] & 0xFF) << 16) | ((data[i + 3] & 0xFF) << 8)
                        | (data[i + 4] & 0xFF));
                i += 5;
            } else if (b0 == 30) {
                i++;
                while (i < data.length) {
                    int nib = data[i++] & 0xFF;
                    if ((nib & 0x0F) == 0x0F || (nib >> 4) == 0x0F) {
                        break;
                    }
                }
                ops.add(0.0);   // reals are only copied, never read
            } else if (b0 >= 32 && b0 <= 246) {
                ops.add(b0 - 139);
                i++;
            } else if (b0 >= 247 && b0 <= 250) {
                ops.add((b0 - 247) * 256 + (data[i + 1] & 0xFF) + 108);
                i += 2;
            } else if (b0 >= 251 && b0 <= 254) {
                ops.add(-(b0 - 251) * 256 - (data[i + 1] & 0xFF) - 108);
                i += 2;
            } else {
                throw new IllegalArgumentException("bad DICT byte " + b0);
            }
        }
    }

    int integer(int op, int index, int fallback) {
        Entry e = entries.get(op);
        return e == null || e.operands().size() <= index ? fallback : e.operands().get(index).intValue();
    }

    boolean has(int op) {
        return entries.containsKey(op);
    }

    /** This DICT with {@code replaced} operators given new integer operands (5-byte form), others copied. */
    byte[] write(Map<Integer, int[]> replaced) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<Integer, Entry> e : entries.entrySet()) {
            if (replaced.containsKey(e.getKey())) {
                continue;
            }
            out.write(e.getValue().raw(), 0, e.getValue().raw().length);
            operator(out, e.getKey());
        }
        for (Map.Entry<Integer, int[]> r : replaced.entrySet()) {
            for (int v : r.getValue()) {
                out.write(29);
                out.write(v >> 24);
                out.write(v >> 16);
                out.write(v >> 8);
                out.write(v);
            }
            operator(out, r.getKey());
        }
        return out.toByteArray();
    }

    private static void operator(ByteArrayOutputStream out, int op) {
        if (op >= 1200) {
            out.write(12);
            out.write(op - 1200);
        } else {
            out.write(op);
        }
    }
}
