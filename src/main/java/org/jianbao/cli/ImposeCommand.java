package org.jianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jianbao.export.FolderOutput;
import org.jianbao.impose.Booklet;
import org.jianbao.io.InputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao impose FILE.pdf --booklet [-o OUT.pdf]}: pages placed for the print shop. */
@Command(name = "impose", mixinStandardHelpOptions = true,
        description = "Places a bulletin's pages for printing: --booklet puts them two to a side of an A3 sheet"
                + " (A4 pages) in saddle-stitch order, padded with blank pages to a multiple of four, for"
                + " printing both sides (正反面), folding and stapling (骑马订).")
final class ImposeCommand implements Callable<Integer> {
    /** A bulletin PDF is a few megabytes; far larger is not one. */
    private static final long MAX_BYTES = 200L << 20;

    @Parameters(paramLabel = "<file.pdf>")
    Path pdf;

    @Option(names = "--booklet", required = true, description = "saddle-stitched booklet on sheets twice the page's width")
    boolean booklet;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", description = "the file to write (default: <file>-booklet.pdf)")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Path out = output != null ? output
                : pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "") + "-booklet.pdf");
        byte[] source;
        try {
            source = InputFiles.read(pdf, MAX_BYTES);
        } catch (InputFiles.Refused e) {
            err.println("jianbao: error: " + pdf + ": the file " + e.getMessage());
            return Main.INVALID_INPUT;
        }
        int[] sides = new int[1];
        try {
            FolderOutput.write(out, s -> sides[0] = Booklet.impose(source, s));
        } catch (IOException e) {
            boolean notPdf = e.getMessage() != null && (e.getMessage().contains("Header") || e.getMessage().contains("PDF")
                    || e.getMessage().contains("pages"));
            err.println("jianbao: error: " + (notPdf ? pdf + " is not a PDF that can be imposed (" + e.getMessage() + ")"
                    : "cannot write " + out + ": " + InputFiles.describe(e)));
            return notPdf ? Main.INVALID_INPUT : Main.ENVIRONMENT;
        }
        spec.commandLine().getOut().printf("%s → %s (%d sheets, printed on both sides)%n", pdf, out, sides[0] / 2);
        return Main.OK;
    }
}
