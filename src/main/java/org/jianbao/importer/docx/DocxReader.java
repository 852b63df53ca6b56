package org.jianbao.importer.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.jianbao.importer.article.Blocks;
import org.jianbao.importer.article.Draft;
import org.jianbao.importer.article.ImportException;
import org.jianbao.importer.article.Inline;
import org.jianbao.importer.article.Lines;
import org.jianbao.importer.article.PictureStore;
import org.jianbao.model.Lang;
import org.w3c.dom.Element;

/**
 * A Word {@code .docx} article → a {@link Draft}. The first paragraph is the title when Word says so
 * (Title or Heading 1 style) or when it stands out (all bold, or set larger than the body); the short
 * lines after it that name a source, author or byline fill those fields; then every paragraph,
 * heading, list, table and picture in order, and the notes at the end.
 */
public final class DocxReader {
    private final Path file;
    private final XWPFDocument doc;
    private final Styles styles;
    private final Numbering numbering;
    private final Notes notes = new Notes();
    private final Para.Changes changes = new Para.Changes();
    private final ParagraphReader paragraphs;
    private final Draft draft;
    private final PictureStore pictures;
    private int pictureCount;
    /** Headings one level below the title's Heading 1 are the article's first level. */
    private int headingShift;
    private final List<String> pendingList = new ArrayList<>();
    private String pendingMarker;

    private DocxReader(Path file, XWPFDocument doc, PictureStore pictures, Lang lang) {
        this.file = file;
        this.doc = doc;
        this.styles = new Styles(doc);
        this.numbering = new Numbering(doc);
        this.paragraphs = new ParagraphReader(styles, notes::footnote, notes::endnote, changes);
        this.draft = new Draft(lang);
        this.pictures = pictures;
    }

