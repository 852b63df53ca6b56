package org.jianbao.export.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.font.Face;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Outline;
import org.jianbao.model.Color;

/** Writes a laid-out {@link Document} as PDF. One exporter writes one document. */
public final class PdfExporter {
    private static final com.lowagie.text.pdf.PdfName ARTIFACT = new com.lowagie.text.pdf.PdfName("Artifact");

    /** Stroke width of synthetic bold, in ems: about the weight step from Regular to Bold. */
    private static final double FAKE_BOLD_STROKE = 0.03;

    private final Map<Face, com.lowagie.text.pdf.EmbeddedSubsetFont> fonts = new HashMap<>();
    private final Map<java.nio.file.Path, byte[]> pictures = new HashMap<>();
    private TextState text = new TextState();

    /** The text state last written on the page (PDF's defaults at its start; no font, colour unknown). */
    private static final class TextState {
        BaseFont font;
        float size;
        org.jianbao.model.Color fill;
        float scaling = 100;
        float spacing;
    }
    private PdfWriter writer;
    private byte[] random;
    private Structure structure;
    private org.jianbao.frame.Tag linkTag;

    /**
     * Loads the PDF writer's classes ahead of need (a background thread at
     * start-up overlaps this with reading and layout): a one-page document written to nowhere.
     */
    public static void warmUp() {
        try {
            com.lowagie.text.Document pdf = new com.lowagie.text.Document(new Rectangle(10, 10), 0, 0, 0, 0);
            PdfWriter w = PdfWriter.getInstance(pdf, OutputStream.nullOutputStream());
            w.setFullCompression();
            pdf.open();
            w.getDirectContent().setColorFill(java.awt.Color.BLACK);
            w.getDirectContent().rectangle(0, 0, 1, 1);
            w.getDirectContent().fill();
            pdf.close();
        } catch (RuntimeException e) {
            // only a head start: the real document reports its own problems
        }
    }

