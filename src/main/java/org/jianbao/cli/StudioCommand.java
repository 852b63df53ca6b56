package org.jianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jianbao.problem.JianbaoException;
import org.jianbao.studio.Pipeline;
import org.jianbao.studio.Studio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao studio [WORKSPACE] [--port N]}: the editor in the browser, until Ctrl+C. */
@Command(name = "studio", mixinStandardHelpOptions = true,
        description = {"Starts the studio: a Chinese-language editor with live preview for a workspace, in your"
                + " browser. It listens on 127.0.0.1 only and prints the address to open (with this run's token).",
                "WORKSPACE is the folder holding profile.json, issues/ and images/ (as `jianbao init` makes it), or"
                        + " a folder of issues with their profiles in profiles/ (default: the current folder, or its"
                        + " issues/ folder)."})
public final class StudioCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "WORKSPACE", description = "the workspace folder (default: .)")
    Path workspace = Path.of(".");

    @Option(names = "--port", paramLabel = "N", description = "port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port = 8620;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        Pipeline pipeline;
        try {
            pipeline = new Pipeline(Home.jianbao(false));
        } catch (JianbaoException e) {
            e.problems().forEach(p -> err.println("jianbao studio: " + p.message()));
            return e.isEnvironment() ? 4 : 1;
        }
        Studio studio;
        try {
            studio = Studio.start(workspace, port, pipeline);
        } catch (java.net.BindException e) {
            err.println("jianbao studio: port " + port + " is in use; choose another with --port N (0 picks a free one)");
            return 1;
        } catch (IOException e) {
            err.println("jianbao studio: " + e.getMessage());
            return 1;
        }
        out.println("jianbao studio: editing " + workspace.toAbsolutePath().normalize());
        out.println("Open this address in your browser (it holds this run's key; keep it to yourself):");
        out.println();
        out.println("    " + studio.address());
        out.println();
        out.println("Press Ctrl+C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            studio.close();
            stopped.countDown();
        }, "jianbao-studio-stop"));
        stopped.await();
        return 0;
    }
}
