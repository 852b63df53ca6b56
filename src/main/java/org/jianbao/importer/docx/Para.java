package org.jianbao.importer.docx;

import java.util.List;
import org.jianbao.importer.article.Inline;

/**
 * A Word paragraph as read: its runs, the pictures and note references in it, the properties that
 * say what kind of paragraph it is, and the tracked changes and comments met in it.
 *
 * @param style     the paragraph style id, or null
 * @param align     w:jc of the paragraph or its style ("center", "right", "both" …), or null
 * @param numId     the list it takes part in (direct or through its style), or null
 * @param outline   its own outline level (0-based), or -1
 * @param maxSize   the largest run size, in half-points (0 when unknown)
 * @param allBold   every run with text is bold (directly or through a style)
 */
record Para(List<Inline> runs, List<String> pictures, String style, String align, String numId, int ilvl,
            int outline, int maxSize, boolean allBold, Changes changes) {

    /** Tracked changes and comments met while reading, counted for the report. */
    static final class Changes {
        int insertions;
        int deletions;
        int formatting;
        int comments;
        int textBoxes;
        int symbols;
    }

    String text() {
        return Inline.plain(runs).strip();
    }

    boolean isBlank() {
        return text().isEmpty() && pictures.isEmpty();
    }
}
