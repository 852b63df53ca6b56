package org.jianbao.watch;

import java.nio.file.Path;
import java.util.List;
import org.jianbao.problem.Problem;

/** What one render of a watch session came to; the command line prints it. */
public sealed interface Outcome {

    /**
     * The issue was rendered.
     *
     * @param files the files written (the PDF, and the OFD when asked for)
     * @param nanos read, layout and write, in nanoseconds
     */
    record Rendered(Path descriptor, List<Path> files, int pages, List<Problem> warnings, long nanos)
            implements Outcome {
    }

    /**
     * Page images were drawn again for pages {@code first}..{@code last} (1-based), the pages whose
     * frames changed; none ({@code files} empty) when no page changed.
     *
     * @param removed images of pages the issue no longer has, deleted
     */
    record Previewed(List<Path> files, int first, int last, List<Path> removed, long nanos) implements Outcome {
    }

    /**
     * Nothing was written: the input has errors, or the output cannot be written.
     *
     * @param pageImages  the page images were not drawn (the PDF before them was written)
     * @param environment the machine is at fault (a full disk, a folder without permission), not the input
     */
    record Refused(Path descriptor, boolean pageImages, List<Problem> problems, boolean environment)
            implements Outcome {
    }

    /** The issue needs more memory than the process may take (a huge table or text): nothing was written. */
    record TooLarge(Path descriptor, long maxHeapBytes) implements Outcome {
    }

    /** The files watched from now on (after the first render, and whenever they change). */
    record Watching(List<Path> files) implements Outcome {
    }

    /** A bug of jianbao (or a stack overflow on absurdly deep input): nothing was written, and the session goes on. */
    record Broken(Path descriptor, Throwable bug) implements Outcome {
    }
}
