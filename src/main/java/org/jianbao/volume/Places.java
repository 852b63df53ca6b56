package org.jianbao.volume;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.Outline;
import org.jianbao.model.Issue;
import org.jianbao.model.Section;

/**
 * Where an issue's articles lie in the volume, read from the issue's own bookmarks (section →
 * article, in the issue's order): the contents of the volume points where the issue's bookmarks do.
 */
final class Places {
    private Places() {
    }

    /** By section, then article: the place of each article of {@code issue}, laid out from page {@code start}. */
    static List<List<Contents.Place>> of(Issue issue, List<Outline> outline, int start) {
        if (outline.size() != issue.sections().size()) {
            throw new IllegalStateException(outline.size() + " section bookmarks for " + issue.sections().size()
                    + " sections in " + issue.source());
        }
        List<List<Contents.Place>> out = new ArrayList<>();
        for (int si = 0; si < outline.size(); si++) {
            Section s = issue.sections().get(si);
            List<Outline> articles = outline.get(si).children();
            if (articles.size() != s.articles().size()) {
                throw new IllegalStateException(articles.size() + " article bookmarks for " + s.articles().size()
                        + " articles in " + s.name());
            }
            List<Contents.Place> places = new ArrayList<>();
            articles.forEach(a -> places.add(new Contents.Place(start + a.page(), a.y())));
            out.add(places);
        }
        return out;
    }
}
