package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianbao.problem.Problem;
import org.jianbao.font.FontLibrary;
import org.jianbao.image.ImageStore;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Metadata;
import org.jianbao.frame.Outline;
import org.jianbao.frame.Tag;
import org.jianbao.inline.InlineLayout;
import org.jianbao.model.Geometry;
import org.jianbao.model.Issue;
import org.jianbao.model.Publication;
import org.jianbao.model.Section;
import org.jianbao.model.StyleSheet;

/**
 * Lays out an issue: masthead and contents on page 1, then the sections, broken into pages; the
 * 版记 at the foot of the last page (on a page of its own if the last has no room); folios;
 * bookmarks. Everything is set once; when there is a contents list, the page breaker finds the
 * articles' pages with the list set without page numbers, then the list alone is set again with
 * them.
 */
public final class Typesetter {
    private final FontLibrary library;
    private final ImageStore images;
    private final boolean allowMissingGlyphs;
    private final List<Problem> warnings = new ArrayList<>();

    /**
     * @param images             where pictures are read (once, for layout and export alike)
     * @param allowMissingGlyphs set characters no font has as 〓 with a warning, instead of failing
     */
    public Typesetter(FontLibrary library, ImageStore images, boolean allowMissingGlyphs) {
        this.library = library;
        this.images = images;
        this.allowMissingGlyphs = allowMissingGlyphs;
    }

    /** Warnings of the last {@link #typeset} (characters set as 〓 when allowed). */
    public List<Problem> warnings() {
        return warnings;
    }

    public Document typeset(Issue issue) {
        return typeset(issue, null);
    }

    /** The issue laid out as copy number {@code copy} (its 份号, when the profile's marks ask for one). */
    public Document typeset(Issue issue, Integer copy) {
        return typeset(issue, copy, 1);
    }

    /**
     * The issue laid out as copy {@code copy}, its first page numbered {@code firstFolio}: an issue
     * bound into a volume goes on from the pages before it, and its folios and its contents list say
     * so (the document's own page indices, of links and bookmarks, still count from 0). An issue
     * printed on both sides starts on a right-hand page, an odd number.
     */
    public Document typeset(Issue issue, Integer copy, int firstFolio) {
        Publication pub = issue.publication();
        if (firstFolio < 1 || pub.delivery().duplex() && firstFolio % 2 == 0) {
            throw new IllegalArgumentException("an issue cannot start on page " + firstFolio);
        }
        LayoutProblems problems = new LayoutProblems(issue.source(), allowMissingGlyphs);
        LineSetter setter = new LineSetter(new Fonts(library, pub.fonts()),
                new InlineLayout(pub.prohibition(), pub.punctuation()), problems);
        Geometry g = pub.page();
        Layout layout = layout(issue, setter, copy, firstFolio);
        problems.throwIfErrors();
        PageBreaker pages = layout.contentsWithPageNumbers();
        warnings.clear();
        warnings.addAll(problems.all());
        List<Frame> frames = new Pages(setter, g, firstFolio).frames(issue, pages, layout.endMatter,
                new MarksBlock(setter, pub.styles().editorLine(), g.textWidth()));
        return new Document(frames, outline(issue, pages.marks(), g), metadata(issue), layout.structure);
    }

    /**
     * The folio of page {@code number} set as {@code issue}'s folios are, placed on its page: for a
     * page made outside the issue (the contents of a bound volume).
     */
    public List<FrameItem> folio(Issue issue, int number) {
        Publication pub = issue.publication();
        LineSetter setter = new LineSetter(new Fonts(library, pub.fonts()),
                new InlineLayout(pub.prohibition(), pub.punctuation()),
                new LayoutProblems(issue.source(), allowMissingGlyphs));
        Geometry g = pub.page();
        List<FrameItem> out = new ArrayList<>();
        new Folios(setter, pub.styles().folio(), g.textWidth()).folio(number, issue.lang())
                .forEach(i -> out.add(i.moved(g.left(), g.top() + g.textHeight())));
        return out;
    }

