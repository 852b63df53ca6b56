package org.jianbao.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jianbao.Jianbao;
import org.jianbao.TestFonts;
import org.jianbao.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jianbao init: a workspace whose profile the reader accepts, and nothing overwritten. */
class WorkspaceTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static final String NAME = "江苏省信息技术协会工作简报";

    @TempDir
    Path tmp;

    @Test
    void initLaysOutProfileSchemasFoldersReadmeAndAFirstIssueThatNamesTheProfileRelatively() throws Exception {
        Path ws = tmp.resolve("简报");
        Workspace.Created c = Workspace.init(ws, NAME, LocalDate.of(2025, 3, 12));
        for (String part : List.of("profile.json", "schema/issue.schema.json", "schema/profile.schema.json", "images",
                "README.md", "issues/2025/2025-01.json")) {
            assertTrue(Files.exists(ws.resolve(part)), part);
        }
        assertEquals(ws.resolve("issues/2025/2025-01.json").toAbsolutePath(), c.firstIssue());
        JsonNode issue = M.readTree(c.firstIssue().toFile());
        assertEquals("../../profile.json", issue.get("profile").asText());
        assertEquals(c.profile(), c.firstIssue().getParent().resolve(issue.get("profile").asText()).normalize());
        assertEquals("../../schema/issue.schema.json", issue.get("$schema").asText());
        assertTrue(Files.isRegularFile(c.firstIssue().getParent().resolve(issue.get("$schema").asText())));
        assertEquals("2025-03-31", issue.get("date").asText());
        assertEquals(1, issue.get("number").asInt());
        assertEquals(List.of("协会动态", "会员风采", "行业资讯", "政策法规"),
                M.convertValue(issue.get("sections").findValues("name"), List.class).stream().map(Object::toString).toList());
        String readme = Files.readString(ws.resolve("README.md"));
        assertTrue(readme.contains("# " + NAME) && readme.contains("issues/2025/2025-01.json"), readme);
        assertFalse(readme.contains("{{"), readme);
    }

    @Test
    void theProfileFollowsTheSchemaAndTheTypesetterRendersAnIssueWithIt() throws Exception {
        Path ws = tmp.resolve("ws");
        Workspace.Created c = Workspace.init(ws, NAME, LocalDate.of(2025, 3, 12));
        assertEquals(List.of(), TestFonts.jianbao().check(c.profile()), "the profile checked on its own");
        // every field the descriptor documents is there to edit
        JsonNode p = M.readTree(c.profile().toFile());
        for (String field : List.of("name", "masthead", "issueLine", "supplementLine", "editor", "dateFormat", "sections",
                "contents", "distribution", "copies", "colophon", "colors", "fonts", "page", "styles", "punctuation",
                "prohibition", "lang", "pdfa", "numbering")) {
            assertTrue(p.has(field), field);
        }
        // The first issue lives in issues/2025/ and names ../../profile.json, inside its workspace; with an
        // article in its first section it is checked where it is (the empty sections give a warning each)
        ObjectNode issue = (ObjectNode) M.readTree(c.firstIssue().toFile());
        ((ObjectNode) issue.get("sections").get(0)).putArray("articles").addObject().put("title", "协会召开理事会")
                .putArray("body").add("3月5日，协会召开理事会。");
        M.writeValue(c.firstIssue().toFile(), issue);
        List<Problem> problems = TestFonts.jianbao().check(c.firstIssue());
        assertEquals(List.of(), problems.stream().filter(Problem::isError).toList());
        assertEquals("2025年第1期　总第1期", TestFonts.jianbao().read(c.firstIssue()).issue().issueLine());
    }

    @Test
    void initRefusesAFolderThatAlreadyHoldsAWorkspaceAndChangesNothing() throws Exception {
        Path ws = tmp.resolve("ws");
        Workspace.init(ws, NAME, LocalDate.of(2025, 3, 12));
        Files.writeString(ws.resolve("profile.json"), "{ \"mine\": true }");
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> Workspace.init(ws, "别的简报", LocalDate.of(2025, 3, 12)));
        assertTrue(e.getMessage().contains("already holds profile.json, schema, issues, images, README.md"),
                e.getMessage());
        assertEquals("{ \"mine\": true }", Files.readString(ws.resolve("profile.json")));
    }

    @Test
    void initAcceptsAFolderWithOtherFilesAndNeedsAName() throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("稿件"));
        Files.writeString(ws.resolve("来稿.docx"), "x");
        Workspace.init(ws, "  " + NAME + " ", LocalDate.of(2025, 1, 1));
        assertEquals(NAME, M.readTree(ws.resolve("profile.json").toFile()).get("name").asText());
        assertThrows(WorkspaceException.class, () -> Workspace.init(tmp.resolve("x"), " ", LocalDate.of(2025, 1, 1)));
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void aFileInPlaceOfTheFolderOrADanglingLinkInPlaceOfAPartIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.init(file, NAME, LocalDate.of(2025, 1, 1)));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Files.createSymbolicLink(ws.resolve("images"), tmp.resolve("missing"));
        e = assertThrows(WorkspaceException.class, () -> Workspace.init(ws, NAME, LocalDate.of(2025, 1, 1)));
        assertTrue(e.getMessage().contains("already holds images"), e.getMessage());
        try (Stream<Path> s = Files.list(ws)) {
            assertEquals(List.of("images"), s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
