package org.jianbao.studio;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jianbao.Jianbao;
import org.jianbao.RenderOptions;
import org.jianbao.export.pdf.PdfExporter;
import org.jianbao.export.pdf.PdfOptions;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Metadata;
import org.jianbao.frame.Tag;
import org.jianbao.problem.JianbaoException;
import org.jianbao.problem.Problem;

/**
 * The studio's one door into the typesetter. Everything the studio asks of the engine — read and
 * lay out an issue, check it, draw pages as PNG, write the PDF, draw a profile's masthead — goes
 * through this class, and no other class of the studio imports the engine (the routine's
 * normaliser takes the model's {@code Lang}, a plain value): when the engine's facade changes,
 * this is the file to repoint.
 *
 * <p>One instance lives as long as the server: the fonts are loaded once and the engine's caches
 * stay warm. Renders take turns (one lock), since the font library's caches are shared.
 */
public final class Pipeline {
    /** The masthead preview shows the page down to this far below the last red rule, in points. */
    private static final double BELOW_RULE = 8;

    private final Jianbao engine;
    private final ReentrantLock turn = new ReentrantLock();

    /** A pipeline on {@code engine}, which it keeps (with its fonts and pictures) for the server's life. */
    public Pipeline(Jianbao engine) {
        this.engine = engine;
    }

    /** The input cannot be printed; the findings say why. */
    public static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Finding> findings;

        Failed(List<Finding> findings) {
            super(findings.isEmpty() ? "failed" : findings.get(0).message(), null, false, false);
            this.findings = List.copyOf(findings);
        }

