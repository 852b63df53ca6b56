package org.jianbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jianbao.font.Face;
import org.jianbao.font.FontChain;
import org.jianbao.font.FontLibrary;

/** The bundled fonts, for tests. */
public final class TestFonts {
    private TestFonts() {
    }

    public static Path home() {
        return Jianbao.home();
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
