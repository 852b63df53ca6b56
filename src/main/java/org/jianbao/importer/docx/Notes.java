package org.jianbao.importer.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Footnotes and endnotes in the order they are referred to: each gets a marker set in the text where
 * it is referred to — ① ② … (the way Chinese Word documents number notes), [21] past twenty — and
 * becomes a note block at the end of the article.
 */
final class Notes {
    /** A note referred to: footnote or endnote, its w:id, its marker. */
    record Ref(boolean endnote, String id, String marker) {
    }

    private final Map<String, Ref> refs = new LinkedHashMap<>();

    String footnote(String id) {
        return mark(false, id);
    }

    String endnote(String id) {
        return mark(true, id);
    }

    private String mark(boolean endnote, String id) {
        String key = (endnote ? "e" : "f") + id;
        Ref r = refs.get(key);
        if (r == null) {
            int n = refs.size() + 1;
            r = new Ref(endnote, id, n <= 20 ? String.valueOf((char) ('①' + n - 1)) : "[" + n + "]");
            refs.put(key, r);
        }
        return r.marker();
    }

    List<Ref> all() {
        return new ArrayList<>(refs.values());
    }
}
