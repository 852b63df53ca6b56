package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, new and import on the command line: help, what they print, exit codes 0/1/2, never a stack trace. */
class RoutineCommandsTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static void noStackTrace(Outcome o) {
        assertFalse((o.out() + o.err()).contains("Exception") || (o.out() + o.err()).contains("\tat "), o.err());
    }

    @Test
    void eachCommandHasHelpAndIsListedByJianbaoHelp() {
        for (String c : new String[] {"init", "new", "import"}) {
            Outcome o = run(c, "--help");
            assertEquals(0, o.code(), c);
            assertTrue(o.out().contains("Usage: jianbao " + c), o.out());
        }
        String all = run("--help").out();
        assertTrue(all.contains("init") && all.contains("new") && all.contains("import"), all);
    }

    @Test
    void theRoutineInitNewImportRunsAndSaysWhatItDid() throws Exception {
        Path ws = dir.resolve("简报");
        Outcome init = run("init", ws.toString(), "--name", "江苏省信息技术协会工作简报");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("Created the workspace of 《江苏省信息技术协会工作简报》"), init.out());
        int year = LocalDate.now().getYear();
        Path first = ws.resolve("issues/" + year + "/" + year + "-01.json");
        assertTrue(Files.isRegularFile(first));

        Outcome next = run("new", first.toString());
        assertEquals(0, next.code(), next.err());
        assertTrue(next.out().contains(", total 2 (总第2期), date "), next.out());

        Path docx = org.jianbao.importer.MemberDocxAccess.write(dir.resolve("来稿.docx"));
        Outcome imp = run("import", docx.toString(), "--into", first.toString(), "--section", "协会动态");
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.out().contains("5 paragraphs, 3 headings, 1 list, 1 table, 1 picture, 1 note"), imp.out());
        assertTrue(imp.out().contains("warning: the document has tracked changes"), imp.out());
        noStackTrace(imp);
    }

    @Test
    void badInputExitsOneAndAMissingOptionTwo() throws Exception {
        Path ws = dir.resolve("ws");
        assertEquals(0, run("init", ws.toString(), "--name", "测试简报").code());
        Outcome again = run("init", ws.toString(), "--name", "测试简报");
        assertEquals(1, again.code());
        assertTrue(again.err().startsWith("jianbao init: ") && again.err().contains("already holds"), again.err());
        Outcome noName = run("init", dir.resolve("other").toString());
        assertEquals(2, noName.code());
        assertTrue(noName.err().contains("--name"), noName.err());

        Path doc = Files.write(dir.resolve("旧稿.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Path issue;
        try (var s = Files.walk(ws.resolve("issues"))) {
            issue = s.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Outcome old = run("import", doc.toString(), "--into", issue.toString(), "--section", "协会动态");
        assertEquals(1, old.code());
        assertTrue(old.err().contains("旧稿.doc") && old.err().contains(".docx"), old.err());
        noStackTrace(old);
        assertEquals(2, run("import", doc.toString(), "--section", "协会动态").code());

        Outcome missing = run("new", dir.resolve("nothing.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nothing.json: no such file"), missing.err());
    }
}
