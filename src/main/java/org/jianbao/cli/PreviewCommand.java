package org.jianbao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jianbao.Jianbao;
import org.jianbao.export.png.PngExporter;
import org.jianbao.problem.JianbaoException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao preview <descriptor> [--pages 1-3] [--dpi 100] [-o DIR]}. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Renders the bulletin's pages to PNG (DIR/<name>-p<N>.png) and a contact sheet of those"
                + " pages (DIR/<name>-sheet.png).")
final class PreviewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<descriptor.json>")
    Path descriptor;

    @Option(names = "--pages", paramLabel = "N-M", description = "pages to render, e.g. 1-3 or 2 (default: all)")
    String pages;

    @Option(names = "--dpi", description = "resolution of the page images (default: ${DEFAULT-VALUE})")
    float dpi = 100;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "output folder (default: output)")
    Path output = Path.of("output");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        int first = 1;
        int last = Integer.MAX_VALUE;
        if (pages != null) {
            if (!pages.matches("\\d{1,6}(-\\d{1,6})?")) {
                throw usage("--pages takes a page or a range such as 1-3, not \"" + pages + "\"");
            }
            String[] p = pages.split("-");
            first = Integer.parseInt(p[0]);
            last = p.length > 1 ? Integer.parseInt(p[1]) : first;
            if (first < 1 || last < first) {
                throw usage("--pages " + pages + " names no page: pages count from 1, and a range goes up (2-5)");
            }
        }
        if (!(dpi >= 10 && dpi <= 600)) {   // NaN too
            throw usage("--dpi must be between 10 and 600");
        }
        try {
            Jianbao jb = Home.jianbao(false);
            Jianbao.Laid laid = jb.layout(jb.read(descriptor).issue());
            int count = laid.document().pages().size();
            if (first > count) {
                throw usage("--pages " + pages + ": the issue has " + count + " page" + (count == 1 ? "" : "s"));
            }
            String name = descriptor.getFileName().toString().replaceFirst("\\.json$", "");
            List<Path> files = jb.export(laid.document(), List.of(new PngExporter(first, last, dpi)), output, name);
            files.forEach(f -> spec.commandLine().getOut().println(f));
            return Main.OK;
        } catch (JianbaoException e) {
            e.problems().forEach(err::println);
            return Main.failure(e);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