    /**
     * Reads {@code file}; a file that is not a readable .docx is an {@link ImportException} that names it and
     * says what to do (anything else going wrong is a bug, and is not dressed up as the file's fault).
     */
    public static Draft read(Path file, PictureStore pictures, Lang lang) {
        XWPFDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException
                 | org.apache.poi.EncryptedDocumentException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            throw new ImportException(file + ": not a Word .docx file that can be read (" + reason(e) + "); open it in"
                    + " Word or WPS and save it again as .docx", e);
        }
        try (doc) {
            return new DocxReader(file, doc, pictures, lang).read();
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read (" + reason(e) + ")", e);
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    private Draft read() {
        List<Element> items = new ArrayList<>();
        flatten((Element) doc.getDocument().getBody().getDomNode(), items);
        int i = title(items);
        i = meta(items, i);
        for (; i < items.size(); i++) {
            Element e = items.get(i);
            if (Dom.name(e).equals("tbl")) {
                flushList();
                String caption = null;
                if (i + 1 < items.size() && Dom.name(items.get(i + 1)).equals("p")) {
                    String after = para(items.get(i + 1)).text();
                    if (Lines.isTableCaption(after)) {
                        caption = draft.clean(after);
                        i++;
                    }
                }
                table(e, caption);
            } else {
                Para p = para(e);
                if (Lines.isTableCaption(p.text()) && i + 1 < items.size() && Dom.name(items.get(i + 1)).equals("tbl")) {
                    flushList();
                    table(items.get(++i), draft.clean(p.text()));
                } else {
                    paragraph(p);
                }
            }
        }
        flushList();
        notes();
        warnings();
        if (draft.isEmpty()) {
            throw new ImportException(file + ": has no text under its title; is it the right file?");
        }
        return draft;
    }

    private final java.util.Map<Element, Para> read = new java.util.IdentityHashMap<>();

    /** A body paragraph, read once (reading counts changes and numbers the notes it refers to). */
    private Para para(Element p) {
        return read.computeIfAbsent(p, paragraphs::read);
    }

    /** Paragraphs and tables of the body in order, read through content controls. */
    private static void flatten(Element parent, List<Element> out) {
        for (Element e : Dom.children(parent)) {
            switch (Dom.name(e)) {
                case "p", "tbl" -> out.add(e);
                case "sdt" -> flatten(Dom.child(e, "sdtContent"), out);
                case "customXml" -> flatten(e, out);
                default -> { }   // sectPr, bookmarks
            }
        }
    }

    /** Finds the title; returns the index of the first item after it. */
    private int title(List<Element> items) {
        int bodySize = bodySize(items);
        for (int i = 0; i < items.size(); i++) {
            if (!Dom.name(items.get(i)).equals("p")) {
                break;
            }
            Para p = para(items.get(i));
            if (p.isBlank()) {
                continue;
            }
            int heading = styles.headingLevel(p.style());
            boolean stands = styles.isTitle(p.style()) || heading == 1 || p.allBold()
                    || bodySize > 0 && p.maxSize() >= bodySize + 4;
            if (stands && p.pictures().isEmpty() && p.text().length() <= 80) {
                draft.title(p.text().replaceAll("\\s*\\n\\s*", ""));
                headingShift = heading == 1 && !styles.isTitle(p.style()) ? 1 : 0;
                return i + 1;
            }
            break;
        }
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        draft.title(name);
        draft.report().warn("no title found (the first paragraph is neither in the Title or Heading 1 style, nor bold,"
                + " nor larger than the text); the file name \"" + name + "\" is the title — edit it in the issue");
        return 0;
    }

    /** The most common run size of the document's text, weighted by length (half-points), or 0. */
    private int bodySize(List<Element> items) {
        java.util.Map<Integer, Integer> chars = new java.util.HashMap<>();
        Para.Changes scratch = new Para.Changes();
        ParagraphReader r = new ParagraphReader(styles, id -> "", id -> "", scratch);
        for (Element e : items) {
            if (Dom.name(e).equals("p")) {
                Para p = r.read(e);
                chars.merge(p.maxSize(), p.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(0);
    }

    /** Source, author and byline lines right under the title; returns the index of the first body item. */
    private int meta(List<Element> items, int from) {
        int i = from;
        for (; i < items.size() && Dom.name(items.get(i)).equals("p"); i++) {
            Para p = para(items.get(i));
            if (p.isBlank()) {
                continue;
            }
            String name = styles.name(p.style());
            Lines.Meta m = Lines.meta(p.text());
            if (m == null && (name.equals("subtitle") || name.equals("副标题")) && !draft.hasMeta()) {
                m = new Lines.Meta(null, null, p.text());
            }
            if (m == null || !p.pictures().isEmpty()) {
                break;
            }
            if (m.source() != null) {
                draft.source(m.source());
            }
            if (m.author() != null) {
                draft.author(m.author());
            }
            if (m.byline() != null) {
                draft.byline(m.byline());
            }
        }
        return i;
    }

    private void paragraph(Para p) {
        if (p.isBlank()) {
            return;
        }
        String text = p.text();
        if (!text.isEmpty()) {
            text(p, text);
        }
        for (String id : p.pictures()) {
            flushList();
            picture(id);
        }
    }

    private void text(Para p, String text) {
        if ((Lines.isFigureCaption(text) || styles.isCaption(p.style())) && Blocks.awaitsCaption(draft.last(), "image")) {
            Blocks.caption(draft.last(), draft.clean(text));
            return;
        }
        Numbering.Label label = p.numId() == null ? null : numbering.next(p.numId(), p.ilvl());
        if (label != null && label.bullet()) {
            listItem("bullet", Inline.marked(p.runs()).strip());
            return;
        }
        String prefix = label == null ? "" : label.text();
        String full = prefix + text;
        int level = headingLevel(p, full);
        if (level > 0) {
            flushList();
            draft.add("heading", Blocks.heading(level, draft.clean(full.replaceAll("\\s*\\n\\s*", ""))));
            return;
        }
        String manual = manualBullet(text);
        if (manual != null && p.runs().stream().noneMatch(Inline::bold)) {
            listItem("bullet", manual);
            return;
        }
        flushList();
        com.fasterxml.jackson.databind.JsonNode runs = Blocks.text(Inline.tidy(prefix, p.runs()), draft::clean);
        if (styles.isQuote(p.style())) {
            draft.add("quote", Blocks.quote(runs));
        } else {
            draft.add("paragraph", Blocks.paragraph(runs));
        }
    }

    /** From the style (Heading N or its outline level), the paragraph's outline level, or its own number. */
    private int headingLevel(Para p, String full) {
        int h = styles.headingLevel(p.style());
        if (h == 0 && p.outline() >= 0 && p.outline() < 9) {
            h = p.outline() + 1;
        }
        if (h > 0 && full.length() <= 80) {
            return Math.max(1, Math.min(4, h - headingShift));
        }
        return Lines.headingLevel(full);
    }

    /** The text after a typed bullet (● • ■ ◆ - …), or null. */
    private static String manualBullet(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[●•·▪■◆◇○◎►▶★☆\\-–—]\\s*(\\S.*)$",
                java.util.regex.Pattern.DOTALL).matcher(text);
        return m.matches() && !text.startsWith("——") ? m.group(1) : null;
    }

    private void listItem(String marker, String text) {
        if (pendingMarker != null && !pendingMarker.equals(marker)) {
            flushList();
        }
        pendingMarker = marker;
        pendingList.add(draft.clean(text));
    }

    private void flushList() {
        if (!pendingList.isEmpty()) {
            draft.add("list", Blocks.list(pendingMarker, List.copyOf(pendingList)));
            pendingList.clear();
        }
        pendingMarker = null;
    }

    private void picture(String relationId) {
        pictureCount++;
        XWPFPictureData data = doc.getPictureDataByID(relationId);
        String what = "picture " + pictureCount + " of " + file.getFileName();
        if (data == null) {
            draft.report().warn(what + " is linked, not embedded, and was left out; insert it into the document or"
                    + " add it by hand");
            return;
        }
        PictureStore.Saved saved = pictures.save(data.getData(), what, draft.report());
        if (saved != null) {
            draft.add("picture", Blocks.image(saved.src(), null, saved.widthHint()));
        }
    }

    private void table(Element tbl, String caption) {
        draft.add("table", Tables.convert(tbl, this::cell, caption, draft.report()));
    }

    private Tables.Content cell(Element tc) {
        List<String> lines = new ArrayList<>();
        String align = null;
        boolean bold = true;
        for (Element p : Dom.descendants(tc, "p")) {
            Para para = paragraphs.read(p);
            if (!para.text().isEmpty()) {
                lines.add(para.text());
                align = align == null ? para.align() : align;
                bold &= para.allBold();
            }
            if (!para.pictures().isEmpty()) {
                draft.report().warn("a picture inside a table cell was left out; tables hold text only");
            }
        }
        String text = String.join("\n", lines);
        return new Tables.Content(text.isEmpty() ? "" : draft.clean(text), align, bold && !lines.isEmpty());
    }

    private void notes() {
        for (Notes.Ref r : notes.all()) {
            XWPFAbstractFootnoteEndnote n = r.endnote() ? doc.getEndnoteByID(Dom.integer(r.id(), -1))
                    : doc.getFootnoteByID(Dom.integer(r.id(), -1));
            if (n == null) {
                continue;
            }
            List<String> text = new ArrayList<>();
            ParagraphReader inner = new ParagraphReader(styles, id -> "", id -> "", changes);
            for (Element p : Dom.children((Element) n.getCTFtnEdn().getDomNode(), "p")) {
                String t = Inline.marked(inner.read(p).runs()).strip();
                if (!t.isEmpty()) {
                    text.add(t);
                }
            }
            if (!text.isEmpty()) {
                draft.add("note", Blocks.note("注" + r.marker(), draft.clean(String.join("\n", text))));
            }
        }
    }

    private void warnings() {
        var report = draft.report();
        if (changes.insertions + changes.deletions + changes.formatting > 0) {
            report.warn("the document has tracked changes (" + changes.insertions + " insertions, " + changes.deletions
                    + " deletions, " + changes.formatting + " formatting changes); they were accepted — the text is as"
                    + " Word shows it with all changes accepted; check it");
        }
        if (changes.comments > 0) {
            report.warn(changes.comments + " comment" + (changes.comments == 1 ? " was" : "s were")
                    + " left out (comments are notes to the editor, not part of the article)");
        }
        if (changes.textBoxes > 0) {
            report.warn("the text of " + changes.textBoxes + " text box" + (changes.textBoxes == 1 ? " was" : "es were")
                    + " left out; copy it into the article by hand if it belongs there");
        }
        if (changes.symbols > 0) {
            report.warn(changes.symbols + " symbol" + (changes.symbols == 1 ? "" : "s") + " from a symbol font (Wingdings,"
                    + " Symbol) left out; type them as ordinary characters");
        }
    }
}
