package org.jianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jianbao.Jianbao;

/**
 * The jianbao folder, which holds {@code fonts/}: the {@code jianbao.home} system property (the
 * launcher sets it), else the {@code JIANBAO_HOME} variable, else the nearest folder above the
 * running jar that has a {@code fonts/} folder, else the working directory.
 */
final class Home {
    private Home() {
    }

    static Path get() {
        String prop = System.getProperty("jianbao.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("JIANBAO_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            Path code = Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("fonts"))) {
                    return p;
                }
            }
        } catch (Exception e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /** A jianbao reading the fonts of the home folder. */
    static Jianbao jianbao(boolean allowMissingGlyphs) {
        return Jianbao.withFonts(get().resolve("fonts"), allowMissingGlyphs);
    }
}
