package org.jianbao.export.pdf;

import java.nio.ByteBuffer;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Glyphs;
import org.jianbao.frame.Metadata;
import org.jianbao.model.Color;

/**
 * A 128-bit fingerprint of everything laid out — glyphs and their places, rules, pictures (their
 * bytes), links, metadata — for the file identifier and the seed of the subset tags: the same
 * content gives the same bytes, different content a different identifier. Not cryptographic: two
 * multiply–rotate lanes over the values themselves, cheap enough to be unnoticed at start-up.
 */
final class ContentHash {
    private long a = 0x6A09E667F3BCC908L;
    private long b = 0xBB67AE8584CAA73BL;

    private ContentHash() {
    }

    /** The fingerprint of {@code doc} written with {@code options}. */
    static byte[] of(Document doc, PdfOptions options) {
        ContentHash h = new ContentHash();
        for (Frame f : doc.pages()) {
            h.mix(f.width()).mix(f.height());
            for (FrameItem item : f.items()) {
                h.item(item instanceof FrameItem.Marked m ? m.item() : item);
            }
        }
        Metadata m = doc.metadata();
        h.mix(m.title()).mix(m.author()).mix(m.subject()).mix(m.keywords()).mix(m.lang())
                .mix(String.valueOf(m.date())).mix(options.pdfa() ? 1 : 0);
        if (options.press()) {
            h.mix(options.ink().toString()).mix(color(options.red()));
        }
        return h.digest();
    }

    private void item(FrameItem it) {
        if (it instanceof FrameItem.GlyphRun r) {
            mix(1).mix(r.face().postScriptName()).mix(r.size()).mix(r.y()).mix(color(r.color()))
                    .mix(r.fakeBold() ? 1 : 0);
            Glyphs gs = r.placed();
            for (int i = 0; i < gs.size(); i++) {
                mix(gs.text(i)).mix(gs.x(i)).mix(gs.hScale(i));
            }
        } else if (it instanceof FrameItem.Rule r) {
            mix(2).mix(r.x0()).mix(r.y0()).mix(r.x1()).mix(r.y1()).mix(r.thickness()).mix(color(r.color()));
        } else if (it instanceof FrameItem.Picture p) {
            mix(3).mix(p.x()).mix(p.y()).mix(p.width()).mix(p.height());
            if (p.multiply()) {
                mix(7);
            }
            picture(p);
        } else if (it instanceof FrameItem.UriLink l) {
            mix(4).mix(l.x()).mix(l.y()).mix(l.width()).mix(l.height()).mix(l.uri());
        } else if (it instanceof FrameItem.Link l) {
            mix(5).mix(l.x()).mix(l.y()).mix(l.width()).mix(l.height()).mix(l.targetPage()).mix(l.targetY());
        } else if (it instanceof FrameItem.Marked m) {
            item(m.item());
        } else if (it instanceof FrameItem.Rotated r) {
            mix(6).mix(r.degrees()).mix(r.cx()).mix(r.cy());
            item(r.item());
        }
    }

    private void picture(FrameItem.Picture p) {
        byte[] data = p.image().bytes();
        ByteBuffer bytes = ByteBuffer.wrap(data);
        mix(bytes.remaining());
        while (bytes.remaining() >= 8) {
            mix(bytes.getLong());
        }
        while (bytes.hasRemaining()) {
            mix(bytes.get());
        }
    }

    private static long color(Color c) {
        return ((long) c.r() << 16) | (c.g() << 8) | c.b();
    }

    private ContentHash mix(String s) {
        if (s == null) {
            return mix(-1);
        }
        mix(s.length());
        for (int i = 0; i < s.length(); i++) {
            mix(s.charAt(i));
        }
        return this;
    }

    private ContentHash mix(double v) {
        return mix(Double.doubleToLongBits(v));
    }

    private ContentHash mix(long v) {
        a = Long.rotateLeft((a ^ v) * 0x9E3779B97F4A7C15L, 29);
        b = Long.rotateLeft((b + v) * 0xC2B2AE3D27D4EB4FL, 31) ^ a;
        return this;
    }

    private byte[] digest() {
        // final avalanche so that neighbouring inputs give unrelated identifiers
        long x = fmix(a ^ Long.rotateLeft(b, 17));
        long y = fmix(b ^ Long.rotateLeft(x, 41));
        return ByteBuffer.allocate(16).putLong(x).putLong(y).array();
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;   // the constants of MurmurHash3's 64-bit finaliser
        return k ^ (k >>> 33);
    }
}
