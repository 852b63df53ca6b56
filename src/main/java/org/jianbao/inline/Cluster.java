package org.jianbao.inline;

import org.jianbao.font.Face;
import org.jianbao.text.CharClass;

/**
 * The smallest unit of line composition: one character, or a pair that must stay whole
 * (the dash —— and the ellipsis ……, GB/T 15834-2011 §5.1.4–5.1.5), with its class and face.
 *
 * @param offset  index of the first character in the paragraph's text
 * @param advance the face's advance of one character, in points
 */
record Cluster(String text, CharClass cls, TextStyle style, Face face, int offset, double advance) {

    double em() {
        return style.size();
    }

    int firstCodePoint() {
        return text.codePointAt(0);
    }

    int lastCodePoint() {
        return text.codePointBefore(text.length());
    }

    /** Number of characters (code points) the cluster stands for. */
    int count() {
        return text.codePointCount(0, text.length());
    }
}
