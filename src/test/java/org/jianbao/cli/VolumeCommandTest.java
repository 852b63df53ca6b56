package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jianbao volume}: help, what it writes and prints, exit codes 0/1/2, never a stack trace. */
class VolumeCommandTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        String all = out + "" + err;
        assertFalse(all.contains("Exception") || all.contains("\tat "), "no stack trace: " + all);
        return new Outcome(code, out.toString(), err.toString());
    }

    /** A workspace with issues 1 and 2 of 2024 and issue 12 of 2023 (the smallest issues that make a volume). */
    private Path workspace() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("profile.json"), org.jianbao.TestIssues.PROFILE);
        for (String[] i : new String[][] {{"2024", "1"}, {"2024", "2"}, {"2023", "12"}}) {
            Files.writeString(ws.resolve(i[0] + "-" + i[1] + ".json"), "{ \"profile\": \"profile.json\", \"year\": " + i[0]
                    + ", \"number\": " + i[1] + ", \"total\": " + i[1] + ", \"date\": \"" + i[0] + "-01-31\", \"sections\":"
                    + " [ { \"name\": \"动态\", \"articles\": [ { \"title\": \"第" + i[1] + "期的文章\", \"body\": [\"正文。\"] } ] } ] }");
        }
        return ws;
    }

    @Test
    void volumeHasHelpAndIsListedByJianbaoHelp() {
        Outcome help = run("volume", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Usage: jianbao volume") && help.out().contains("--year"), help.out());
        assertTrue(run("--help").out().contains("volume"));
    }

    @Test
    void aFolderOfIssuesWithTheYearGivenIsBoundIntoPdfAndOfd() throws Exception {
        Path ws = workspace();
        Path target = dir.resolve("out/2024.pdf");
        Outcome o = run("volume", ws.toString(), "--year", "2024", "-o", target.toString(), "--format", "pdf,ofd");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("2 issues of 2024 → " + target + " ("), o.out());
        assertTrue(o.out().contains(dir.resolve("out/2024.ofd") + " ("), o.out());
        assertTrue(o.err().contains("2023年第12期 is of 2023, not 2024: left out of the volume"), o.err());
        assertTrue(Files.size(target) > 0 && Files.size(dir.resolve("out/2024.ofd")) > 0);
    }

    @Test
    void intoAFolderTheVolumeIsNamedAfterItsYear() throws Exception {
        Path ws = workspace();
        Path out = Files.createDirectories(dir.resolve("folder"));
        Outcome o = run("volume", ws.resolve("2024-2.json").toString(), ws.resolve("2024-1.json").toString(), "-o",
                out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.isRegularFile(out.resolve("volume-2024.pdf")), o.out());
    }

    @Test
    void issuesOfSeveralYearsExitOneAndWriteNothing() throws Exception {
        Path ws = workspace();
        Path target = dir.resolve("mixed.pdf");
        Outcome o = run("volume", ws.toString(), "-o", target.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("error: the issues given are of 2 years (1 of 2023, 2 of 2024)"), o.err());
        assertTrue(o.err().contains("jianbao: the volume was not written"), o.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void aMissingOrBrokenIssueExitsOne() throws Exception {
        Path ws = workspace();
        Files.writeString(ws.resolve("broken.json"), "{ \"profile\": \"profile.json\", \"yeer\": 2024 }");
        Outcome o = run("volume", ws.resolve("2024-1.json").toString(), ws.resolve("broken.json").toString(),
                dir.resolve("nowhere.json").toString(), "-o", dir.resolve("v.pdf").toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("broken.json:1:") && o.err().contains("nowhere.json"), o.err());
        assertFalse(Files.exists(dir.resolve("v.pdf")));
    }

    @Test
    void aWrongYearOrNoIssueIsAUsageError() throws Exception {
        Path ws = workspace();
        Outcome year = run("volume", ws.toString(), "--year", "24");
        assertEquals(2, year.code());
        assertTrue(year.err().contains("--year 24 is not a year of a bulletin"), year.err());
        assertEquals(2, run("volume").code());
        assertEquals(2, run("volume", ws.toString(), "--format", "docx").code());
    }
}
