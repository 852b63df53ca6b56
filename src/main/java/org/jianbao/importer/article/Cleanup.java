package org.jianbao.importer.article;

import org.jianbao.model.Lang;

/** The one door through which imported text passes on its way into the descriptor. */
public final class Cleanup {
    private Cleanup() {
    }

    /** {@code text} as it should go into the descriptor. */
    public static String text(String text, Lang lang) {
        // TODO(normaliser): return org.jianbao.text.Punctuation.normalise(text, lang).text(), and report its
        // changes, once the punctuation normaliser is in main
        return text;
    }
}