    public void write(Document doc, OutputStream out) throws IOException {
        Frame first = doc.pages().get(0);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(new Rectangle((float) first.width(),
                (float) first.height()), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            this.writer = writer;
            writer.setFullCompression();
            writer.setCompressionLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            writer.setTagged();
            writer.setTabs(com.lowagie.text.pdf.PdfName.S);
            Info.apply(pdf, doc.metadata());
            byte[] hash = ContentHash.of(doc, this::picture);
            random = hash;
            pdf.open();
            Info.fix(writer, doc.metadata(), hash);
            Archive.apply(writer, doc.metadata(), com.lowagie.text.Document.getVersion());
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG,
                    new com.lowagie.text.pdf.PdfString(doc.metadata().lang()));
            structure = new Structure(writer, doc.structure());
            reserveCodes(doc);
            for (int p = 0; p < doc.pages().size(); p++) {
                Frame f = doc.pages().get(p);
                pdf.setPageSize(new Rectangle((float) f.width(), (float) f.height()));
                if (p > 0) {
                    pdf.newPage();
                }
                page(writer.getDirectContent(), f, p);
            }
            outline(writer, writer.getRootOutline(), doc.outline(), first.height());
            prepareFonts();
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF writer failed: " + e.getMessage(), e);
        }
    }

    private void page(PdfContentByte cb, Frame f, int index) throws IOException, DocumentException {
        double h = f.height();
        text = new TextState();   // a page's content starts from the default state
        org.jianbao.frame.Tag open = null;   // the marked-content sequence now open: items of one node share it
        for (FrameItem item : f.items()) {
            FrameItem inner = item instanceof FrameItem.Marked m ? m.item() : item;
            if (inner instanceof FrameItem.Link || inner instanceof FrameItem.UriLink) {
                linkTag = item instanceof FrameItem.Marked m ? m.tag() : null;
                draw(cb, inner, h);
                continue;
            }
            // content belongs to its structure element; anything else is an artifact
            org.jianbao.frame.Tag tag = item instanceof FrameItem.Marked m ? m.tag() : org.jianbao.frame.Tag.LAYOUT;
            if (tag != open) {
                if (open != null) {
                    cb.endMarkedContentSequence();
                }
                if (tag.isArtifact()) {
                    com.lowagie.text.pdf.PdfDictionary props = new com.lowagie.text.pdf.PdfDictionary();
                    props.put(com.lowagie.text.pdf.PdfName.TYPE, new com.lowagie.text.pdf.PdfName(tag.artifactType()));
                    cb.beginMarkedContentSequence(ARTIFACT, props, true);
                } else {
                    cb.beginMarkedContentSequence(structure.element(tag));
                }
                open = tag;
            }
            draw(cb, inner, h);
        }
        if (open != null) {
            cb.endMarkedContentSequence();
        }
    }

    private void draw(PdfContentByte cb, FrameItem it, double h) throws IOException, DocumentException {
        {
            if (it instanceof FrameItem.GlyphRun r) {
                text(cb, r, h);
            } else if (it instanceof FrameItem.Rule r) {
                cb.saveState();
                cb.setLineWidth((float) r.thickness());
                cb.setColorStroke(awt(r.color()));
                cb.moveTo((float) r.x0(), (float) (h - r.y0()));
                cb.lineTo((float) r.x1(), (float) (h - r.y1()));
                cb.stroke();
                cb.restoreState();
            } else if (it instanceof FrameItem.Picture pic) {
                byte[] bytes = picture(pic.file());
                // an unreadable file: the writer's own reading says why
                com.lowagie.text.Image img = bytes != null ? com.lowagie.text.Image.getInstance(bytes)
                        : com.lowagie.text.Image.getInstance(pic.file().toString());
                cb.addImage(img, (float) pic.width(), 0, 0, (float) pic.height(), (float) pic.x(),
                        (float) (h - pic.y() - pic.height()));
            } else if (it instanceof FrameItem.UriLink u) {
                link(new PdfAction(u.uri()), u.uri(), u.x(), u.y(), u.width(), u.height(), h);
            } else if (it instanceof FrameItem.Link l) {
                PdfDestination dest = new PdfDestination(PdfDestination.XYZ, -1, (float) (h - l.targetY()), 0);
                link(PdfAction.gotoLocalPage(l.targetPage() + 1, dest, writer), "第" + (l.targetPage() + 1) + "页",
                        l.x(), l.y(), l.width(), l.height(), h);
            }
        }
    }

    /**
     * A link annotation without a border, printable as PDF/A requires (ISO 19005-2 §6.3.2), with
     * its description and its place in the structure (PDF/UA, ISO 14289-1 §7.18.5).
     */
    private void link(PdfAction action, String description, double x, double y, double w, double height,
                      double pageHeight) {
        com.lowagie.text.Rectangle rect = new com.lowagie.text.Rectangle((float) x, (float) (pageHeight - y - height),
                (float) (x + w), (float) (pageHeight - y));
        com.lowagie.text.pdf.PdfAnnotation a = com.lowagie.text.pdf.PdfAnnotation.createLink(writer, rect,
                com.lowagie.text.pdf.PdfAnnotation.HIGHLIGHT_INVERT, action);
        a.setFlags(com.lowagie.text.pdf.PdfAnnotation.FLAGS_PRINT);
        a.setBorder(new com.lowagie.text.pdf.PdfBorderArray(0, 0, 0));
        a.put(com.lowagie.text.pdf.PdfName.CONTENTS,
                new com.lowagie.text.pdf.PdfString(description, com.lowagie.text.pdf.PdfString.TEXT_UNICODE));
        if (linkTag != null && !linkTag.isArtifact()) {
            structure.annotation(writer, linkTag, a);
        }
        writer.addAnnotation(a);
    }

    /**
     * A glyph run as text-showing operators: one TJ array per stretch of equal horizontal scale,
     * the numbers in it moving each glyph from its natural place to where the layout put it. Text
     * state (font, colour, scaling, spacing) persists from one run to the next within a page, so
     * only its changes are written.
     */
    private void text(PdfContentByte cb, FrameItem.GlyphRun r, double pageHeight) throws IOException,
            DocumentException {
        BaseFont bf = font(r.face());
        float size = (float) r.size();
        cb.beginText();
        if (bf != text.font || size != text.size) {
            cb.setFontAndSize(bf, size);
            text.font = bf;
            text.size = size;
        }
        if (!r.color().equals(text.fill)) {
            cb.setColorFill(awt(r.color()));
            text.fill = r.color();
        }
        if (r.fakeBold()) {
            // synthetic bold: the outline stroked as well as filled, 3 % of an em wide
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            cb.setLineWidth((float) (size * FAKE_BOLD_STROKE));
            cb.setColorStroke(awt(r.color()));
        }
        List<FrameItem.Placed> gs = r.glyphs();
        int i = 0;
        while (i < gs.size()) {
            double scale = gs.get(i).hScale();
            int j = i;
            while (j < gs.size() && gs.get(j).hScale() == scale) {
                j++;
            }
            float tz = (float) (100 * scale);
            if (tz != text.scaling) {
                cb.setHorizontalScaling(tz);
                text.scaling = tz;
            }
            cb.setTextMatrix((float) gs.get(i).x(), (float) (pageHeight - r.y()));
            // in thousandths of an em: how far each glyph's origin lies beyond the end of the one before
            double[] extra = new double[Math.max(0, j - i - 1)];
            int[] rounded = new int[extra.length];
            for (int k = i; k + 1 < j; k++) {
                double natural = bf.getWidth(gs.get(k).text()) / 1000.0;
                double wanted = (gs.get(k + 1).x() - gs.get(k).x()) / (size * scale);
                extra[k - i] = (wanted - natural) * 1000;
                rounded[k - i] = (int) Math.round(extra[k - i]);
            }
            // a justified line spreads its stretch evenly: the commonest gap becomes character
            // spacing (Tc), exact, so that the line still ends on the measure; only the gaps that
            // differ (beside punctuation, Latin) need a number of their own
            int mode = mode(rounded);
            double common = 0;
            int n = 0;
            for (int k = 0; k < extra.length; k++) {
                if (rounded[k] == mode) {
                    common += extra[k];
                    n++;
                }
            }
            common = n == 0 ? 0 : common / n;
            float tc = (float) (common * size / 1000.0);   // Tc is scaled by Tz like the glyphs
            if (tc != text.spacing) {
                cb.setCharacterSpacing(tc);
                text.spacing = tc;
            }
            PdfTextArray ta = new PdfTextArray();
            double carry = 0;   // what rounding the numbers to whole thousandths has left out so far
            for (int k = i; k < j; k++) {
                ta.add(gs.get(k).text());
                if (k + 1 < j && rounded[k - i] != mode) {
                    double exact = common - extra[k - i] + carry;
                    long whole = Math.round(exact);
                    carry = exact - whole;
                    ta.add(whole);
                }
            }
            cb.showText(ta);
            i = j;
        }
        if (r.fakeBold()) {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
        cb.endText();
    }

    /** The most frequent value (0 for none). */
    private static int mode(int[] v) {
        if (v.length == 0) {
            return 0;
        }
        int[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        int best = sorted[0];
        int bestRun = 0;
        for (int a = 0; a < sorted.length; ) {
            int b = a;
            while (b < sorted.length && sorted[b] == sorted[a]) {
                b++;
            }
            if (b - a > bestRun) {
                bestRun = b - a;
                best = sorted[a];
            }
            a = b;
        }
        return best;
    }

    /** Gives each font its codes in the font's glyph order before any text is written. */
    private void reserveCodes(Document doc) {
        Map<Face, java.util.stream.IntStream.Builder> used = new java.util.LinkedHashMap<>();
        for (Frame f : doc.pages()) {
            for (FrameItem item : f.items()) {
                if ((item instanceof FrameItem.Marked m ? m.item() : item) instanceof FrameItem.GlyphRun r) {
                    java.util.stream.IntStream.Builder b = used.computeIfAbsent(r.face(), x -> java.util.stream.IntStream.builder());
                    for (FrameItem.Placed g : r.glyphs()) {
                        g.text().codePoints().forEach(b);
                    }
                }
            }
        }
        used.forEach((face, cps) -> font(face).reserve(cps.build().toArray()));
    }

    /** Subsets and compresses the fonts side by side, before the writer embeds them. */
    private void prepareFonts() throws IOException {
        try {
            fonts.values().parallelStream().forEach(f -> {
                try {
                    f.prepare();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A picture file's bytes, read once for both the fingerprint and the writer; null if unreadable. */
    private byte[] picture(java.nio.file.Path file) {
        return pictures.computeIfAbsent(file, f -> {
            try {
                return java.nio.file.Files.readAllBytes(f);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private com.lowagie.text.pdf.EmbeddedSubsetFont font(Face face) {
        com.lowagie.text.pdf.EmbeddedSubsetFont bf = fonts.get(face);
        if (bf == null) {
            bf = new com.lowagie.text.pdf.EmbeddedSubsetFont(new FontProgram(face), subsetTag(face));
            fonts.put(face, bf);
        }
        return bf;
    }

    /** Six capital letters fixed by the content and the face: the subset's tag (ABCDEF+Name). */
    private String subsetTag(Face face) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(random);
            md.update(face.postScriptName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] h = md.digest();
            StringBuilder tag = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + (h[i] & 0xFF) % 26));
            }
            return tag.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void outline(PdfWriter writer, PdfOutline parent, List<Outline> items, double pageHeight) {
        for (Outline o : items) {
            PdfDestination dest = new PdfDestination(PdfDestination.XYZ, -1, (float) (pageHeight - o.y()), 0);
            PdfOutline node = new PdfOutline(parent, PdfAction.gotoLocalPage(o.page() + 1, dest, writer), o.title(),
                    false);
            outline(writer, node, o.children(), pageHeight);
        }
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color(c.r(), c.g(), c.b());
    }
}
