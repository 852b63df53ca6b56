package org.jianbao.font.cff;

import java.util.Arrays;
import java.util.List;

/**
 * Flattens Type 2 charstrings (Technical Note #5177): every subroutine call is replaced by the
 * subroutine's own operators, so that a subset needs no subroutines at all. For a subset of a few
 * hundred CJK glyphs this is smaller than keeping the subroutines they call (and their indexes),
 * once compressed, as XeLaTeX's and Typst's subsetters also find. The walk counts stem hints,
 * since a hintmask's length depends on them. Subroutine numbers must be literal operands of
 * {@code callsubr}/{@code callgsubr}, as every font compiler writes them.
 */
final class Type2Charstrings {
    private static final int CALLSUBR = 10;
    private static final int RETURN = 11;
    private static final int ENDCHAR = 14;
    private static final int HINTMASK = 19;
    private static final int CNTRMASK = 20;
    private static final int CALLGSUBR = 29;
    /** Deeper nesting is an error in any valid font (Technical Note #5177, Appendix B). */
    private static final int MAX_DEPTH = 10;

    private final List<byte[]> globals;
    private int stems;
    private int stack;
    private boolean ended;

    Type2Charstrings(List<byte[]> globals) {
        this.globals = globals;
    }

    static int bias(int count) {
        return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
    }

    /** A growing byte array that can also be cut back (to drop a call's operand). */
    private static final class Bytes {
        private byte[] b = new byte[512];
        private int size;

        int size() {
            return size;
        }

        void write(int v) {
            if (size == b.length) {
                b = Arrays.copyOf(b, size * 2);
            }
            b[size++] = (byte) v;
        }

        void write(byte[] src, int from, int len) {
            if (size + len > b.length) {
                b = Arrays.copyOf(b, Math.max(size + len, size * 2));
            }
            System.arraycopy(src, from, b, size, len);
            size += len;
        }

        void truncate(int to) {
            size = to;
        }

        byte[] toArray() {
            return Arrays.copyOf(b, size);
        }
    }

    /** Glyph charstring {@code cs} with its subroutine calls replaced by their bodies. */
    byte[] flatten(byte[] cs, List<byte[]> locals) {
        stems = 0;
        stack = 0;
        ended = false;
        Bytes out = new Bytes();
        copy(cs, locals, out, 0);
        return out.toArray();
    }

    private void copy(byte[] cs, List<byte[]> locals, Bytes out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("subroutines nested too deep");
        }
        int i = 0;
        int lastNumber = -1;
        int lastNumberLen = 0;
        int lastValue = 0;
        while (i < cs.length && !ended) {
            int b0 = cs[i] & 0xFF;
            if (b0 == 28 || b0 >= 32) {
                int len = b0 == 28 ? 3 : b0 <= 246 ? 1 : b0 <= 254 ? 2 : 5;
                lastNumber = out.size();
                lastNumberLen = len;
                lastValue = number(cs, i, b0);
                out.write(cs, i, len);
                stack++;
                i += len;
                continue;
            }
            boolean literal = lastNumber >= 0 && lastNumber + lastNumberLen == out.size();
            switch (b0) {
                case 1, 3, 18, 23 -> {
                    stems += stack / 2;
                    stack = 0;
                    out.write(b0);
                    i++;
                }
                case HINTMASK, CNTRMASK -> {
                    stems += stack / 2;
                    stack = 0;
                    int len = 1 + (stems + 7) / 8;
                    out.write(cs, i, Math.min(len, cs.length - i));
                    i += len;
                }
                case CALLSUBR, CALLGSUBR -> {
                    if (!literal) {
                        throw new IllegalArgumentException("a subroutine number is not a literal operand");
                    }
                    List<byte[]> table = b0 == CALLGSUBR ? globals : locals;
                    int index = lastValue + bias(table.size());
                    if (index < 0 || index >= table.size()) {
                        throw new IllegalArgumentException("call of a subroutine that does not exist");
                    }
                    // drop the operand, then set down the subroutine in place of the call
                    out.truncate(lastNumber);
                    stack--;
                    i++;
                    copy(table.get(index), locals, out, depth + 1);
                }
                case RETURN -> {
                    i = cs.length;
                }
                case ENDCHAR -> {
                    out.write(b0);
                    ended = true;
                    i++;
                }
                case 12 -> {
                    int op = cs[i + 1] & 0xFF;
                    stack = switch (op) {
                        case 9, 14, 26 -> stack;                 // abs, neg, sqrt: one in, one out
                        case 27 -> stack + 1;                    // dup
                        case 18 -> Math.max(0, stack - 1);       // drop
                        case 28 -> stack;                        // exch
                        case 3, 4, 10, 11, 12, 15, 24 -> Math.max(0, stack - 1);   // binary: two in, one out
                        case 23 -> stack + 1;                    // random
                        default -> 0;                            // flex and the rest clear the stack
                    };
                    out.write(cs, i, 2);
                    i += 2;
                }
                default -> {
                    stack = 0;
                    out.write(b0);
                    i++;
                }
            }
            lastNumber = -1;
        }
    }

    private static int number(byte[] cs, int i, int b0) {
        if (b0 == 28) {
            return (short) (((cs[i + 1] & 0xFF) << 8) | (cs[i + 2] & 0xFF));
        }
        if (b0 <= 246) {
            return b0 - 139;
        }
        if (b0 <= 250) {
            return (b0 - 247) * 256 + (cs[i + 1] & 0xFF) + 108;
        }
        if (b0 <= 254) {
            return -(b0 - 251) * 256 - (cs[i + 1] & 0xFF) - 108;
        }
        return 0;   // 16.16 fixed: never a subroutine number
    }
}
