package org.jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jianbao.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jianbao.importer.article.ImportException;

/** Bad input is refused with the file named and what to do, and leaves the issue and images/ as they were. */
class ImportRefusalTest {
    @TempDir
    Path tmp;
    Workspace.Created ws;
    byte[] issueBefore;

    @BeforeEach
    void workspace() throws Exception {
        ws = Workspace.init(tmp.resolve("ws"), "测试协会工作简报", LocalDate.of(2025, 3, 1));
        issueBefore = Files.readAllBytes(ws.firstIssue());
    }

    private String refused(Path file, String section, Integer at) throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> Importer.importInto(file, ws.firstIssue(), section, at));
        assertArrayEquals(issueBefore, Files.readAllBytes(ws.firstIssue()), "the issue is unchanged");
        try (Stream<Path> s = Files.list(ws.root().resolve("images"))) {
            assertEquals(List.of(), s.toList(), "no picture is left behind");
        }
        return e.getMessage();
    }

    @Test
    void anOldWordOrWpsFileIsToldToBeSavedAsDocx() throws Exception {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        for (String name : List.of("通知.doc", "通知.wps", "改了扩展名.docx")) {
            Path f = Files.write(tmp.resolve(name), ole);
            String m = refused(f, "协会动态", null);
            assertTrue(m.startsWith(f.toString()) && m.contains("另存为") && m.contains(".docx"), m);
        }
    }

    @Test
    void aFileThatIsNotReallyADocxOrOfAnUnknownKindIsNamed() throws Exception {
        Path text = Files.writeString(tmp.resolve("假的.docx"), "这不是Word文件");
        assertTrue(refused(text, "协会动态", null).contains("named .docx but not a Word document"));
        Path broken = Files.write(tmp.resolve("坏的.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        String m = refused(broken, "协会动态", null);
        assertTrue(m.startsWith(broken + ": not a Word .docx file that can be read"), m);
        Path pdf = Files.writeString(tmp.resolve("稿件.pdf"), "%PDF-1.7");
        assertTrue(refused(pdf, "协会动态", null).contains("imports Word (.docx), Markdown (.md) and text (.txt)"));
        assertTrue(refused(tmp.resolve("没有.docx"), "协会动态", null).endsWith("no such file"));
    }

    @Test
    void anUnknownSectionListsTheSectionsAndABadPositionTheRange() throws Exception {
        Path docx = MemberDocx.write(tmp.resolve("a.docx"));
        String m = refused(docx, "协会东态", null);
        assertTrue(m.contains("has no section \"协会东态\"; its sections are 协会动态、会员风采、行业资讯、政策法规"), m);
        m = refused(docx, "协会动态", 3);
        assertTrue(m.contains("--at 3 is outside the section \"协会动态\", which has 0 articles: give 1 to 1"), m);
    }

    @Test
    void anIssueThatCannotTakeTheArticleLeavesNoPictureBehind() throws Exception {
        Files.writeString(ws.firstIssue(), new String(issueBefore, java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"articles\": \\[]", "\"articles\": \"none\""));
        issueBefore = Files.readAllBytes(ws.firstIssue());
        String m = refused(MemberDocx.write(tmp.resolve("a.docx")), "协会动态", null);
        assertTrue(m.contains("cannot be put into it"), m);
    }
}
