package org.jianbao.page;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;
import org.jianbao.image.ImageFile;
import org.jianbao.image.ImageStore;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.model.Align;
import org.jianbao.model.Lang;
import org.jianbao.model.Signature;
import org.jianbao.model.Style;

/**
 * The 落款 (GB/T 9704-2012 §7.3.5, docs/typography.md §4.3).
 * <ul>
 * <li>Without a seal (§7.3.5.2): one line below the text, the signer two characters in from the
 * right; the date on the next line, starting two characters right of the signer.</li>
 * <li>With a seal (§7.3.5.1): the date four characters in from the right, the signer centred over
 * it; the seal, 端正、居中下压, centred on them, so that signer and date lie a little below its
 * centre, its top within one line of the text above. The seal is a picture multiplied over the
 * text, which shows through the red (黑字透红): a picture, not an electronic seal.</li>
 * </ul>
 */
final class SignatureBlock {
    /** The date's right indent under a seal, and the signer's without one, in characters. */
    private static final double SEALED_DATE_RIGHT = 4;
    private static final double SIGNER_RIGHT = 2;
    /** How far below the seal's centre the signer's line starts, in lines. */
    private static final double BELOW_CENTRE = 0.1;

    private final LineSetter setter;
    private final Style s;
    private final double width;
    private final ImageStore images;

    SignatureBlock(LineSetter setter, Style body, double width, ImageStore images) {
        this.setter = setter;
        this.s = body;
        this.width = width;
        this.images = images;
    }

    void add(Signature g, Lang lang, At at, Flow flow, Tag art) {
        if (g.seal() != null) {
            sealed(g, lang, at, flow, art);
            return;
        }
        double em = s.size();
        // a signer too long for a line (two bodies signing together) wraps, right-aligned
        List<Line> signer = setter.lines(g.signer(), s, lang,
                new LineSpec(width - SIGNER_RIGHT * em, 0, 0, Align.RIGHT), at);
        Line lastSigner = signer.get(signer.size() - 1);
        double signerX = lastSigner.glyphs().get(0).dx();
        double dateX = Math.min(signerX + 2 * em, width - setter.natural(g.dateText(), s, lang, at));
        Line date = setter.line(g.dateText(), s, lang, new LineSpec(width, dateX, dateX, Align.LEFT), at);
        List<Slab> slabs = new ArrayList<>();
        for (Line l : signer) {
            slabs.add(Slab.of(s.lineHeight(), GlyphItems.line(l, s.lineHeight(), s.size(), 0)).keep(true));
        }
        slabs.add(Slab.of(s.lineHeight(), GlyphItems.line(date, s.lineHeight(), s.size(), 0)).keep(true));
        flow.add(Tagging.slabs(slabs, art.add("P")), s.lineHeight(), 0, false);
    }

    private void sealed(Signature g, Lang lang, At at, Flow flow, Tag art) {
        double em = s.size();
        double pitch = s.lineHeight();
        ImageFile seal;
        double sealW;
        double sealH;
        try {
            ImageStore.Source src = images.inspect(g.seal());
            sealW = g.sealSize();
            sealH = sealW * src.height() / src.width();
            seal = images.prepare(g.seal(), sealW);
        } catch (ImageStore.Unusable e) {
            setter.problems().error(at, "the seal " + g.seal().getFileName() + " " + e.getMessage());
            return;
        }
        double dateW = setter.natural(g.dateText(), s, lang, at);
        double dateX = width - SEALED_DATE_RIGHT * em - dateW;
        double centre = dateX + dateW / 2;
        double signerW = setter.natural(g.signer(), s, lang, at);
        double signerX = Math.max(0, centre - signerW / 2);
        List<Line> signer = setter.lines(g.signer(), s, lang, new LineSpec(width, signerX, signerX, Align.LEFT), at);
        Line date = setter.line(g.dateText(), s, lang, new LineSpec(width, dateX, dateX, Align.LEFT), at);
        double signerTop = sealH / 2 + BELOW_CENTRE * pitch;
        double height = Math.max(sealH, signerTop + (signer.size() + 1) * pitch);
        List<FrameItem> items = new ArrayList<>();
        for (int k = 0; k < signer.size(); k++) {
            for (FrameItem f : GlyphItems.line(signer.get(k), pitch, s.size(), 0)) {
                items.add(f.moved(0, signerTop + k * pitch));
            }
        }
        for (FrameItem f : GlyphItems.line(date, pitch, s.size(), 0)) {
            items.add(f.moved(0, signerTop + signer.size() * pitch));
        }
        Tag p = art.add("P");
        List<FrameItem> all = new ArrayList<>(Tagging.mark(items, p));
        Tag figure = art.add("Figure").alt("印章");
        all.add(new FrameItem.Marked(new FrameItem.Picture(centre - sealW / 2, 0, sealW, sealH, seal, true), figure));
        // the seal's top within one line of the text above: a line's space before it, no more
        flow.add(List.of(Slab.of(height, all).keep(true)), pitch, 0, false);
    }
}
