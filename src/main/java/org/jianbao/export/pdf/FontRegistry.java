package org.jianbao.export.pdf;

import com.lowagie.text.pdf.EmbeddedSubsetFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jianbao.font.Face;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;

/**
 * The fonts of one PDF: one embedded subset font per face, its codes given in the face's glyph
 * order before any text is written, its tag (ABCDEF+Name) fixed by the content, and the subsets
 * made side by side before the writer embeds them.
 */
final class FontRegistry {
    private final Map<Face, EmbeddedSubsetFont> fonts = new HashMap<>();
    private final byte[] contentHash;

    /** @param contentHash the document's fingerprint, the seed of the subset tags */
    FontRegistry(byte[] contentHash) {
        this.contentHash = contentHash;
    }

    EmbeddedSubsetFont font(Face face) {
        EmbeddedSubsetFont bf = fonts.get(face);
        if (bf == null) {
            bf = new EmbeddedSubsetFont(new FontProgram(face), subsetTag(face));
            fonts.put(face, bf);
        }
        return bf;
    }

    /**
     * Gives each font its codes in the font's glyph order before any text is written. Each code point
     * is passed once, at its first use: the font maps a glyph back to the first of its code points,
     * which is the same among first uses as among all uses, and a huge issue's millions of
     * characters need no array of their own.
     */
    void reserveCodes(Document doc) {
        Map<Face, FirstUses> used = new LinkedHashMap<>();
        for (Frame f : doc.pages()) {
            for (FrameItem item : f.items()) {
                FrameItem inner = item instanceof FrameItem.Marked m ? m.item() : item;
                if ((inner instanceof FrameItem.Rotated t ? t.item() : inner) instanceof FrameItem.GlyphRun r) {
                    FirstUses b = used.computeIfAbsent(r.face(), x -> new FirstUses());
                    r.text().codePoints().forEach(b::add);
                }
            }
        }
        used.forEach((face, cps) -> font(face).reserve(cps.toArray()));
    }

    /** Code points in the order of their first use, each once. */
    private static final class FirstUses {
        private final BitSet seen = new BitSet();
        private int[] order = new int[256];
        private int n;

        void add(int cp) {
            if (!seen.get(cp)) {
                seen.set(cp);
                if (n == order.length) {
                    order = Arrays.copyOf(order, 2 * n);
                }
                order[n++] = cp;
            }
        }

        int[] toArray() {
            return Arrays.copyOf(order, n);
        }
    }

    /** Subsets and compresses the fonts side by side, before the writer embeds them. */
    void prepare() throws IOException {
        try {
            fonts.values().parallelStream().forEach(f -> {
                try {
                    f.prepare();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Six capital letters fixed by the content and the face: the subset's tag (ABCDEF+Name). */
    private String subsetTag(Face face) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(contentHash);
            md.update(face.postScriptName().getBytes(StandardCharsets.UTF_8));
            byte[] h = md.digest();
            StringBuilder tag = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + (h[i] & 0xFF) % 26));
            }
            return tag.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
