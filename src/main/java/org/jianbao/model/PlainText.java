package org.jianbao.model;

/**
 * An issue's text in reading order, one paragraph per line: what copying the whole PDF should give
 * (contents list, folios and 版记 aside). Used to check the PDF's text against its descriptor.
 */
public final class PlainText {
    private PlainText() {
    }

    public static String of(Issue issue) {
        StringBuilder s = new StringBuilder();
        Publication p = issue.publication();
        p.masthead().lines().forEach(l -> line(s, l.text()));
        line(s, issue.issueLine());
        line(s, p.editor());
        line(s, issue.dateLine());
        for (Section sec : issue.sections()) {
            line(s, sec.name());
            for (Article a : sec.articles()) {
                line(s, a.title());
                if (a.source() != null) {
                    line(s, "来源：" + a.source());
                }
                if (a.author() != null) {
                    line(s, "作者：" + a.author());
                }
                if (a.byline() != null) {
                    line(s, a.byline());
                }
                for (Block b : a.body()) {
                    block(s, b);
                }
            }
        }
        return s.toString();
    }

    private static void block(StringBuilder s, Block b) {
        if (b instanceof Paragraph p) {
            line(s, p.text());
        } else if (b instanceof Heading h) {
            line(s, h.text());
        } else if (b instanceof ListBlock l) {
            l.items().forEach(item -> line(s, text(item)));
        } else if (b instanceof Quote q) {
            line(s, text(q.spans()));
        } else if (b instanceof Note n) {
            line(s, n.label() + "：" + text(n.spans()));
        } else if (b instanceof Attachments a) {
            a.items().forEach(item -> line(s, item));
        } else if (b instanceof Signature g) {
            line(s, g.signer());
            line(s, g.dateText());
        } else if (b instanceof Image i) {
            if (i.caption() != null) {
                line(s, i.caption());
            }
        } else if (b instanceof Table t) {
            if (t.caption() != null) {
                line(s, t.caption());
            }
            t.header().forEach(r -> r.forEach(c -> line(s, c.text())));
            t.rows().forEach(r -> r.forEach(c -> line(s, c.text())));
        }
    }

    private static String text(java.util.List<Span> spans) {
        StringBuilder s = new StringBuilder();
        spans.forEach(sp -> s.append(sp.text()));
        return s.toString();
    }

    private static void line(StringBuilder s, String text) {
        if (text != null && !text.isEmpty()) {
            s.append(text).append('\n');
        }
    }
}
