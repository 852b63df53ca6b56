package org.jianbao.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jianbao.importer.docx.DocxReader;
import org.jianbao.model.Lang;
import org.jianbao.workspace.json.JsonText;
import org.jianbao.importer.article.Draft;
import org.jianbao.importer.article.ImportException;
import org.jianbao.importer.article.PictureStore;
import org.jianbao.importer.article.Report;

/**
 * {@code jianbao import}: reads an article from a Word, Markdown or text file and inserts it into a
 * section of an issue. All or nothing: the section and position are checked first, pictures are saved,
 * the issue is written atomically (and only if no other program changed it meanwhile); if anything
 * fails, the pictures saved are removed and the issue is as it was.
 */
public final class Importer {
    /** A Word file with a dozen full-size photos is tens of MiB; beyond this it is not an article. */
    static final long MAX_BYTES = 200L << 20;

    private Importer() {
    }

    /**
     * What happened: the issue, the section (and whether it was added), the article's 1-based position
     * in it, its title, the pictures saved, and the report of what came in and every warning.
     */
    public record Result(Path issue, String section, boolean sectionAdded, int position, String title,
                         List<Path> pictures, Report report) {
    }

    /** Imports {@code file} into section {@code section} of {@code issue}, at 1-based {@code at} (null: at the end). */
    public static Result importInto(Path file, Path issue, String section, Integer at) {
        Kind kind = kind(file);
        IssueTarget target = IssueTarget.open(issue);
        int index = target.check(section, at);
        String stem = issue.getFileName().toString().replaceFirst("\\.json$", "") + "-"
                + safe(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        PictureStore pictures = new PictureStore(target.images, issue.toAbsolutePath().normalize().getParent(), stem);
        try {
            Draft draft = read(kind, file, pictures, target.lang);
            boolean added = target.section(section) < 0;
            JsonText edited;
            try {
                edited = target.insert(section, index, draft.toJson());
            } catch (org.jianbao.workspace.json.JsonEditException e) {
                throw new ImportException(issue + ": the article cannot be put into it (" + e.getMessage()
                        + "); check the section's \"articles\" list", e);
            }
            target.save(edited);
            return new Result(target.path(), section, added, index + 1, draft.title(), pictures.written(), draft.finished());
        } catch (RuntimeException e) {
            pictures.rollback();
            throw e;
        }
    }

    /** Reads an article without putting it anywhere (the studio's preview); pictures go to {@code pictures}. */
    public static Draft read(Path file, PictureStore pictures, Lang lang) {
        return read(kind(file), file, pictures, lang);
    }

    private static Draft read(Kind kind, Path file, PictureStore pictures, Lang lang) {
        return switch (kind) {
            case DOCX -> DocxReader.read(file, pictures, lang);
            case MARKDOWN -> MarkdownArticle.read(file, pictures, lang);
            case TEXT -> TextReader.read(file, lang);
        };
    }

    private enum Kind { DOCX, MARKDOWN, TEXT }

    /** The kind of file by its name, checked against its first bytes (an old .doc renamed .docx is said to be one). */
    private static Kind kind(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + ": no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(file + ": larger than " + (MAX_BYTES >> 20) + " MiB; is this one article? Make"
                        + " its pictures smaller (in Word: 压缩图片) and save it again");
            }
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        byte[] head = head(file);
        boolean ole = head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
        if (ole || name.endsWith(".doc") || name.endsWith(".wps") || name.endsWith(".dot")) {
            throw new ImportException(file + ": an old Word (.doc) or WPS (.wps) file"
                    + (ole && name.endsWith(".docx") ? " (or a password-protected .docx)" : "")
                    + "; open it in Word or WPS, choose 另存为 (Save As) → Word 文档 (*.docx), and import the .docx");
        }
        if (name.endsWith(".docx")) {
            if (head.length < 2 || head[0] != 'P' || head[1] != 'K') {
                throw new ImportException(file + ": named .docx but not a Word document inside; save it again from Word"
                        + " or WPS as .docx");
            }
            return Kind.DOCX;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Kind.MARKDOWN;
        }
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        }
        throw new ImportException(file + ": jianbao imports Word (.docx), Markdown (.md) and text (.txt) files;"
                + " save the article as one of them");
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** A file-name part: letters, digits and Chinese kept, anything else a hyphen, at most 24 characters. */
    static String safe(String s) {
        String t = s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        t = t.codePointCount(0, t.length()) > 24 ? t.substring(0, t.offsetByCodePoints(0, 24)) : t;
        return t.isEmpty() ? "article" : t;
    }
}
