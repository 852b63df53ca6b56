package org.jianbao.inline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.text.Links;

/**
 * Web and e-mail addresses in any text — a paragraph, a title, a table cell, the colophon — are
 * links: their clusters take a style with the address as its target (a bare {@code www.} opens as
 * {@code http://}, an e-mail address as {@code mailto:}). Text that already links somewhere keeps
 * its own target. An address longer than {@link #MAX_TARGET} characters is set but not linked.
 */
final class Autolinks {
    /**
     * The longest address made a link: RFC 9110 §4.1 asks software to handle addresses of at least
     * 8000 octets; anything longer is no address a reader can open, and a link is written once per
     * line it spans.
     */
    static final int MAX_TARGET = 8000;

    private Autolinks() {
    }

    /** {@code clusters} with the ones inside an address restyled; linear in clusters and links. */
    static List<Cluster> apply(List<Cluster> clusters, List<Links.Link> links) {
        if (links.isEmpty()) {
            return clusters;
        }
        List<Cluster> out = new ArrayList<>(clusters.size());
        Map<TextStyle, TextStyle> linked = new HashMap<>();   // one style per run and address: runs stay whole
        int li = 0;
        int cachedFor = -1;
        for (Cluster c : clusters) {
            while (li < links.size() && links.get(li).end() <= c.offset()) {
                li++;
            }
            Links.Link l = li < links.size() ? links.get(li) : null;
            if (l == null || c.offset() < l.start() || c.style().href() != null || l.target().length() > MAX_TARGET) {
                out.add(c);
                continue;
            }
            if (cachedFor != li) {
                linked.clear();
                cachedFor = li;
            }
            TextStyle s = linked.computeIfAbsent(c.style(), x -> x.withHref(l.target()));
            out.add(new Cluster(c.text(), c.cls(), s, c.face(), c.offset(), c.advance()));
        }
        return out;
    }

    /** Which clusters lie inside an address; linear in clusters and links. */
    static boolean[] inside(List<Cluster> clusters, List<Links.Link> links) {
        boolean[] in = new boolean[clusters.size()];
        int li = 0;
        for (int i = 0; i < in.length && li < links.size(); i++) {
            int at = clusters.get(i).offset();
            while (li < links.size() && links.get(li).end() <= at) {
                li++;
            }
            in[i] = li < links.size() && at >= links.get(li).start();
        }
        return in;
    }
}
