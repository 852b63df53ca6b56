package org.jianbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jianbao.font.Face;
import org.jianbao.frame.Document;
import org.jianbao.model.Issue;
import org.jianbao.font.FontChain;
import org.jianbao.font.FontLibrary;

/** The bundled fonts, for tests. */
public final class TestFonts {
    private TestFonts() {
    }

    /** The repository (surefire sets {@code jianbao.home} to it). */
    public static Path home() {
        String home = System.getProperty("jianbao.home");
        return home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    }

    /** A jianbao with the bundled fonts. */
    public static Jianbao jianbao() {
        return Jianbao.withFonts(home().resolve("fonts"), false);
    }

    /** Writes {@code doc}, laid out from {@code issue}, as the PDF {@code pdf} (PDF/A as its profile says). */
    public static void writePdf(Issue issue, Document doc, Path pdf) {
        String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
        jianbao().export(doc, List.of(RenderOptions.asProfile().pdf(issue)), pdf.getParent(), name);
    }

    public static FontLibrary library() {
        try {
            return FontLibrary.of(home().resolve("fonts"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Face face(String name) {
        return library().face(name).orElseThrow(() -> new AssertionError("no font " + name));
    }

    /** Noto Serif CJK SC, then the other bundled faces. */
    public static FontChain serif() {
        return new FontChain(java.util.List.of(face("Noto Serif CJK SC"), face("Noto Sans CJK SC Bold"),
                face("LXGW WenKai")));
    }
}