    /**
     * The issue laid out once, its pages broken, the contents list (if any) still without page
     * numbers: the flow of slabs, the contents' place in it, the 版记 and the structure tree.
     */
    private final class Layout {
        private final Issue issue;
        private final Flow flow;
        private final ContentsBlock contents;
        private final Tag toc;
        private Flow.Part contentsPart;
        private PageBreaker pages;
        private Slab endMatter;
        private Tag structure;

        Layout(Issue issue, Flow flow, ContentsBlock contents, Tag toc) {
            this.issue = issue;
            this.flow = flow;
            this.contents = contents;
            this.toc = toc;
        }

        /**
         * The pages with the contents list set again, now with the articles' page numbers, in place of
         * the list without them; the pages are broken again (filling in the numbers changes no
         * height, so they break as before, but the breaker is cheap and this way nothing depends on
         * it). The body is not set again.
         */
        PageBreaker contentsWithPageNumbers() {
            if (contents == null) {
                return pages;
            }
            Publication pub = issue.publication();
            toc.clear();
            contentsPart = flow.replace(contentsPart, contents.slabs(issue, pub.contentsTitle(), pages.marks(), toc));
            pages = breaker(pub).run(flow.slabs(), pub.page().textHeight(), pub.page().textHeight());
            return pages;
        }
    }

    private static PageBreaker breaker(Publication pub) {
        return new PageBreaker(pub.styles().body().lineHeight());
    }

    private Layout layout(Issue issue, LineSetter setter, Integer copy, int firstFolio) {
        Publication pub = issue.publication();
        StyleSheet st = pub.styles();
        Geometry g = pub.page();
        double w = g.textWidth();
        Flow flow = new Flow();
        Tag document = Tag.document();
        Slab marksLine = new MarksBlock(setter, st.editorLine(), w).slab(issue, copy, document);
        if (marksLine != null) {
            flow.add(List.of(marksLine), 0, 0, true);
        }
        flow.add(List.of(new MastheadBlock(setter, st, w).slab(issue, document)), 0, 0, false);
        Layout layout;
        if (pub.contents()) {
            ContentsBlock contents = new ContentsBlock(setter, st, w, g.top(), firstFolio);
            Tag toc = document.add("TOC");
            layout = new Layout(issue, flow, contents, toc);
            layout.contentsPart = flow.addPart(contents.slabs(issue, pub.contentsTitle(), Map.of(), toc),
                    st.contentsTitle().spaceBefore(), st.contentsTitle().spaceAfter(), false);
        } else {
            layout = new Layout(issue, flow, null, null);
        }
        Pictures pictures = new Pictures(setter, images, st.caption(), w, g.textHeight());
        Tables tables = new Tables(setter, st.table(), st.caption(), w, g.textHeight());
        new Body(setter, st, w, new Blocks(setter, st, w, pictures, tables)).build(issue, flow, document);
        layout.pages = breaker(pub).run(flow.slabs(), g.textHeight(), g.textHeight());
        layout.endMatter = new EndMatter(setter, st.distribution(), w).slab(issue, document);
        layout.structure = document;
        return layout;
    }

    private static List<Outline> outline(Issue issue, Map<String, PageBreaker.Mark> marks, Geometry g) {
        List<Outline> out = new ArrayList<>();
        for (int si = 0; si < issue.sections().size(); si++) {
            Section s = issue.sections().get(si);
            List<Outline> articles = new ArrayList<>();
            for (int ai = 0; ai < s.articles().size(); ai++) {
                PageBreaker.Mark m = marks.get(Marks.article(si, ai));
                if (m != null) {
                    articles.add(new Outline(s.articles().get(ai).title(), m.page(), g.top() + m.y(), List.of()));
                }
            }
            PageBreaker.Mark m = marks.get(Marks.section(si));
            if (m != null) {
                out.add(new Outline(s.name(), m.page(), g.top() + m.y(), articles));
            }
        }
        return out;
    }

    private static Metadata metadata(Issue issue) {
        Publication p = issue.publication();
        List<String> keywords = new ArrayList<>();
        issue.sections().forEach(s -> keywords.add(s.name()));
        String lang = Metadata.langTag(issue.lang());
        return new Metadata(p.name() + " " + issue.issueLine(), p.editor(), p.name() + " " + issue.dateLine(),
                String.join("；", keywords), lang, issue.date());
    }
}