        public List<Finding> findings() {
            return findings;
        }
    }

    /**
     * A laid-out issue, opaque to the rest of the studio: its page count and, for each page, a
     * fingerprint that changes exactly when what the page shows changes.
     */
    public static final class Pages {
        private final Document document;
        private final List<String> fingerprints;

        private Pages(Document document, List<String> fingerprints) {
            this.document = document;
            this.fingerprints = List.copyOf(fingerprints);
        }

        public int count() {
            return fingerprints.size();
        }

        public List<String> fingerprints() {
            return fingerprints;
        }
    }

    /** The outcome of a layout: the pages ({@code null} when the issue has errors) and every finding. */
    public record Laid(Pages pages, List<Finding> findings) {
    }

    /** Reads and lays out an issue. Bad input gives findings, never an exception. */
    public Laid layout(Path issue) {
        turn.lock();
        try {
            Jianbao.Read read = engine.read(issue);
            Jianbao.Laid laid = engine.layout(read.issue());
            List<Finding> all = new ArrayList<>(findings(read.warnings()));
            all.addAll(findings(laid.warnings()));
            return new Laid(new Pages(laid.document(), fingerprints(laid.document())), all);
        } catch (JianbaoException e) {
            return new Laid(null, findings(e.problems()));
        } finally {
            turn.unlock();
        }
    }

    /** Everything {@code jianbao check} reports for the issue: schema, reader and layout problems. */
    public List<Finding> check(Path issue) {
        turn.lock();
        try {
            return findings(engine.check(issue));
        } catch (JianbaoException e) {
            return findings(e.problems());
        } finally {
            turn.unlock();
        }
    }

    /** The given pages (0-based) as PNG images at {@code dpi}, in the order asked. */
    public List<byte[]> png(Pages pages, List<Integer> which, float dpi) throws IOException {
        if (which.isEmpty()) {
            return List.of();
        }
        List<Frame> frames = new ArrayList<>();
        which.forEach(i -> frames.add(pictureOnly(pages.document.pages().get(i))));
        Metadata m = pages.document.metadata();
        // only what shows: no bookmarks, links or structure, and no PDF/A extras to write
        Document shown = new Document(frames, List.of(), new Metadata(m.title(), m.author(), m.subject(),
                m.keywords(), m.lang(), m.date()), Tag.document());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 16);
        turn.lock();
        try {
            new PdfExporter(new PdfOptions(false)).write(shown, pdf);
        } finally {
            turn.unlock();
        }
        byte[] bytes = pdf.toByteArray();
        if (which.size() == 1) {
            return draw(bytes, 0, 1, 1, dpi);
        }
        // two pages or more: two threads, each drawing every other page from its own copy of the document
        java.util.concurrent.Future<List<byte[]>> odd = DRAWING.submit(() -> draw(bytes, 1, 2, which.size(), dpi));
        List<byte[]> even = draw(bytes, 0, 2, which.size(), dpi);
        List<byte[]> other;
        try {
            other = odd.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing pages", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        List<byte[]> out = new ArrayList<>(which.size());
        for (int i = 0; i < which.size(); i++) {
            out.add(i % 2 == 0 ? even.get(i / 2) : other.get(i / 2));
        }
        return out;
    }

    /** A second drawing thread for previews of several pages (page images are independent). */
    private static final java.util.concurrent.ExecutorService DRAWING = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jianbao-studio-draw");
        t.setDaemon(true);
        return t;
    });

    /** Pages {@code first}, {@code first + step}, … below {@code count} of a PDF, as PNG. */
    private static List<byte[]> draw(byte[] pdf, int first, int step, int count, float dpi) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true);
            for (int i = first; i < count; i += step) {
                out.add(encode(renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
            }
        }
        return out;
    }

    /**
     * Renders the issue to {@code target} as {@code jianbao render} does (atomically: a failed
     * render leaves any earlier file as it was); returns the page count.
     */
    public int render(Path issue, Path target) throws Failed {
        turn.lock();
        try {
            Jianbao.Read read = engine.read(issue);
            Jianbao.Laid laid = engine.layout(read.issue());
            String name = target.getFileName().toString().replaceFirst("\\.pdf$", "");
            engine.export(laid.document(), List.of(RenderOptions.asProfile().pdf(read.issue())),
                    target.toAbsolutePath().getParent(), name);
            return laid.document().pages().size();
        } catch (JianbaoException e) {
            throw new Failed(findings(e.problems()));
        } finally {
            turn.unlock();
        }
    }

    /** The issue's PDF, exactly as {@code jianbao render} writes it. */
    public byte[] pdf(Path issue) throws Failed {
        turn.lock();
        try {
            Jianbao.Read read = engine.read(issue);
            Jianbao.Laid laid = engine.layout(read.issue());
            return RenderOptions.asProfile().pdf(read.issue()).bytes(laid.document());
        } catch (JianbaoException e) {
            throw new Failed(findings(e.problems()));
        } catch (IOException e) {
            throw new Failed(List.of(Finding.general("the PDF could not be written: " + e.getMessage())));
        } finally {
            turn.unlock();
        }
    }

    /** A masthead drawn ({@code png} is {@code null} when the profile has errors) and the profile's findings. */
    public record Masthead(byte[] png, List<Finding> findings) {
    }

    /**
     * The top of page 1 as it prints with this profile — the masthead, the issue line, the editor
     * line and the red rule — for a stand-in issue, with every problem found in the profile
     * (located in {@code profile}). Profiles refer to no files, so the profile is copied into a
     * temporary folder beside the stand-in issue and nothing is written into the workspace.
     */
    public Masthead masthead(Path profile, int year, int number, int total, String date, float dpi) throws IOException {
        Path dir = Files.createTempDirectory("jianbao-masthead");
        try {
            Path copy = dir.resolve("profile.json");
            Files.copy(profile, copy);
            Path issue = dir.resolve("masthead.json");
            Files.writeString(issue, "{\"profile\":\"profile.json\",\"year\":" + year + ",\"number\":" + number
                    + ",\"total\":" + total + ",\"date\":\"" + date + "\",\"sections\":[{\"name\":\"示例\","
                    + "\"articles\":[{\"title\":\"示例文章\",\"body\":[\"示例。\"]}]}]}", StandardCharsets.UTF_8);
            List<Finding> findings = new ArrayList<>();
            for (Finding f : check(issue)) {
                if (f.file() == null || f.file().toAbsolutePath().normalize().equals(copy.toAbsolutePath().normalize())
                        || f.file().toString().equals(copy.toString())) {
                    findings.add(new Finding(f.error(), f.file() == null ? null : profile, f.line(), f.column(), f.path(),
                            f.message()));
                }
            }
            Laid laid = layout(issue);
            if (laid.pages() == null) {
                return new Masthead(null, findings);
            }
            Frame first = laid.pages().document.pages().get(0);
            byte[] png = png(laid.pages(), List.of(0), dpi).get(0);
            BufferedImage page = ImageIO.read(new java.io.ByteArrayInputStream(png));
            int top = (int) Math.max(0, Math.floor((mastheadTop(first) - BELOW_RULE) * dpi / 72));
            int bottom = (int) Math.min(page.getHeight(), Math.ceil(mastheadBottom(first) * dpi / 72));
            return new Masthead(encode(page.getSubimage(0, top, page.getWidth(), Math.max(1, bottom - top))), findings);
        } finally {
            FileSafety.deleteTree(dir);
        }
    }

    /** The top of the first line of page 1 (its baseline less its size): where the masthead's preview starts. */
    private static double mastheadTop(Frame page) {
        double top = page.height();
        for (FrameItem item : page.items()) {
            FrameItem it = item instanceof FrameItem.Marked m ? m.item() : item;
            if (it instanceof FrameItem.GlyphRun r) {
                top = Math.min(top, r.y() - r.size());
            }
        }
        return top >= page.height() ? 0 : top;
    }

    /** Below the masthead's red rules (the first rules of page 1): where its preview ends. */
    private static double mastheadBottom(Frame page) {
        double bottom = -1;
        for (FrameItem item : page.items()) {
            FrameItem it = item instanceof FrameItem.Marked m ? m.item() : item;
            if (it instanceof FrameItem.Rule r) {
                double y = Math.max(r.y0(), r.y1()) + r.thickness() / 2;
                if (bottom < 0 || y - bottom < 6) {
                    bottom = Math.max(bottom, y);
                } else {
                    break;
                }
            }
        }
        return bottom < 0 ? page.height() * 0.4 : bottom + BELOW_RULE;
    }

    /** A page with its drawn items only: structure marks unwrapped, links left out. */
    private static Frame pictureOnly(Frame f) {
        List<FrameItem> items = new ArrayList<>(f.items().size());
        for (FrameItem item : f.items()) {
            FrameItem it = item instanceof FrameItem.Marked m ? m.item() : item;
            if (!(it instanceof FrameItem.Link || it instanceof FrameItem.UriLink)) {
                items.add(it);
            }
        }
        return new Frame(f.width(), f.height(), items);
    }

    private static byte[] encode(BufferedImage img) throws IOException {
        return PngEncoder.encode(img);
    }

    /**
     * One fingerprint per page: what is drawn where (text, face, size, colour, position to
     * 0.01 pt; rules; pictures with their file's size and time). Equal fingerprints draw equal pages.
     */
    private static List<String> fingerprints(Document doc) {
        List<String> out = new ArrayList<>(doc.pages().size());
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        for (Frame f : doc.pages()) {
            StringBuilder s = new StringBuilder(8192).append(n(f.width())).append('x').append(n(f.height())).append('\n');
            for (FrameItem item : f.items()) {
                FrameItem it = item instanceof FrameItem.Marked m ? m.item() : item;
                if (it instanceof FrameItem.GlyphRun r) {
                    s.append("t ").append(r.face().postScriptName()).append(' ').append(n(r.size())).append(' ')
                            .append(r.color()).append(r.fakeBold() ? " b " : " ").append(n(r.y()));
                    for (FrameItem.Placed g : r.glyphs()) {
                        s.append(' ').append(n(g.x())).append(':').append(g.text());
                        if (g.hScale() != 1) {
                            s.append('*').append(n(g.hScale()));
                        }
                    }
                } else if (it instanceof FrameItem.Rule r) {
                    s.append("r ").append(n(r.x0())).append(' ').append(n(r.y0())).append(' ').append(n(r.x1()))
                            .append(' ').append(n(r.y1())).append(' ').append(n(r.thickness())).append(' ')
                            .append(r.color());
                } else if (it instanceof FrameItem.Picture p) {
                    s.append("i ").append(n(p.x())).append(' ').append(n(p.y())).append(' ').append(n(p.width()))
                            .append(' ').append(n(p.height())).append(' ').append(p.image().file()).append(p.multiply() ? " m " : " ")
                            .append(fileStamp(p.image().file()));
                }
                s.append('\n');
            }
            out.add(HexFormat.of().formatHex(sha.digest(s.toString().getBytes(StandardCharsets.UTF_8)), 0, 12));
        }
        return out;
    }

    private static String fileStamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "?";
        }
    }

    /** A coordinate in hundredths of a point, without the cost of String.format. */
    private static String n(double v) {
        return Long.toString(Math.round(v * 100));
    }

    private static List<Finding> findings(List<Problem> problems) {
        List<Finding> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            out.add(new Finding(p.isError(), p.file(), p.line(), p.column(), p.path(), p.message()));
        }
        return out;
    }
}
