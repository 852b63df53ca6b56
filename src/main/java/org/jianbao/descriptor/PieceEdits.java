package org.jianbao.descriptor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jianbao.text.Punctuation;

/**
 * Applies corrections made to a text joined from pieces (runs of bold, italic and linked text)
 * back to the pieces. A correction that spans two pieces — the blank of one and the mark of the
 * next — goes to the piece that holds its first visible character, so that a converted mark keeps
 * the emphasis it was typed in.
 */
final class PieceEdits {
    private PieceEdits() {
    }

    /** @param starts where each piece begins in the joined text, and its total length last */
    static List<String> apply(List<String> pieces, int[] starts, List<Punctuation.Change> changes) {
        if (changes.isEmpty()) {
            return pieces;
        }
        String joined = String.join("", pieces);
        List<StringBuilder> out = new ArrayList<>(pieces.size());
        pieces.forEach(p -> out.add(new StringBuilder(p.length())));
        int pos = 0;
        for (Punctuation.Change c : changes) {
            copy(joined, starts, pos, c.at(), out);
            int visible = c.at();
            while (visible < c.at() + c.from().length() - 1 && Character.isWhitespace(joined.charAt(visible))) {
                visible++;
            }
            out.get(piece(starts, visible)).append(c.to());
            pos = c.at() + c.from().length();
        }
        copy(joined, starts, pos, joined.length(), out);
        List<String> result = new ArrayList<>(out.size());
        out.forEach(b -> result.add(b.toString()));
        return result;
    }

    /** Copies {@code joined[from, to)} into the pieces it belongs to. */
    private static void copy(String joined, int[] starts, int from, int to, List<StringBuilder> out) {
        int k = from;
        while (k < to) {
            int p = piece(starts, k);
            int end = Math.min(to, starts[p + 1]);
            out.get(p).append(joined, k, end);
            k = end;
        }
    }

    /** The piece that holds index {@code at} (the last piece for the end of the text). */
    static int piece(int[] starts, int at) {
        int last = starts.length - 2;
        int i = Arrays.binarySearch(starts, 0, last + 1, at);
        int p = i >= 0 ? i : -i - 2;
        // empty pieces share their start with the next: the index belongs to the last of them
        while (p < last && starts[p + 1] <= at) {
            p++;
        }
        return Math.max(0, Math.min(p, last));
    }
}
