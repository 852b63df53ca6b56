package org.jianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jianbao.Jianbao;
import org.jianbao.problem.JianbaoException;
import org.jianbao.model.PlainText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jianbao text <descriptor.json>}: the issue's text in reading order, to check a PDF against. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Prints the descriptor's text in reading order, one paragraph per line.")
final class TextCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<descriptor.json>")
    Path descriptor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Jianbao.Read r = Home.jianbao(false).read(descriptor);
            spec.commandLine().getOut().print(PlainText.of(r.issue()));
            spec.commandLine().getOut().flush();
            return Main.OK;
        } catch (JianbaoException e) {
            e.problems().forEach(spec.commandLine().getErr()::println);
            return Main.failure(e);
        }
    }
}
