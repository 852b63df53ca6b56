package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two workspace layouts, what counts as an issue in each, and names from the browser. */
class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aPublicationMadeByInitHasItsIssuesInIssuesAtAnyDepth() throws IOException {
        Files.writeString(dir.resolve("profile.json"), "{}");
        Files.createDirectories(dir.resolve("issues/2025"));
        Files.createDirectories(dir.resolve("images"));
        Files.writeString(dir.resolve("issues/2025/2025-01.json"), "{}");
        Files.writeString(dir.resolve("issues/2025/.2025-01.json.part"), "{}");
        Workspace w = Workspace.open(dir);
        assertEquals(Workspace.Layout.PUBLICATION, w.layout());
        assertEquals(List.of("profile.json"), w.profiles());
        assertEquals(List.of("issues/2025/2025-01.json"), w.issueCandidates());
        assertEquals(dir.toRealPath().resolve("images"), w.images());
    }

    @Test
    void theRepositoriesIssuesFolderHasItsProfilesInProfiles() throws IOException {
        Workspace w = Workspace.open(Path.of(System.getProperty("jianbao.home", ".")).resolve("issues"));
        assertEquals(Workspace.Layout.ISSUES_FOLDER, w.layout());
        assertTrue(w.profiles().contains("profiles/zhejiang.json"));
        assertTrue(w.issueCandidates().contains("zhejiang-2020-07.json"));
        assertTrue(w.issueCandidates().stream().noneMatch(n -> n.startsWith("profiles/")));
    }

    @Test
    void theRepositoryRootOpensItsIssuesFolder() throws IOException {
        Path home = Path.of(System.getProperty("jianbao.home", "."));
        assertEquals(home.resolve("issues").toRealPath(), Workspace.open(home).root());
    }

    @Test
    void aFolderWithoutAProfileIsNoWorkspaceAndSaysWhatToDo() throws IOException {
        IOException e = assertThrows(IOException.class, () -> Workspace.open(dir));
        assertTrue(e.getMessage().contains("jianbao init"), e.getMessage());
        assertThrows(IOException.class, () -> Workspace.open(dir.resolve("missing")));
    }

    @Test
    void namesFromTheBrowserStayInside() throws IOException {
        Files.writeString(dir.resolve("profile.json"), "{}");
        Workspace w = Workspace.open(dir);
        for (String bad : List.of("../x.json", "a/../../x.json", "/etc/passwd", ".history/x.json", "a\\b.json", "a//b.json",
                "x.json\u0000", "")) {
            Refusal r = assertThrows(Refusal.class, () -> w.existing(bad), bad);
            assertTrue(r.status() == 400 || r.status() == 403, bad + " → " + r.status());
        }
        assertEquals(dir.toRealPath().resolve("profile.json"), w.existing("profile.json"));
        assertEquals(409, assertThrows(Refusal.class, () -> w.fresh("profile.json")).status(), "never over a file");
    }
}
