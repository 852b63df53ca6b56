package org.jianbao.volume;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jianbao.Jianbao;
import org.jianbao.export.Exporter;
import org.jianbao.font.FontLibrary;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Metadata;
import org.jianbao.frame.Outline;
import org.jianbao.frame.Tag;
import org.jianbao.image.ImageStore;
import org.jianbao.model.Issue;
import org.jianbao.model.Publication;
import org.jianbao.page.Typesetter;
import org.jianbao.problem.JianbaoException;
import org.jianbao.problem.Problem;

/**
 * Binds a year's issues into one volume (合订本): reads them with the facade, puts them in order
 * ({@link Lineup}), sets the cover and the contents, lays every issue out as it is set alone but with
 * its folios going on from the pages before it, and gathers the pages, the bookmarks (issue →
 * section → article) and one structure tree whose parts are the cover, the contents and the issues.
 * Printed on both sides, the cover's back is left blank and the contents and every issue begin on a
 * right-hand page.
 */
public final class Binder {
    private final FontLibrary fonts;
    private final boolean allowMissing;
    private final Jianbao jianbao;
    private final ImageStore images = new ImageStore();

    /** @param allowMissingGlyphs set characters that no font has as 〓 with a warning, instead of failing */
    public Binder(FontLibrary fonts, boolean allowMissingGlyphs) {
        this.fonts = fonts;
        this.allowMissing = allowMissingGlyphs;
        this.jianbao = new Jianbao(fonts, allowMissingGlyphs);
    }

    /** A binder with the fonts of {@code fontsFolder}. */
    public static Binder withFonts(Path fontsFolder, boolean allowMissingGlyphs) {
        try {
            return new Binder(FontLibrary.of(fontsFolder), allowMissingGlyphs);
        } catch (IOException e) {
            throw JianbaoException.environment("cannot read the fonts folder " + fontsFolder + ": " + e.getMessage()
                    + "; set JIANBAO_HOME to the jianbao folder that holds fonts/");
        }
    }

    /** The volume of {@code descriptors} (in any order), of {@code year} (null: the one year they are all of). */
    public Volume bind(List<Path> descriptors, Integer year) {
        List<Problem> warnings = new ArrayList<>(jianbao.fontWarnings());
        Lineup.Result lineup = Lineup.of(read(descriptors, warnings), year);
        warnings.addAll(lineup.warnings());
        List<Issue> issues = lineup.issues();
        Issue first = issues.get(0);
        Publication pub = first.publication();
        boolean duplex = pub.delivery().duplex();
        Setter setter = new Setter(fonts, pub, allowMissing);
        Contents contents = new Contents(setter);
        // the contents take as many pages without their numbers as with them: first count them
        int contentsPages = contents.pages(issues.stream().map(i -> new Contents.Listed(i, null, null)).toList(),
                Tag.document()).size();

        // cover, contents (their place kept), then every issue laid out from its first folio
        Tag root = Tag.document();
        Gathering book = new Gathering(pub.page());
        String yearText = Integer.toString(first.year());
        book.add(new Cover(setter).frame(yearText, Cover.bound(issues), root.add("Part")));
        if (duplex) {
            book.blank();   // the back of the cover
        }
        Tag contentsPart = root.add("Part");
        int contentsAt = book.size();
        for (int p = 0; p < contentsPages; p++) {
            book.blank();   // the contents' place, filled in when the issues' pages are known
        }
        List<Contents.Listed> listed = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Outline> outline = new ArrayList<>(List.of(new Outline(Contents.TITLE, contentsAt, 0, List.of())));
        Typesetter typesetter = new Typesetter(fonts, images, allowMissing);
        for (Issue issue : issues) {
            if (duplex || issue.publication().delivery().duplex()) {
                book.toFront();   // an issue printed on both sides begins on a front, whatever the volume
            }
            int start = book.size();
            Document doc = typesetter.typeset(issue, null, start + 1);
            warnings.addAll(typesetter.warnings());
            book.add(doc);
            Tag part = root.adopt("Part", doc.structure());
            if (!doc.metadata().lang().equals(Metadata.langTag(first.lang()))) {
                part.lang(doc.metadata().lang());
            }
            starts.add(start);
            listed.add(new Contents.Listed(issue, new Contents.Place(start, 0), Places.of(issue, doc.outline(), start)));
            outline.add(new Outline(issue.issueLine(), start, 0, Gathering.moved(doc.outline(), start)));
        }
        // now the contents, with the pages the issues fell on
        List<List<FrameItem>> pages = contents.pages(listed, contentsPart);
        if (pages.size() != contentsPages) {
            throw new IllegalStateException("the contents took " + pages.size() + " pages with their numbers, "
                    + contentsPages + " without");
        }
        for (int p = 0; p < pages.size(); p++) {
            List<FrameItem> items = new ArrayList<>(pages.get(p));
            items.addAll(typesetter.folio(first, contentsAt + p + 1));
            book.set(contentsAt + p, new Frame(pub.page().pageWidth(), pub.page().pageHeight(), items));
        }
        Document doc = new Document(book.pages(), outline, metadata(issues, yearText), root);
        return new Volume(doc, issues, starts, warnings);
    }

    /** Writes {@code volume} into {@code folder} as {@code name} plus each exporter's suffix; returns the files. */
    public List<Path> export(Volume volume, List<Exporter> exporters, Path folder, String name) {
        return jianbao.export(volume.document(), exporters, folder, name);
    }

    /** Every descriptor read; the problems of all of them reported at once. */
    private List<Lineup.Given> read(List<Path> descriptors, List<Problem> warnings) {
        List<Lineup.Given> given = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        for (Path d : descriptors) {
            try {
                Jianbao.Read r = jianbao.read(d);
                given.add(new Lineup.Given(d, r.issue()));
                warnings.addAll(r.warnings());
            } catch (JianbaoException e) {
                if (e.isEnvironment()) {
                    throw e;
                }
                errors.addAll(e.problems());
            }
        }
        if (!errors.isEmpty()) {
            throw new JianbaoException(errors);
        }
        return given;
    }

    /** Title {@code <name> <year>年合订本}; dated as the last issue, so that the same issues give the same file. */
    private static Metadata metadata(List<Issue> issues, String year) {
        Issue first = issues.get(0);
        Publication pub = first.publication();
        LocalDate last = issues.stream().map(Issue::date).max(Comparator.naturalOrder()).orElseThrow();
        List<String> lines = issues.stream().map(Issue::issueLine).toList();
        return new Metadata(pub.name() + " " + year + "年合订本", pub.editor(),
                pub.name() + " " + year + "年" + Cover.bound(issues), String.join("；", lines),
                Metadata.langTag(first.lang()), last);
    }
}
