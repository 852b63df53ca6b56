package org.jianbao.export.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Tag;
import org.jianbao.model.Color;

/**
 * Walks a page's frame items in drawing order: each item inside the marked-content sequence of its
 * structure element (consecutive items of one element share one), anything else as an artifact;
 * rules and pictures drawn, glyph runs shown by {@link TextShower}, links as annotations.
 */
final class FrameWalker {
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final PdfWriter writer;
    private final Structure structure;
    private final TextShower text;
    private final Inks inks;
    /** Under a CMYK output intent an RGB picture must say it is sRGB (ISO 19005-2 §6.2.4.3). */
    private final boolean iccImages;

    FrameWalker(PdfWriter writer, Structure structure, FontRegistry fonts, PdfOptions options) {
        this.writer = writer;
        this.structure = structure;
        this.inks = new Inks(options);
        this.text = new TextShower(fonts, inks);
        this.iccImages = options.press();
    }

    void page(PdfContentByte cb, Frame f) throws IOException, DocumentException {
        double h = f.height();
        text.newPage();
        Tag open = null;   // the marked-content sequence now open: items of one node share it
        boolean openText = false;   // whether it holds only text, inside a text object begun before it
        java.util.List<FrameItem> items = f.items();
        for (int i = 0; i < items.size(); i++) {
            FrameItem item = items.get(i);
            FrameItem inner = item instanceof FrameItem.Marked m ? m.item() : item;
            Tag tag = item instanceof FrameItem.Marked m ? m.tag() : null;
            if (inner instanceof FrameItem.Link l) {
                PdfDestination dest = new PdfDestination(PdfDestination.XYZ, -1, (float) (h - l.targetY()), 0);
                link(PdfAction.gotoLocalPage(l.targetPage() + 1, dest, writer), "第" + (l.targetPage() + 1) + "页",
                        l.x(), l.y(), l.width(), l.height(), h, tag);
                continue;
            }
            if (inner instanceof FrameItem.UriLink u) {
                link(new PdfAction(u.uri()), u.uri(), u.x(), u.y(), u.width(), u.height(), h, tag);
                continue;
            }
            // content belongs to its structure element; anything else is an artifact
            Tag content = tag != null ? tag : Tag.LAYOUT;
            if (content != open) {
                // Marked sequences and text objects nest (ISO 32000-1 §14.6): a run of sequences that
                // hold only text shares one text object, begun before the first of them; any other
                // sequence holds its own text objects whole.
                boolean onlyText = onlyText(items, i, content);
                if (open != null && !openText) {
                    text.end(cb);
                }
                end(cb, open);
                if (!onlyText || !openText) {
                    text.end(cb);
                }
                if (onlyText) {
                    text.begin(cb);
                }
                if (content.isArtifact()) {
                    PdfDictionary props = new PdfDictionary();
                    props.put(PdfName.TYPE, new PdfName(content.artifactType()));
                    cb.beginMarkedContentSequence(ARTIFACT, props, true);
                } else {
                    structure.begin(cb, content);
                }
                open = content;
                openText = onlyText;
            }
            draw(cb, inner, h);
        }
        if (open != null && !openText) {
            text.end(cb);
        }
        end(cb, open);
        text.end(cb);
    }

    /** Ends the marked-content sequence of {@code open}, if any: an artifact's, or a structure element's. */
    private void end(PdfContentByte cb, Tag open) {
        if (open == null) {
            return;
        }
        if (open.isArtifact()) {
            cb.endMarkedContentSequence();
        } else {
            structure.end(cb);
        }
    }

