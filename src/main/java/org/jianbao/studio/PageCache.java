package org.jianbao.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The preview's pages. A render lays the issue out and draws only the pages whose fingerprint
 * is new (an edit on page 3 that moves nothing else draws page 3 alone); each page image is known
 * by a hash of its PNG bytes, so the browser fetches again only the pages that look different.
 * When the issue has errors, the last good pages stay on show, marked stale.
 */
final class PageCache {
    /** Pixels per inch of the preview: an A4 page is 794 pixels wide, sharp on a high-density screen at half size. */
    static final float DPI = 96;
    private static final int ISSUES = 8;

    private final Pipeline pipeline;
    private final Map<Path, Drawn> issues = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Drawn> eldest) {
            return size() > ISSUES;
        }
    };

    PageCache(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** One page of the preview: its number (from 1) and the hash of its image. */
    record Page(int number, String hash) {
    }

    /** A render's outcome: the pages, whether they are the last good ones, the findings, and the pages drawn anew. */
    record Shown(List<Page> pages, boolean stale, List<Finding> findings, int drawn, long millis) {
    }

    /** What was drawn last for an issue: images by page fingerprint, and by image hash. */
    private static final class Drawn {
        List<Page> pages = List.of();
        Map<String, String> hashByFingerprint = new HashMap<>();
        Map<String, byte[]> pngByHash = new HashMap<>();
    }

    Shown render(Path issue) throws IOException {
        long t0 = System.nanoTime();
        Pipeline.Laid laid = pipeline.layout(issue);
        Drawn d;
        synchronized (issues) {
            d = issues.computeIfAbsent(issue, k -> new Drawn());
        }
        synchronized (d) {
            if (laid.pages() == null) {
                return new Shown(d.pages, true, laid.findings(), 0, (System.nanoTime() - t0) / 1_000_000);
            }
            List<String> fps = laid.pages().fingerprints();
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < fps.size(); i++) {
                if (!d.hashByFingerprint.containsKey(fps.get(i))) {
                    missing.add(i);
                }
            }
            List<byte[]> drawn = pipeline.png(laid.pages(), missing, DPI);
            Map<String, String> hashes = new HashMap<>();
            Map<String, byte[]> pngs = new HashMap<>();
            for (int k = 0; k < missing.size(); k++) {
                String hash = Documents.version(drawn.get(k));
                hashes.put(fps.get(missing.get(k)), hash);
                pngs.put(hash, drawn.get(k));
            }
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < fps.size(); i++) {
                String hash = hashes.containsKey(fps.get(i)) ? hashes.get(fps.get(i)) : d.hashByFingerprint.get(fps.get(i));
                hashes.put(fps.get(i), hash);
                pngs.putIfAbsent(hash, d.pngByHash.get(hash));
                pages.add(new Page(i + 1, hash));
            }
            d.pages = List.copyOf(pages);
            d.hashByFingerprint = hashes;
            d.pngByHash = pngs;
            return new Shown(d.pages, false, laid.findings(), missing.size(), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** A page image drawn for the issue's current pages, or {@code null}. */
    byte[] image(Path issue, String hash) {
        Drawn d = drawn(issue);
        if (d == null) {
            return null;
        }
        synchronized (d) {
            return d.pngByHash.get(hash);
        }
    }

    /** The page count of the issue's last good render, or {@code null} when it has none yet. */
    Integer pageCount(Path issue) {
        Drawn d = drawn(issue);
        if (d == null) {
            return null;
        }
        synchronized (d) {
            return d.pages.isEmpty() ? null : d.pages.size();
        }
    }

    /** What was drawn for the issue, or {@code null}. */
    private Drawn drawn(Path issue) {
        synchronized (issues) {
            return issues.get(issue);
        }
    }
}
