package org.jianbao.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jianbao.Jianbao;
import org.jianbao.TestFonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jianbao new: the next issue's numbers, date, name and sections, the rest of the file as written. */
class NextIssueTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path ws;
    Path july;

    private static final String JULY = """
            {
              "$schema": "../../schema/issue.schema.json",
              "profile": "../../profile.json",
              "year": 2025,
              "number": 7,
              "total": 113,
              "date": "2025-07-31",
              "sections": [
                {
                  "name": "协会动态",
                  "articles": [ { "title": "七月的文章", "body": ["正文"] } ]
                }
              ],
              "override": { "copies": 150 }
            }
            """;

    @BeforeEach
    void workspace() throws Exception {
        Files.writeString(ws.resolve("profile.json"), """
                { "name": "测试简报", "masthead": { "lines": ["测试简报"] }, "issueLine": "{year}年第{number}期",
                  "editor": "测试协会", "sections": ["协会动态", "行业资讯"], "numbering": { "year": 2025, "number": 1,
                  "total": 107 } }
                """);
        july = Files.createDirectories(ws.resolve("issues/2025")).resolve("2025-07.json");
        Files.writeString(july, JULY);
    }

    private static JsonNode read(Path p) throws Exception {
        return M.readTree(p.toFile());
    }

    @Test
    void theNextMonthAdvancesNumberTotalAndDateAndListsTheProfilesSectionsEmpty() throws Exception {
        NextIssue.Result r = NextIssue.write(july, null, false);
        assertEquals(ws.resolve("issues/2025/2025-08.json").toAbsolutePath(), r.file());
        String text = Files.readString(r.file());
        assertEquals("""
                {
                  "$schema": "../../schema/issue.schema.json",
                  "profile": "../../profile.json",
                  "year": 2025,
                  "number": 8,
                  "total": 114,
                  "date": "2025-08-31",
                  "sections": [
                    {
                      "name": "协会动态",
                      "articles": []
                    },
                    {
                      "name": "行业资讯",
                      "articles": []
                    }
                  ],
                  "override": { "copies": 150 }
                }
                """, text);
        assertEquals(List.of("协会动态", "行业资讯"), r.sections());
        assertEquals(JULY, Files.readString(july));
    }

    @Test
    void aNewYearStartsAtNumberOneInTheNextYearsFolderAndKeepsTheProfileReachable() throws Exception {
        Path dec = ws.resolve("issues/2025/2025-12.json");
        Files.writeString(dec, JULY.replace("\"number\": 7", "\"number\": 12").replace("2025-07-31", "2025-12-31"));
        NextIssue.Result r = NextIssue.write(dec, null, false);
        assertEquals(ws.resolve("issues/2026/2026-01.json").toAbsolutePath(), r.file());
        JsonNode n = read(r.file());
        assertEquals(2026, n.get("year").asInt());
        assertEquals(1, n.get("number").asInt());
        assertEquals(114, n.get("total").asInt());
        assertEquals("2026-01-31", n.get("date").asText());
        assertTrue(Files.isRegularFile(r.file().getParent().resolve(n.get("profile").asText())));
    }

    /**
     * A bulletin started late in a year (jianbao init in December): 2026 has only 第1期, so 2027年第1期
     * is 总第2期, not the 总第13期 that twelve issues a year would give. The profile's anchor moves
     * to the new year (its three numbers only), and the new issue's 总第N期 checks without a warning.
     */
    @Test
    void aYearWithFewerIssuesThanPerYearMovesTheNumberingAnchor() throws Exception {
        String profile = """
                { "name": "测试简报", "masthead": { "lines": ["测试简报"] }, "issueLine": "{year}年第{number}期",
                  "editor": "测试协会", "sections": ["协会动态"],
                  "numbering": { "year": 2026, "number": 1, "total": 1, "perYear": 12 } }
                """;
        Files.writeString(ws.resolve("profile.json"), profile);
        Path first = Files.createDirectories(ws.resolve("issues/2026")).resolve("2026-01.json");
        Files.writeString(first, JULY.replace("\"year\": 2025", "\"year\": 2026").replace("\"number\": 7", "\"number\": 1")
                .replace("\"total\": 113", "\"total\": 1").replace("2025-07-31", "2026-12-31"));
        NextIssue.Result r = NextIssue.write(first, null, false);
        assertEquals(2027, r.year());
        assertEquals(2, r.total());
        assertEquals(profile.replace("\"year\": 2026, \"number\": 1, \"total\": 1", "\"year\": 2027, \"number\": 1, \"total\": 2"),
                Files.readString(ws.resolve("profile.json")), "only the anchor's numbers change");
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("2027年第1期 = 总第2期")), r.notes().toString());
        Files.writeString(r.file(), Files.readString(r.file()).replace("\"articles\": []",
                "\"articles\": [ { \"title\": \"新年的文章\", \"body\": [\"正文\"] } ]"));
        Jianbao jb = TestFonts.jianbao();
        assertFalse(jb.check(r.file()).stream().anyMatch(p -> p.message().contains("总第")),
                jb.check(r.file()).toString());
        NextIssue.Result feb = NextIssue.write(r.file(), null, false);
        assertEquals(3, feb.total());
        assertEquals(Files.readString(ws.resolve("profile.json")), profile.replace("\"year\": 2026, \"number\": 1, \"total\": 1",
                "\"year\": 2027, \"number\": 1, \"total\": 2"), "within a year the anchor stays");
    }

    /** A full year agrees with the anchor: the profile is not touched. */
    @Test
    void aFullYearLeavesTheProfileAsWritten() throws Exception {
        String before = Files.readString(ws.resolve("profile.json"));
        Path dec = ws.resolve("issues/2025/2025-12.json");
        Files.writeString(dec, JULY.replace("\"number\": 7", "\"number\": 12").replace("\"total\": 113", "\"total\": 118")
                .replace("2025-07-31", "2025-12-31"));
        NextIssue.Result r = NextIssue.write(dec, null, false);
        assertEquals(119, r.total());
        assertEquals(before, Files.readString(ws.resolve("profile.json")));
        assertTrue(r.notes().stream().noneMatch(n -> n.contains("numbering")), r.notes().toString());
    }

    @Test
    void theProfilesPerYearSetsThePeriod() throws Exception {
        Files.writeString(ws.resolve("profile.json"), Files.readString(ws.resolve("profile.json"))
                .replace("\"total\": 107 }", "\"total\": 107, \"perYear\": 4 }"));
        NextIssue.Result r = NextIssue.write(july, null, false);
        assertEquals(LocalDate.parse("2025-10-31"), r.date());
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path aug = NextIssue.write(july, null, false).file();
        Files.writeString(aug, "{ \"edited\": true }");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> NextIssue.write(july, null, false));
        assertTrue(e.getMessage().contains("already exists and is never overwritten"), e.getMessage());
        assertEquals("{ \"edited\": true }", Files.readString(aug));
    }

    @Test
    void aNameWithoutYearAndNumberAsksForOutputAndOutputElsewhereRelinksTheProfile() throws Exception {
        Path odd = ws.resolve("issues/2025/latest.json");
        Files.writeString(odd, JULY);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> NextIssue.write(odd, null, false));
        assertTrue(e.getMessage().contains("-o NEW.json"), e.getMessage());
        Path out = ws.resolve("next.json");
        NextIssue.write(odd, out, false);
        JsonNode n = read(out);
        assertEquals("profile.json", n.get("profile").asText());
        assertEquals("schema/issue.schema.json", n.get("$schema").asText());
    }

    @Test
    void aSupplementIsNumberedInItsOwnSeriesAndKeepsTheDateAndTotal() throws Exception {
        NextIssue.Result first = NextIssue.write(july, null, true);
        assertEquals(ws.resolve("issues/2025/2025-zk01.json").toAbsolutePath(), first.file());
        JsonNode n = read(first.file());
        assertTrue(n.get("supplement").asBoolean());
        assertEquals(1, n.get("number").asInt());
        assertEquals(113, n.get("total").asInt());
        assertEquals("2025-07-31", n.get("date").asText());
        assertTrue(Files.readString(first.file()).contains("\"total\": 113,\n  \"supplement\": true,\n  \"date\""));
        // the next supplement: from the first, or from a regular issue beside it
        assertEquals(2, NextIssue.write(first.file(), null, true).number());
        Path aug = NextIssue.write(july, null, false).file();
        assertEquals(3, NextIssue.write(aug, null, true).number());
        assertFalse(read(aug).has("supplement"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> NextIssue.write(first.file(), null, false));
        assertTrue(e.getMessage().contains("is a 增刊"), e.getMessage());
    }

    @Test
    void aSupplementsIssueLineShows增刊() throws Exception {
        Path sup = NextIssue.write(july, null, true).file();
        // read where it was written, in issues/2025/, naming ../../profile.json
        Files.writeString(sup, Files.readString(sup)
                .replace("\"articles\": []", "\"articles\": [ { \"title\": \"增刊文章\", \"body\": [\"正文\"] } ]"));
        var issue = TestFonts.jianbao().read(sup).issue();
        assertTrue(issue.supplement());
        assertEquals("2025年增刊第1期", issue.issueLine());
    }

    @Test
    void anIssueWithoutItsNumbersIsRefusedWithTheFieldNamed() throws Exception {
        Files.writeString(july, JULY.replace("\"date\": \"2025-07-31\"", "\"date\": \"31.7.2025\""));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> NextIssue.write(july, null, false));
        assertTrue(e.getMessage().contains("\"date\" is \"31.7.2025\"; write it as YYYY-MM-DD"), e.getMessage());
        Files.writeString(july, "{ \"year\": 2025 ");
        e = assertThrows(WorkspaceException.class, () -> NextIssue.write(july, null, false));
        assertTrue(e.getMessage().startsWith(july.toString()), e.getMessage());
    }
}
