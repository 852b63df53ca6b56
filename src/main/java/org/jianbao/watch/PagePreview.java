package org.jianbao.watch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianbao.Jianbao;
import org.jianbao.export.Exporter;
import org.jianbao.export.png.PngExporter;
import org.jianbao.frame.Document;
import org.jianbao.problem.JianbaoException;

/**
 * The page images of a watch session, {@code <name>-p<N>.png}: drawn for every page the first
 * time, then only for the range of pages whose frames changed ({@link PageKeys}); images of pages
 * the issue no longer has are deleted. No contact sheet: one of only the changed pages would
 * mislead, and drawing all of them again would cost what this saves.
 */
final class PagePreview {
    private static final String SHEET = "-sheet.png";

    private final float dpi;
    /** The keys of the pages whose images are in the folder; null before the first. */
    private List<Object> shown;

    PagePreview(float dpi) {
        this.dpi = dpi;
    }

    /** Draws the pages of {@code doc} that changed into {@code folder}. */
    Outcome.Previewed write(Jianbao jb, Document doc, Path folder, String name) {
        long t0 = System.nanoTime();
        List<Object> keys = PageKeys.of(doc);
        int[] range = PageKeys.changed(shown, keys);
        List<Path> files = List.of();
        if (range != null) {
            Exporter png = new PngExporter(range[0], range[1], dpi);
            Exporter pagesOnly = (d, out) -> png.export(d, (suffix, content) -> {
                if (!suffix.equals(SHEET)) {
                    out.file(suffix, content);
                }
            });
            files = jb.export(doc, List.of(pagesOnly), folder, name);
        }
        List<Path> removed = shown == null || keys.size() < shown.size() ? removeBeyond(folder, name, keys.size())
                : List.of();
        shown = keys;
        return new Outcome.Previewed(files, range == null ? 0 : range[0], range == null ? 0 : range[1], removed,
                System.nanoTime() - t0);
    }

    /** Deletes the images {@code <name>-p<N>.png} of pages after {@code pages}; returns them. */
    private static List<Path> removeBeyond(Path folder, String name, int pages) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        Pattern page = Pattern.compile(Pattern.quote(name) + "-p(\\d{1,6})\\.png");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.png")) {
            for (Path p : ds) {
                Matcher m = page.matcher(p.getFileName().toString());
                if (m.matches() && Integer.parseInt(m.group(1)) > pages && Files.deleteIfExists(p)) {
                    removed.add(p);
                }
            }
        } catch (IOException e) {
            throw JianbaoException.environment("cannot remove the old page images from " + folder + ": "
                    + org.jianbao.io.InputFiles.describe(e));
        }
        return removed;
    }
}
