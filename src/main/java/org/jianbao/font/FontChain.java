package org.jianbao.font;

import java.util.List;

/**
 * An ordered list of faces tried for each character: the first face that has a glyph sets it
 * (font fallback). A chain never guesses: a character no face covers has no face.
 */
public record FontChain(List<Face> faces) {

    public FontChain {
        faces = List.copyOf(faces);
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("a font chain needs at least one face");
        }
    }

    /** The face that sets {@code cp}, or {@code null} when none of the chain covers it. */
    public Face faceFor(int cp) {
        for (Face f : faces) {
            if (f.covers(cp)) {
                return f;
            }
        }
        return null;
    }

    /** The first face: the one whose metrics set the line. */
    public Face primary() {
        return faces.get(0);
    }

    // Written out rather than generated: a record's own equals and hashCode are bootstrapped on first use,
    // which costs a cold start milliseconds (docs/performance.md). Same values as the generated ones.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FontChain o
                && java.util.Objects.equals(faces, o.faces);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(faces);
        return h;
    }
}
