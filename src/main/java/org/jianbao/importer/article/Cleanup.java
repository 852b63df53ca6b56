package org.jianbao.importer.article;

import org.jianbao.model.Lang;
import org.jianbao.text.Punctuation;

/**
 * The one door through which imported text passes on its way into the descriptor: the punctuation
 * corrections of the descriptor reader (docs/typography.md §6), made once in the file, so that the
 * descriptor holds what will print. The corrections are counted for the import's report.
 */
public final class Cleanup {
    private int corrections;
    private String first;

    /** {@code text} as it should go into the descriptor. */
    public String text(String text, Lang lang) {
        Punctuation.Result r = Punctuation.normalise(text, lang);
        if (r.changed()) {
            corrections += r.changes().size();
            if (first == null) {
                Punctuation.Change c = r.changes().get(0);
                first = "“" + c.from() + "” → “" + c.to() + "”";
            }
        }
        return r.text();
    }

    /** A Markdown body: the text corrected, its syntax (brackets of links and pictures, code) left alone. */
    public String markdown(String source, Lang lang) {
        org.jianbao.workspace.Fixer.Fixed f = org.jianbao.workspace.Fixer.markdown(source, lang, "the body");
        if (!f.fixes().isEmpty()) {
            corrections += f.fixes().size();
            if (first == null) {
                first = "“" + f.fixes().get(0).from() + "” → “" + f.fixes().get(0).to() + "”";
            }
        }
        return f.text();
    }

    /** The report's line about the corrections, or null when there were none. */
    public String summary() {
        return corrections == 0 ? null : "punctuation of the pasted text corrected: " + corrections + " correction"
                + (corrections == 1 ? "" : "s") + " (e.g. " + first + "), as render would make them";
    }
}
