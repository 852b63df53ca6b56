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
 * bookmarks. When there is a contents list, a first pass finds the articles' pages and a second
 * sets them in the list.
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
        Publication pub = issue.publication();
        LayoutProblems problems = new LayoutProblems(issue.source(), allowMissingGlyphs);
        LineSetter setter = new LineSetter(new Fonts(library, pub.fonts()),
                new InlineLayout(pub.prohibition(), pub.punctuation()), problems);
        Geometry g = pub.page();
        Pass first = pass(issue, setter, Map.of(), copy);
        problems.throwIfErrors();
        Pass done = pub.contents() ? pass(issue, setter, first.breaker.marks(), copy) : first;
        warnings.clear();
        warnings.addAll(problems.all());
        List<Frame> frames = new Pages(setter, g).frames(issue, done.breaker, done.endMatter,
                new MarksBlock(setter, pub.styles().editorLine(), g.textWidth()));
        return new Document(frames, outline(issue, done.breaker.marks(), g), metadata(issue), done.structure);
    }

    /** One layout pass: the page breaker's result, the 版记 and the structure tree. */
    private record Pass(PageBreaker breaker, Slab endMatter, Tag structure) {
    }

    private Pass pass(Issue issue, LineSetter setter, Map<String, PageBreaker.Mark> marks, Integer copy) {
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
        if (pub.contents()) {
            flow.add(new ContentsBlock(setter, st, w, g.top()).slabs(issue, pub.contentsTitle(), marks, document),
                    st.contentsTitle().spaceBefore(), st.contentsTitle().spaceAfter(), false);
        }
        Pictures pictures = new Pictures(setter, images, st.caption(), w, g.textHeight());
        Tables tables = new Tables(setter, st.table(), st.caption(), w, g.textHeight());
        new Body(setter, st, w, new Blocks(setter, st, w, pictures, tables)).build(issue, flow, document);
        PageBreaker breaker = new PageBreaker(st.body().lineHeight()).run(flow.slabs(), g.textHeight(), g.textHeight());
        return new Pass(breaker, new EndMatter(setter, st.distribution(), w).slab(issue, document), document);
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
