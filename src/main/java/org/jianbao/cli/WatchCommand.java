package org.jianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jianbao.Jianbao;
import org.jianbao.RenderOptions;
import org.jianbao.problem.JianbaoException;
import org.jianbao.watch.Session;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao watch <descriptor.json> [-o DIR] [--preview] [--format pdf,ofd]}: render on every save. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Renders the issue to DIR/<name>.pdf, then again whenever the descriptor, its profile, its"
                + " Markdown files or its pictures change, until Ctrl-C. Each render prints its time and problems as"
                + " render does; a save with errors prints them and keeps the last good PDF. With --preview, the"
                + " page images DIR/<name>-p<N>.png are drawn too, again only for the pages that changed.",
            "边改边看：每次保存简报文件、刊物设置、Markdown 稿件或图片后自动重新排版；按 Ctrl-C 结束。"})
final class WatchCommand implements Callable<Integer> {
    /** How long Ctrl-C waits for a render in progress to finish writing its files. */
    private static final long STOP_WAIT_SECONDS = 10;

    @Parameters(paramLabel = "<descriptor.json>", description = "the issue being edited")
    Path descriptor;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "output folder (default: output)")
    Path output = Path.of("output");

    @Option(names = "--preview", description = "also draw the pages as PNG images (at 100 dpi), only those that changed")
    boolean preview;

    @CommandLine.Mixin
    WriteOptions write = new WriteOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(descriptor)) {
            err.println("jianbao watch: error: " + descriptor + (Files.isDirectory(descriptor) ? " is a folder;"
                    + " give one issue file" : " does not exist; check the path"));
            return Main.INVALID_INPUT;
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            err.println("jianbao watch: error: the output folder " + output + " is a file; give a folder with -o");
            return Main.INVALID_INPUT;
        }
        Jianbao jb;
        try {
            jb = Home.jianbao(write.allowMissing);
        } catch (JianbaoException e) {
            e.problems().forEach(err::println);
            return Main.failure(e);
        }
        jb.fontWarnings().forEach(err::println);
        RenderOptions options = write.options(org.jianbao.frame.Variant.NORMAL);
        try (Session session = new Session(jb, descriptor, output, options, preview ? 100f : null)) {
            return watch(session, out);
        } catch (IOException e) {
            err.println("jianbao watch: error: this system cannot watch files for changes (" + e.getMessage()
                    + "); use jianbao render after each change instead");
            return Main.ENVIRONMENT;
        }
    }

    /** Runs the session until Ctrl-C (the shutdown hook closes it) or an interrupt (tests). */
    private int watch(Session session, PrintWriter out) {
        CountDownLatch ended = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            session.close();
            try {
                ended.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);   // let a render in progress finish its files
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "jianbao-watch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            session.run(new WatchReport(out, spec.commandLine().getErr(), write.debug));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            out.println("jianbao watch: stopped");
            out.flush();
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // the process is ending (Ctrl-C): the hook is running
            }
        }
        return Main.OK;
    }
}
