package org.jianbao.cli;

import java.util.List;
import org.jianbao.RenderOptions;
import org.jianbao.frame.Variant;
import picocli.CommandLine.Option;

/**
 * The options of every command that writes a bulletin's files ({@code render}, {@code watch},
 * {@code volume}): what to write, PDF/A or not, characters no font has, stack traces. A picocli
 * mixin, so that the three say the same thing the same way.
 */
final class WriteOptions {
    @Option(names = "--format", split = ",", paramLabel = "pdf|ofd",
            description = "what to write: pdf (the default), ofd (GB/T 33190 版式文档), or both: --format pdf,ofd")
    List<RenderOptions.Format> formats = List.of(RenderOptions.Format.PDF);

    @Option(names = "--no-pdfa", description = "write a plain PDF instead of PDF/A-2b (the default)")
    boolean noPdfa;

    @Option(names = "--allow-missing-glyphs",
            description = "set characters that no font has as 〓 with a warning, instead of failing")
    boolean allowMissing;

    @Option(names = "--debug", description = "print stack traces of internal errors")
    boolean debug;

    /** The render options these give, for {@code variant}. */
    RenderOptions options(Variant variant) {
        return new RenderOptions(formats, noPdfa ? Boolean.FALSE : null, variant, null);
    }
}
