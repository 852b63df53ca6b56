package org.jianbao.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jianbao.model.Lang;

/**
 * The monthly routine as the studio uses it: next month's issue, an article from a Word file,
 * and punctuation put right when a field is saved. The studio calls only these three methods;
 * {@link WorkspaceRoutine} answers them with the commands {@code jianbao new}, {@code jianbao import}
 * and the punctuation normaliser.
 */
public interface Routine {

    /** What a step did, in sentences for the person at the browser; {@code done} is false when nothing changed. */
    record Outcome(boolean done, List<String> messages) {
        public Outcome {
            messages = List.copyOf(messages);
        }
    }

    /**
     * A text after normalisation, with one short description per change (e.g. {@code ", → ，"});
     * {@code notice} is a sentence to show once when the normaliser is not at work, else {@code null}.
     */
    record Normalised(String text, List<String> changes, String notice) {
        public Normalised {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Writes the issue after {@code previous} to {@code target} (which does not exist yet and
     * lies in the workspace); never overwrites.
     */
    Outcome nextIssue(Path previous, Path target) throws IOException;

    /**
     * Adds the article of a Word file (.docx, already checked to be a ZIP holding
     * {@code word/document.xml}) to the section named {@code section} of {@code issue}, as its
     * article number {@code at} (0-based; the section's size to append), writing the issue file
     * in place.
     */
    Outcome importWord(Path docx, Path issue, String section, int at) throws IOException;

    /** Puts the punctuation of one text field right for its language. */
    Normalised normalise(String text, Lang lang);
}
