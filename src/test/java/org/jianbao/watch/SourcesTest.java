package org.jianbao.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.jianbao.TestFonts;
import org.jianbao.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a watch session watches: every file the issue is made of, even when it cannot be read. */
class SourcesTest {
    @TempDir
    Path dir;

    private Set<String> names(Set<Path> files) throws Exception {
        Path root = dir.toRealPath();
        Set<String> names = new TreeSet<>();
        files.forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
        return names;
    }

    @Test
    void theDescriptorItsProfileItsMarkdownFileAndEveryPictureAreWatched() throws Exception {
        Path issueFile = WatchFiles.write(dir);
        Issue issue = TestFonts.jianbao().read(issueFile).issue();
        assertEquals(Set.of("issue.json", "profiles/test.json", "articles/a.md", "images/a.png", "images/b.png"),
                names(Sources.of(issueFile, issue)), "the picture of the Markdown file comes from the issue read");
    }

    @Test
    void anIssueThatCannotBeReadStillNamesWhatItsTextNames() throws Exception {
        Path issueFile = WatchFiles.write(dir);
        String cut = WatchFiles.ISSUE.replace("images/b.png", "images/new/c.png");
        Files.writeString(issueFile, cut.substring(0, cut.indexOf("\"caption\"")));
        assertEquals(Set.of("issue.json", "profiles/test.json", "articles/a.md", "images/new/c.png"),
                names(Sources.of(issueFile, null)),
                "a picture named but not there yet (in a folder not made yet) is watched for");
    }

    @Test
    void aSealPictureIsWatchedLikeAnyPicture() throws Exception {
        Path issueFile = WatchFiles.write(dir);
        Files.writeString(issueFile, WatchFiles.ISSUE.replace("{ \"type\": \"paragraph\", \"text\": \"乙文正文。\" }",
                "{ \"type\": \"signature\", \"signer\": \"测试协会\", \"date\": \"2024-01-31\","
                        + " \"seal\": \"images/seal.png\" }"));
        assertEquals(Set.of("issue.json", "profiles/test.json", "articles/a.md", "images/b.png", "images/seal.png"),
                names(Sources.of(issueFile, null)));
    }

    @Test
    void aPathThroughALinkIsWatchedWhereItReallyIs() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        WatchFiles.write(real);
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertEquals(Set.of("real/issue.json", "real/profiles/test.json", "real/articles/a.md", "real/images/b.png"),
                names(Sources.of(link.resolve("issue.json"), null)),
                "events are reported for the real folder, so the real paths are watched");
    }
}
