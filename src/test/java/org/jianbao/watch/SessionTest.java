package org.jianbao.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jianbao.RenderOptions;
import org.jianbao.SampleFolder;
import org.jianbao.TestFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session renders again when any file of the issue changes, not only the descriptor. */
class SessionTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private Session session;
    private Thread thread;

    private void start(Path issue, Float previewDpi) throws Exception {
        session = new Session(TestFonts.jianbao(), issue, dir.resolve("out"), RenderOptions.asProfile(), previewDpi);
        thread = new Thread(() -> {
            try {
                session.run(outcomes::add);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "session-under-test");
        thread.start();
        SampleFolder.await("the first render", PATIENCE, () -> count(Outcome.Watching.class) == 1);
    }

    private long count(Class<? extends Outcome> kind) {
        return outcomes.stream().filter(kind::isInstance).count();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (session != null) {
            session.close();
            thread.join(PATIENCE.toMillis());
            assertTrue(!thread.isAlive(), "the session did not end when closed");
        }
    }

    @Test
    void aChangedPictureAMarkdownFileAndTheProfileEachRenderAgain() throws Exception {
        Path issue = WatchFiles.write(dir);
        start(issue, null);
        assertEquals(1, count(Outcome.Rendered.class), outcomes.toString());

        WatchFiles.picture(dir.resolve("images/a.png"), Color.GREEN);
        SampleFolder.await("a render after the Markdown file's picture changed", PATIENCE,
                () -> count(Outcome.Rendered.class) == 2);
        Files.writeString(dir.resolve("articles/a.md"), "甲文改过的正文。\n");
        SampleFolder.await("a render after the Markdown file changed", PATIENCE,
                () -> count(Outcome.Rendered.class) == 3);
        SampleFolder.await("the picture no longer shown is no longer watched", PATIENCE,
                () -> count(Outcome.Watching.class) == 2);
        Files.writeString(dir.resolve("profiles/test.json"),
                Files.readString(dir.resolve("profiles/test.json")).replace("测试协会秘书处", "另一个秘书处"));
        SampleFolder.await("a render after the profile changed", PATIENCE, () -> count(Outcome.Rendered.class) == 4);
        assertEquals(0, count(Outcome.Refused.class) + count(Outcome.Broken.class), outcomes.toString());
    }

    @Test
    void aPictureNamedBeforeItIsThereRendersOnceItIsCopiedIn() throws Exception {
        Path issue = WatchFiles.write(dir);
        start(issue, null);
        Files.writeString(issue, WatchFiles.ISSUE.replace("images/b.png", "images/new/c.png"));
        SampleFolder.await("the missing picture reported", PATIENCE, () -> count(Outcome.Refused.class) == 1);
        WatchFiles.picture(dir.resolve("images/new/c.png"), Color.YELLOW);
        SampleFolder.await("a render once the picture is there", PATIENCE, () -> count(Outcome.Rendered.class) == 2);
    }

    @Test
    void pageImagesAreDrawnAgainOnlyForThePagesThatChanged() throws Exception {
        Path issue = SampleFolder.copy(dir.resolve("samples"), "zhejiang-2020-07");
        start(issue, 20f);
        Outcome.Previewed first = (Outcome.Previewed) outcomes.stream().filter(Outcome.Previewed.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals(List.of(1, 7), List.of(first.first(), first.last()), "the first time, every page");

        String text = Files.readString(issue);
        String last = "我国上半年软件业务收入35609亿元";   // an article late in the issue: its pages and the contents change
        Files.writeString(issue, text.replace(last, "我国上半年软件业务收入三万五千亿元"));
        SampleFolder.await("the page images of the edit", PATIENCE, () -> count(Outcome.Previewed.class) == 2);
        Outcome.Previewed second = (Outcome.Previewed) outcomes.get(outcomes.size() - 1);
        assertTrue(second.files().size() < 7, "all pages drawn again for an edit of one title: " + second);

        Files.writeString(issue, Files.readString(issue).replace("\"date\"", " \"date\""));
        SampleFolder.await("a render of a save that changes no page", PATIENCE,
                () -> count(Outcome.Previewed.class) == 3);
        assertEquals(List.of(), ((Outcome.Previewed) outcomes.get(outcomes.size() - 1)).files(),
                "no page changed, no image drawn");
    }
}
