package org.jianbao.font;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks Type 2 charstrings (Technical Note #5177) to find the subroutines a set of glyphs calls,
 * and rewrites charstrings so that their calls use new subroutine numbers. The walk counts stem
 * hints, since a hintmask's length depends on them. Subroutine numbers must be literal operands of
 * {@code callsubr}/{@code callgsubr}, as every font compiler writes them; anything else is
 * refused, and the caller falls back to embedding differently.
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

    /** A call site in a charstring: where its subroutine-number operand is, and which table it calls. */
    record Call(int offset, int length, boolean global, int index) {
    }

    private final List<byte[]> globals;
    /** Subroutines each charstring calls, by identity of the charstring (glyph or subroutine). */
    final Map<Object, List<Call>> calls = new HashMap<>();
    /** Used subroutines in first-use order: global, and local per font DICT. */
    final LinkedHashMap<Integer, byte[]> usedGlobal = new LinkedHashMap<>();
    final Map<Integer, LinkedHashMap<Integer, byte[]>> usedLocal = new HashMap<>();

    private int stems;
    private int stack;
    private boolean ended;
    /**
     * Subroutines already walked whose effect does not depend on the caller: no hints, and an empty
     * stack when they return (a path operator last). A later call just clears the stack; the
     * walk of such a subroutine is not repeated for every glyph that calls it.
     */
    private final java.util.Set<Object> plain = new java.util.HashSet<>();
    private boolean hinted;

    Type2Charstrings(List<byte[]> globals) {
        this.globals = globals;
    }

    static int bias(int count) {
        return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
    }

    /** Walks one glyph's charstring with the local subroutines of its font DICT. */
    void glyph(Object key, byte[] cs, int fd, List<byte[]> locals) {
        stems = 0;
        stack = 0;
        ended = false;
        walk(key, cs, fd, locals, 0);
    }

    private void walk(Object key, byte[] cs, int fd, List<byte[]> locals, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("subroutines nested too deep");
        }
        List<Call> sites = new ArrayList<>();
        int i = 0;
        int lastNumber = -1;
        int lastNumberLen = 0;
        int lastValue = 0;
        while (i < cs.length && !ended) {
            int b0 = cs[i] & 0xFF;
            if (b0 == 28 || b0 >= 32) {
                int len = b0 == 28 ? 3 : b0 <= 246 ? 1 : b0 <= 254 ? 2 : 5;
                lastNumber = i;
                lastNumberLen = len;
                lastValue = number(cs, i, b0);
                stack++;
                i += len;
                continue;
            }
            boolean literal = lastNumber >= 0 && lastNumber + lastNumberLen == i;
            switch (b0) {
                case 1, 3, 18, 23 -> {
                    stems += stack / 2;
                    stack = 0;
                    hinted = true;
                    i++;
                }
                case HINTMASK, CNTRMASK -> {
                    stems += stack / 2;
                    stack = 0;
                    hinted = true;
                    i += 1 + (stems + 7) / 8;
                }
                case CALLSUBR, CALLGSUBR -> {
                    if (!literal) {
                        throw new IllegalArgumentException("a subroutine number is not a literal operand");
                    }
                    boolean global = b0 == CALLGSUBR;
                    List<byte[]> table = global ? globals : locals;
                    int index = lastValue + bias(table.size());
                    if (index < 0 || index >= table.size()) {
                        throw new IllegalArgumentException("call of a subroutine that does not exist");
                    }
                    sites.add(new Call(lastNumber, lastNumberLen, global, index));
                    stack--;
                    i++;
                    // (an if, not ?:, which would promote the Integer key to a Long)
                    Object subKey;
                    if (global) {
                        subKey = Integer.valueOf(-1 - index);
                    } else {
                        subKey = Long.valueOf(((long) fd << 32) | index);
                    }
                    if (plain.contains(subKey)) {
                        stack = 0;
                        break;
                    }
                    byte[] sub = table.get(index);
                    Map<Integer, byte[]> used = global ? usedGlobal : usedLocal.computeIfAbsent(fd, k -> new LinkedHashMap<>());
                    used.putIfAbsent(index, sub);
                    boolean outerHinted = hinted;
                    hinted = false;
                    walk(subKey, sub, fd, locals, depth + 1);
                    if (!hinted && !ended && stack == 0) {
                        plain.add(subKey);
                    }
                    hinted |= outerHinted;
                }
                case RETURN -> {
                    i = cs.length;
                }
                case ENDCHAR -> {
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
                    i += 2;
                }
                default -> {
                    stack = 0;
                    i++;
                }
            }
            lastNumber = -1;
        }
        calls.putIfAbsent(key, sites);
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

    /**
     * {@code cs} with each call's operand replaced by the new biased number of its subroutine.
     *
     * @param renumber old index → new index, for global ({@code true}) or local subroutines
     */
    static byte[] rewrite(byte[] cs, List<Call> sites, Map<Integer, Integer> globalMap, int globalCount,
                          Map<Integer, Integer> localMap, int localCount) {
        if (sites.isEmpty()) {
            return cs;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(cs.length + 8);
        int at = 0;
        for (Call c : sites) {
            out.write(cs, at, c.offset() - at);
            int v = c.global() ? globalMap.get(c.index()) - bias(globalCount) : localMap.get(c.index()) - bias(localCount);
            encode(out, v);
            at = c.offset() + c.length();
        }
        out.write(cs, at, cs.length - at);
        return out.toByteArray();
    }

    /** A charstring integer in its shortest form. */
    static void encode(ByteArrayOutputStream out, int v) {
        if (v >= -107 && v <= 107) {
            out.write(v + 139);
        } else if (v >= 108 && v <= 1131) {
            out.write((v - 108) / 256 + 247);
            out.write((v - 108) % 256);
        } else if (v <= -108 && v >= -1131) {
            out.write((-v - 108) / 256 + 251);
            out.write((-v - 108) % 256);
        } else {
            out.write(28);
            out.write(v >> 8);
            out.write(v);
        }
    }
}
