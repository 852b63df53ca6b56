package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jianbao.TestFonts;
import org.jianbao.TestIssues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad file in the fonts folder (garbage, cut short, empty) is named in a warning and skipped; it
 * stops a render only when the profile needs a face that only it could give.
 */
class FontsFolderTest {
    @TempDir
    Path home;

    private final String before = System.getProperty("jianbao.home");

    @AfterEach
    void restore() {
        System.setProperty("jianbao.home", before);
    }

    private Path homeWithBadFonts() throws IOException {
        Path fonts = Files.createDirectories(home.resolve("fonts"));
        try (var files = Files.list(TestFonts.home().resolve("fonts"))) {
            for (Path f : files.toList()) {
                Files.createSymbolicLink(fonts.resolve(f.getFileName()), f);
            }
        }
        Files.write(fonts.resolve("garbage.ttf"), "2x\u00e9q not a font at all, just text".getBytes());
        byte[] real = Files.readAllBytes(TestFonts.home().resolve("fonts/LXGWWenKai-Regular.ttf"));
        Files.write(fonts.resolve("truncated.ttf"), Arrays.copyOf(real, 300));
        Files.write(fonts.resolve("empty.otf"), new byte[0]);
        System.setProperty("jianbao.home", home.toString());
        return fonts;
    }

    @Test
    void damagedFontFilesAreNamedAndSkipped() throws IOException {
        homeWithBadFonts();
        Path issue = TestIssues.article(home.resolve("b"), null, "[ \"正文。\" ]");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new String[] {"render", issue.toString(), "-o", home.resolve("out").toString()},
                new PrintWriter(o, true), new PrintWriter(e, true));
        String text = o + "\n" + e;
        assertEquals(0, code, text);
        for (String bad : new String[] {"garbage.ttf", "truncated.ttf", "empty.otf"}) {
            assertTrue(text.contains("warning: " + bad + " in ") && text.contains("was skipped"), bad + ":\n" + text);
        }
        assertFalse(text.contains("2x"), "no raw bytes of the file in the message:\n" + text);
        assertTrue(Files.exists(home.resolve("out/issue.pdf")));
    }
}
