package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Metadata;
import org.jianbao.frame.Tag;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Article;
import org.jianbao.model.Issue;
import org.jianbao.model.Section;
import org.jianbao.model.Style;
import org.jianbao.model.StyleSheet;

/**
 * The issue's sections and articles as slabs: section header, article title, the source line, then
 * the body blocks. A section header stays with its first title, a title with its source line and
 * at least the first two lines of text (docs/typography.md §4.2; the orphan rule does the second line).
 */
final class Body {
    /** Rule under a section header: 0.75 pt, 3 pt below the text. */
    private static final double HEADER_RULE = 0.75;

    private final LineSetter setter;
    private final StyleSheet styles;
    private final double width;
    private final Blocks blocks;
    private Issue issue;

    Body(LineSetter setter, StyleSheet styles, double width, Blocks blocks) {
        this.setter = setter;
        this.styles = styles;
        this.width = width;
        this.blocks = blocks;
    }

    void build(Issue issue, Flow flow, Tag document) {
        this.issue = issue;
        for (int si = 0; si < issue.sections().size(); si++) {
            Section section = issue.sections().get(si);
            Tag sect = document.add("Sect");
            if (section.lang() != issue.lang()) {
                sect.lang(Metadata.langTag(section.lang()));
            }
            Style hs = styles.sectionHeader();
            List<Slab> header = Tagging.slabs(text(section.name(), hs, section,
                    new At(issue.origin(section), "section header “" + section.name() + "”")), sect.add("H1"));
            if (hs.ruleBelow()) {
                header.add(Slab.of(HEADER_RULE + 3, List.of(new FrameItem.Rule(0, HEADER_RULE / 2 + 1, width,
                        HEADER_RULE / 2 + 1, HEADER_RULE, hs.color()))).keep(true));
            }
            flow.markNext(Marks.section(si), header);
            flow.add(header, hs.spaceBefore(), hs.spaceAfter(), true);
            for (int ai = 0; ai < section.articles().size(); ai++) {
                article(section, section.articles().get(ai), Marks.article(si, ai), flow, sect.add("Art"));
            }
        }
    }

    private void article(Section section, Article a, String mark, Flow flow, Tag art) {
        Style ts = styles.articleTitle();
        String where = "article “" + a.title() + "”";
        At at = new At(issue.origin(a), where);
        if (a.lang() != section.lang()) {
            art.lang(Metadata.langTag(a.lang()));
        }
        List<Slab> title = Tagging.slabs(text(a.title(), ts, section, at.named("the title of " + where)), art.add("H2"));
        flow.markNext(mark, title);
        flow.add(title, ts.spaceBefore(), ts.spaceAfter(), true);
        String meta = meta(a);
        if (meta != null) {
            Style ms = styles.articleMeta();
            flow.add(Tagging.slabs(text(meta, ms, section, at.named("the source line of " + where)), art.add("P")),
                    ms.spaceBefore(), ms.spaceAfter(), true);
        }
        blocks.add(a.body(), a.lang(), where, flow, art, issue::origin);
    }

    /** 来源：… 　作者：… 　byline, on one line. */
    static String meta(Article a) {
        List<String> parts = new ArrayList<>();
        if (a.source() != null) {
            parts.add("来源：" + a.source());
        }
        if (a.author() != null) {
            parts.add("作者：" + a.author());
        }
        if (a.byline() != null) {
            parts.add(a.byline());
        }
        return parts.isEmpty() ? null : String.join("　", parts);
    }

    /**
     * A one-style text (a title, a header) as slabs. A format that begins with a bullet (● {text})
     * hangs the bullet: wrapped lines start under the text, not under the bullet.
     */
    private List<Slab> text(String text, Style style, Section section, At at) {
        String formatted = style.apply(text);
        double hang = 0;
        String prefix = style.format() == null ? "" : style.format().substring(0, style.format().indexOf("{text}"));
        if (!prefix.isEmpty() && BULLETS.indexOf(prefix.charAt(0)) >= 0) {
            hang = setter.lead(prefix.strip(), style, section.lang(), at);
            hang += prefix.length() > prefix.strip().length() ? style.size() / 4 : 0;
        }
        List<Line> lines = setter.title(formatted, style, section.lang(), new LineSpec(width, 0, hang, style.align()),
                at);
        List<Slab> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(Slab.of(style.lineHeight(), GlyphItems.line(lines.get(i), style.lineHeight(), style.size(), 0))
                    .keep(i > 0));
        }
        return out;
    }

    private static final String BULLETS = "●■◆▲★•◎○□";
}
