package org.jianbao;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jianbao.descriptor.DescriptorReader;
import org.jianbao.export.Exporter;
import org.jianbao.export.FolderOutput;
import org.jianbao.font.FontLibrary;
import org.jianbao.frame.Document;
import org.jianbao.image.ImageStore;
import org.jianbao.io.InputFiles;
import org.jianbao.model.Issue;
import org.jianbao.page.Typesetter;
import org.jianbao.problem.JianbaoException;
import org.jianbao.problem.Problem;

/**
 * The pipeline in one place: descriptor → model ({@link #read}) → frames ({@link #layout}) →
 * files ({@link #export}). One instance holds the fonts and the pictures it has read, so that a
 * resident process (watch, studio) renders again without reading them again.
 */
public final class Jianbao {
    private final FontLibrary fonts;
    private final ImageStore images = new ImageStore();
    private final boolean allowMissingGlyphs;

    /** @param allowMissingGlyphs set characters that no font has as 〓 with a warning, instead of failing */
    public Jianbao(FontLibrary fonts, boolean allowMissingGlyphs) {
        this.fonts = fonts;
        this.allowMissingGlyphs = allowMissingGlyphs;
    }

    /** A jianbao with the fonts of {@code fontsFolder}. */
    public static Jianbao withFonts(Path fontsFolder, boolean allowMissingGlyphs) {
        try {
            return new Jianbao(FontLibrary.of(fontsFolder), allowMissingGlyphs);
        } catch (IOException e) {
            throw JianbaoException.environment("cannot read the fonts folder " + fontsFolder + ": " + e.getMessage()
                    + "; set JIANBAO_HOME to the jianbao folder that holds fonts/");
        }
    }

    /** The files of the fonts folder that are not usable fonts and were skipped, as warnings. */
    public List<Problem> fontWarnings() {
        return fonts.skipped().stream().map(Problem::warning).toList();
    }

    /** A read descriptor with its warnings. */
    public record Read(Issue issue, List<Problem> warnings) { }

    public Read read(Path descriptor) {
        DescriptorReader.Result r = reader().read(descriptor);
        return new Read(r.issue(), r.warnings());
    }

    /** The laid-out document, and any warnings of layout. */
    public record Laid(Document document, List<Problem> warnings) { }

    public Laid layout(Issue issue) {
        return layout(issue, null);
    }

    /** The issue laid out as copy number {@code copy} (null: unnumbered). */
    public Laid layout(Issue issue, Integer copy) {
        Typesetter t = new Typesetter(fonts, images, allowMissingGlyphs);
        return new Laid(t.typeset(issue, copy), List.copyOf(t.warnings()));
    }

    /** Writes {@code doc} into {@code folder} as {@code name} plus each exporter's suffixes; returns the files. */
    public List<Path> export(Document doc, List<Exporter> exporters, Path folder, String name) {
        try {
            return FolderOutput.exportAll(doc, exporters, folder, name);
        } catch (FolderOutput.FileFailure e) {
            throw JianbaoException.environment("cannot write " + e.target() + ": " + InputFiles.describe(e.reason())
                    + "; check that the output folder exists, is writable and has room");
        }
    }

    /** Checks a descriptor without writing anything (schemas, reader, layout); every problem found. */
    public List<Problem> check(Path descriptor) {
        DescriptorReader.Checked c = reader().check(descriptor);
        List<Problem> problems = new ArrayList<>(c.problems());
        if (c.issue() != null) {
            try {
                problems.addAll(layout(c.issue()).warnings());
            } catch (JianbaoException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    /** The outcome of rendering one descriptor, with the time each step took (ns). */
    public record Rendered(List<Path> files, int pages, List<Problem> warnings, long readNanos, long layoutNanos,
                           long writeNanos) { }

    /** Renders {@code descriptor} to {@code outDir/<name>.pdf}; a failed run writes nothing. */
    public Rendered render(Path descriptor, Path outDir, RenderOptions options) {
        long t0 = System.nanoTime();
        Read read = read(descriptor);
        long t1 = System.nanoTime();
        List<Exporter> exporters = options.exporters(read.issue());
        List<Problem> warnings = new ArrayList<>(read.warnings());
        Laid laid = layout(read.issue(), options.copy());
        read = null;   // the model is laid out: a huge issue's is let go before its (long) export
        long t2 = System.nanoTime();
        String name = options.name(descriptor.getFileName().toString().replaceFirst("\\.json$", ""));
        Document doc = options.variant().apply(laid.document());
        List<Path> files = export(doc, exporters, outDir, name);
        warnings.addAll(laid.warnings());
        return new Rendered(files, doc.pages().size(), warnings, t1 - t0, t2 - t1, System.nanoTime() - t2);
    }

    private DescriptorReader reader() {
        return new DescriptorReader(new TreeSet<>(fonts.names()));
    }
}
