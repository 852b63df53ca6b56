package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jianbao.importer.MemberDocxAccess;
import org.jianbao.model.Lang;
import org.jianbao.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio's routine is the command line's: next month's issue as {@code jianbao new} makes it,
 * a member's Word file imported as {@code jianbao import} does, and the reader's punctuation rules.
 */
class WorkspaceRoutineTest {
    @TempDir
    Path dir;

    private final WorkspaceRoutine routine = new WorkspaceRoutine();

    @Test
    void theNextIssueIsNumberedDatedAndKeepsTheProfilesSections() throws Exception {
        Workspace.Created ws = Workspace.init(dir.resolve("ws"), "江苏省信息技术协会工作简报", LocalDate.of(2026, 3, 10));
        Path target = ws.firstIssue().resolveSibling("next.json");
        Routine.Outcome o = routine.nextIssue(ws.firstIssue(), target);
        assertTrue(o.done(), o.messages().toString());
        JsonNode first = JsonFormat.parse(Files.readAllBytes(ws.firstIssue()));
        JsonNode next = JsonFormat.parse(Files.readAllBytes(target));
        assertEquals(first.path("number").asInt() + 1, next.path("number").asInt());
        assertEquals(first.path("total").asInt() + 1, next.path("total").asInt());
        assertEquals("2026-04-30", next.path("date").asText(), "the last day of a month stays the last day");
        assertTrue(o.messages().get(0).contains("年第" + next.path("number").asInt() + "期"), o.messages().toString());
        assertTrue(next.path("sections").size() > 0, "the profile's sections are listed");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Workspace.Created ws = Workspace.init(dir.resolve("ws"), "某协会简报", LocalDate.of(2026, 3, 10));
        Path taken = ws.firstIssue().resolveSibling("taken.json");
        Files.writeString(taken, "keep me");
        assertFalse(routine.nextIssue(ws.firstIssue(), taken).done());
        assertEquals("keep me", Files.readString(taken));
    }

    @Test
    void anIssueWithoutAProfileIsRefusedInASentence() throws Exception {
        Path prev = Files.writeString(dir.resolve("prev.json"),
                "{\"year\": 2026, \"number\": 1, \"total\": 1, \"date\": \"2026-01-31\", \"sections\": []}");
        Routine.Outcome o = routine.nextIssue(prev, dir.resolve("next.json"));
        assertFalse(o.done());
        assertTrue(o.messages().get(0).startsWith("没有生成下一期："), o.messages().toString());
        assertFalse(Files.exists(dir.resolve("next.json")));
    }

    @Test
    void aMembersWordFileBecomesAnArticleOfTheSection() throws Exception {
        Workspace.Created ws = Workspace.init(dir.resolve("ws"), "江苏省信息技术协会工作简报", LocalDate.of(2026, 3, 10));
        JsonNode before = JsonFormat.parse(Files.readAllBytes(ws.firstIssue()));
        String section = before.path("sections").get(0).path("name").asText();
        int articles = before.path("sections").get(0).path("articles").size();
        Path docx = MemberDocxAccess.write(dir.resolve("理事会.docx"));
        Routine.Outcome o = routine.importWord(docx, ws.firstIssue(), section, articles);
        assertTrue(o.done(), o.messages().toString());
        JsonNode after = JsonFormat.parse(Files.readAllBytes(ws.firstIssue()));
        JsonNode added = after.path("sections").get(0).path("articles").get(articles);
        assertEquals("江苏省信息技术协会召开2025年第一次理事会", added.path("title").asText());
        assertTrue(o.messages().get(0).contains("第 " + (articles + 1) + " 篇"), o.messages().toString());
        assertTrue(o.messages().stream().anyMatch(m -> m.contains("个表格")), o.messages().toString());
    }

    @Test
    void aFileThatIsNoWordDocumentImportsNothing() throws Exception {
        Workspace.Created ws = Workspace.init(dir.resolve("ws"), "某协会简报", LocalDate.of(2026, 3, 10));
        byte[] before = Files.readAllBytes(ws.firstIssue());
        Path bad = Files.write(dir.resolve("bad.docx"), Uploaded.otherZip());
        Routine.Outcome o = routine.importWord(bad, ws.firstIssue(), "协会动态", 0);
        assertFalse(o.done());
        assertTrue(o.messages().get(0).startsWith("没有导入："), o.messages().toString());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ws.firstIssue())), "the issue is unchanged");
    }

    @Test
    void punctuationIsPutRightByTheReadersRules() {
        Routine.Normalised n = routine.normalise("会议审议通过了工作报告,并部署了全年工作.", Lang.HANS);
        assertEquals("会议审议通过了工作报告，并部署了全年工作。", n.text());
        assertEquals(2, n.changes().size(), n.changes().toString());
        assertEquals(", → ，", n.changes().get(0));
        assertNull(n.notice());
        assertTrue(routine.normalise("已经规范的句子。", Lang.HANS).changes().isEmpty());
    }
}
