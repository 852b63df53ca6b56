package org.jianbao.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jianbao.Jianbao;
import org.jianbao.problem.JianbaoException;
import org.jianbao.TestFonts;
import org.jianbao.TestIssues;
import org.jianbao.frame.FrameItem;
import org.jianbao.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Font choice per character: the profile's fallback list, the Traditional Chinese faces
 * (docs/typography.md §3.3), and no invisible or tofu glyph ever (docs/typography.md §3.4).
 */
class FontFallbackTest {
    @TempDir
    Path dir;

    private static Fonts fonts() {
        return new Fonts(TestFonts.library(), Map.of("song", List.of("Noto Serif CJK SC"),
                "fallback", List.of("Noto Sans CJK SC Bold", "LXGW WenKai")));
    }

    /** Every glyph run of the document, unwrapped from its structure mark. */
    static List<FrameItem.GlyphRun> runs(org.jianbao.frame.Document doc) {
        return doc.pages().stream().flatMap(f -> f.items().stream())
                .map(i -> i instanceof FrameItem.Marked m ? m.item() : i)
                .filter(i -> i instanceof FrameItem.GlyphRun).map(i -> (FrameItem.GlyphRun) i).toList();
    }

    @Test
    void characterMissingFromTheFirstFontFallsBackToTheNext() {
        // U+02BC MODIFIER LETTER APOSTROPHE is in LXGW WenKai only
        assertEquals("LXGW WenKai", fonts().chain("song", Lang.HANS).faceFor(0x02BC).fullName());
        assertEquals("Noto Serif CJK SC", fonts().chain("song", Lang.HANS).faceFor('行').fullName());
    }

    @Test
    void traditionalChineseSelectsTheTcFace() {
        assertEquals("Noto Serif CJK TC", fonts().chain("song", Lang.HANT).primary().fullName());
        assertEquals("Noto Sans CJK TC Bold", fonts().chain("song", Lang.HANT).faces().get(1).fullName());
    }

    @Test
    void traditionalArticleIsSetInTheTcFace() {
        Path issue = TestIssues.article(dir, "zh-Hant", "[ \"「資訊產業」是重要的基礎。\" ]");
        Jianbao jb = TestFonts.jianbao();
        var doc = jb.layout(jb.read(issue).issue()).document();
        List<FrameItem.GlyphRun> runs = runs(doc).stream().filter(r -> r.text().contains("資訊產業")).toList();
        assertEquals(1, runs.size());
        assertEquals("Noto Serif CJK TC", runs.get(0).face().fullName());
    }

    @Test
    void characterNoFontCoversIsAnErrorNamingItsCodePoint() {
        Path issue = TestIssues.article(dir, null, "[ \"笑脸😀符号\" ]");
        Jianbao jb = TestFonts.jianbao();
        var read = jb.read(issue).issue();
        JianbaoException e = assertThrows(JianbaoException.class, () -> jb.layout(read));
        String m = e.problems().get(0).toString();
        assertTrue(m.contains("U+1F600") && m.contains("😀") && m.contains("测试文章"), m);
    }

    @Test
    void withMissingGlyphsAllowedTheCharacterIsSetAsGetaWithAWarning() {
        Path issue = TestIssues.article(dir, null, "[ \"笑脸😀符号\" ]");
        Jianbao jb = Jianbao.withFonts(TestFonts.home().resolve("fonts"), true);
        var laid = jb.layout(jb.read(issue).issue());
        assertTrue(laid.warnings().get(0).message().contains("U+1F600"));
        assertTrue(runs(laid.document()).stream().anyMatch(r -> r.text().contains("笑脸〓符号")));
    }
}