    /** Whether the items from {@code from} on that belong to {@code content} are glyph runs and links only. */
    private static boolean onlyText(java.util.List<FrameItem> items, int from, Tag content) {
        for (int j = from; j < items.size(); j++) {
            FrameItem item = items.get(j);
            FrameItem inner = item instanceof FrameItem.Marked m ? m.item() : item;
            if (inner instanceof FrameItem.Link || inner instanceof FrameItem.UriLink) {
                continue;
            }
            Tag tag = item instanceof FrameItem.Marked m ? m.tag() : null;
            if ((tag != null ? tag : Tag.LAYOUT) != content) {
                return true;
            }
            if (!(inner instanceof FrameItem.GlyphRun)) {
                return false;
            }
        }
        return true;
    }

    private void draw(PdfContentByte cb, FrameItem it, double h) throws IOException, DocumentException {
        if (!(it instanceof FrameItem.GlyphRun)) {
            text.end(cb);   // paths, pictures and saved states are not allowed inside a text object
        }
        if (it instanceof FrameItem.Rotated r) {
            // turned about its centre: the page's y grows upwards, so the angle keeps its sense
            double a = Math.toRadians(r.degrees());
            double cos = Math.cos(a);
            double sin = Math.sin(a);
            double cx = r.cx();
            double cy = h - r.cy();
            cb.saveState();
            cb.concatCTM((float) cos, (float) sin, (float) -sin, (float) cos, (float) (cx - cos * cx + sin * cy),
                    (float) (cy - sin * cx - cos * cy));
            TextShower.Saved text = this.text.save();
            draw(cb, r.item(), h);
            this.text.end(cb);
            this.text.restore(text);
            cb.restoreState();
        } else if (it instanceof FrameItem.GlyphRun r) {
            text.show(cb, r, h);
        } else if (it instanceof FrameItem.Rule r) {
            cb.saveState();
            cb.setLineWidth((float) r.thickness());
            inks.stroke(cb, r.color());
            cb.moveTo((float) r.x0(), (float) (h - r.y0()));
            cb.lineTo((float) r.x1(), (float) (h - r.y1()));
            cb.stroke();
            cb.restoreState();
        } else if (it instanceof FrameItem.Picture pic) {
            Image img = Image.getInstance(pic.image().bytes());
            if (iccImages && img.getICCProfile() == null && img.getColorspace() == 3) {
                img.tagICC(Srgb.PROFILE);
            }
            if (pic.multiply()) {
                // a seal over the signer: multiplied, so that the black text shows through the red (PDF/A-2 allows it)
                cb.saveState();
                PdfGState gs = new PdfGState();
                gs.setBlendMode(PdfGState.BM_MULTIPLY);
                cb.setGState(gs);
            }
            cb.addImage(img, (float) pic.width(), 0, 0, (float) pic.height(), (float) pic.x(),
                    (float) (h - pic.y() - pic.height()));
            if (pic.multiply()) {
                cb.restoreState();
            }
        }
    }

    /**
     * A link annotation without a border, printable as PDF/A requires (ISO 19005-2 §6.3.2), with
     * its description and its place in the structure (PDF/UA, ISO 14289-1 §7.18.5).
     */
    private void link(PdfAction action, String description, double x, double y, double w, double height,
                      double pageHeight, Tag tag) {
        Rectangle rect = new Rectangle((float) x, (float) (pageHeight - y - height), (float) (x + w),
                (float) (pageHeight - y));
        PdfAnnotation a = PdfAnnotation.createLink(writer, rect, PdfAnnotation.HIGHLIGHT_INVERT, action);
        a.setFlags(PdfAnnotation.FLAGS_PRINT);
        a.setBorder(new PdfBorderArray(0, 0, 0));
        a.put(PdfName.CONTENTS, new PdfString(description, PdfString.TEXT_UNICODE));
        if (tag != null && !tag.isArtifact()) {
            structure.annotation(tag, a);
        }
        writer.addAnnotation(a);
    }

    /** Made on first need (a press variant's RGB picture): making it loads Java's colour engine. */
    private static final class Srgb {
        static final java.awt.color.ICC_Profile PROFILE = java.awt.color.ICC_Profile.getInstance(SrgbProfile.bytes());
    }
}
